/**
 * Bench harness page (built by bench/vite.config.ts, driven by bench/run.mjs through Playwright).
 *
 * Measures, in a real browser with real IndexedDB, the cost of one edit with N records already
 * stored, from the action to the IndexedDB transaction having committed:
 *  - ours: the REAL sync engine (src/tracking) over the REAL idb adapter (one entry per record);
 *  - baseline: the "obvious design", zustand `persist` + createJSONStorage over idb-keyval,
 *    the whole records map stored as one JSON blob.
 * Timing is done in the page (performance.now) so no CDP round trip is included.
 */
import { createStore as createKeyvalStore, del, get, set as idbSet } from 'idb-keyval'
import { v } from '@/lib/schema'
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware'
import { createStore as createZustandStore } from 'zustand/vanilla'
import { markUnwatched, markWatched, setNote } from '@/tracking/edits'
import {
  META_KEY,
  SCHEMA_VERSION,
  emptyRecord,
  recordKey,
  watchRecordSchema,
  type Meta,
  type WatchRecord,
} from '@/tracking/model'
import { STORE_NAME, createIdbAdapter } from '@/tracking/persistence/idb-adapter'
import { createTracking, type RecordEdit } from '@/tracking/sync-engine'

export type Design = 'ours' | 'baseline'

export interface RunOptions {
  design: Design
  size: number
  warmup: number
  samples: number
  /** Idle time between two samples, in ms (a person does not type at 1 kHz). */
  gapMs: number
}

export interface Series {
  /** Action to committed transaction, ms. */
  total: number[]
  /** The synchronous part of the action (in-memory update, serialising), ms. */
  sync: number[]
}

export interface RunResult {
  design: Design
  size: number
  dbName: string
  seedMs: number
  /** From creating the store to its first usable state, ms (one sample). */
  loadMs: number
  loadedRecords: number
  toggle: Series
  note: Series
  /** What is on disk afterwards equals what is in memory for the edited records. */
  verified: boolean
}

export interface BenchApi {
  run: (options: RunOptions) => Promise<RunResult>
}

declare global {
  interface Window {
    captainsLogBench?: BenchApi
  }
}

const NOTE_BYTES = 2048
const KEYS = 'abcdefghijklmnopqrstuvwxyz'
const SEED_TIME = Date.UTC(2024, 0, 1)

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

function benchId(i: number): string {
  return `bench-${String(i).padStart(5, '0')}`
}

/** A record of today's format (so the engine loads it as it is, with no migration to run). */
function seedRecord(i: number, note = ''): WatchRecord {
  const watchedAt = SEED_TIME + i * 60_000
  return {
    id: benchId(i),
    plays: [
      { precision: 'exact', watchedAt: new Date(watchedAt).toISOString(), loggedAt: watchedAt },
    ],
    skipped: false,
    rewatchStarts: [],
    rating10: (i % 10) + 1,
    note,
    updatedAt: watchedAt,
    updatedBy: 'bench-seed',
  }
}

/** `size` valid records; the note target carries a 2 KB note. */
function seedRecords(size: number, noteTarget: number): WatchRecord[] {
  const note = 'Captain’s log, stardate 41153.7. '.repeat(80).slice(0, NOTE_BYTES)
  const records = Array.from({ length: size }, (_, i) =>
    seedRecord(i, i === noteTarget ? note : ''),
  )
  // Seeds must be valid, or the engine would load read-only and the figures mean nothing.
  for (const record of [records[0], records[noteTarget]]) v.parse(watchRecordSchema, record)
  return records
}

/** Writes all entries in ONE readwrite transaction, creating the DB/store the way idb-keyval does. */
async function seedRaw(
  dbName: string,
  storeName: string,
  entries: readonly [IDBValidKey, unknown][],
): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(dbName)
    request.onupgradeneeded = () => request.result.createObjectStore(storeName)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error(`cannot open ${dbName}`))
  })
  try {
    const tx = db.transaction(storeName, 'readwrite')
    const objectStore = tx.objectStore(storeName)
    for (const [key, value] of entries) objectStore.put(value, key)
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve()
      tx.onabort = () => reject(tx.error ?? new Error('seed transaction aborted'))
    })
  } finally {
    db.close()
  }
}

/** One design under test: make an edit now, get back a way to wait for its commit. */
interface Subject {
  edit: (id: string, change: RecordEdit, debounce: boolean) => () => Promise<void>
  memory: (id: string) => WatchRecord | undefined
  disk: (id: string) => Promise<WatchRecord | undefined>
  count: () => number
}

async function oursSubject(dbName: string): Promise<Subject> {
  const store = createTracking({ adapter: createIdbAdapter(dbName), channel: null, tabId: 'bench' })
  await new Promise<void>((resolve) => {
    if (store.getState().status !== 'loading') return resolve()
    const unsubscribe = store.subscribe((state) => {
      if (state.status === 'loading') return
      unsubscribe()
      resolve()
    })
  })
  const { status, problem } = store.getState()
  if (status !== 'ready') throw new Error(`sync engine loaded as ${status}: ${problem ?? ''}`)
  const reader = createKeyvalStore(dbName, STORE_NAME)
  const { actions } = store.getState()
  return {
    edit: (id, change, debounce) => {
      actions.edit([id], change, { debounce })
      return actions.flush
    },
    memory: (id) => store.getState().records[id],
    disk: (id) => get<WatchRecord>(recordKey(id), reader),
    count: () => Object.keys(store.getState().records).length,
  }
}

interface BaselineState {
  records: Record<string, WatchRecord>
}

const BASELINE_KEY = 'watch-log'

async function baselineSubject(dbName: string): Promise<Subject> {
  const keyval = createKeyvalStore(dbName, 'keyval')
  // The wrapper exposes the promise of the write persist just started (persist ignores it).
  let lastWrite: Promise<void> | undefined
  const storage: StateStorage = {
    getItem: async (name) => (await get<string>(name, keyval)) ?? null,
    setItem: (name, value) => {
      lastWrite = idbSet(name, value, keyval)
      return lastWrite
    },
    removeItem: (name) => del(name, keyval),
  }
  const store = createZustandStore<BaselineState>()(
    persist(() => ({ records: {} }), {
      name: BASELINE_KEY,
      storage: createJSONStorage(() => storage),
      partialize: (state) => ({ records: state.records }),
    }),
  )
  await new Promise<void>((resolve) => {
    if (store.persist.hasHydrated()) return resolve()
    const unsubscribe = store.persist.onFinishHydration(() => {
      unsubscribe()
      resolve()
    })
  })
  return {
    edit: (id, change) => {
      lastWrite = undefined
      store.setState((state) => {
        const previous = state.records[id] ?? emptyRecord(id)
        const next: WatchRecord = {
          ...change(previous),
          id,
          updatedAt: Math.max(Date.now(), previous.updatedAt + 1),
          updatedBy: 'bench',
        }
        return { records: { ...state.records, [id]: next } }
      })
      const write = lastWrite as Promise<void> | undefined
      if (!write) throw new Error('persist did not call storage.setItem synchronously')
      return () => write
    },
    memory: (id) => store.getState().records[id],
    disk: async (id) => {
      const blob = await get<string>(BASELINE_KEY, keyval)
      if (blob === undefined) return undefined
      return (JSON.parse(blob) as { state: BaselineState }).state.records[id]
    },
    count: () => Object.keys(store.getState().records).length,
  }
}

async function measure(
  subject: Subject,
  id: string,
  changeFor: (i: number) => RecordEdit,
  debounce: boolean,
  { warmup, samples, gapMs }: RunOptions,
): Promise<Series> {
  const series: Series = { total: [], sync: [] }
  for (let i = 0; i < warmup + samples; i++) {
    const change = changeFor(i)
    const t0 = performance.now()
    const committed = subject.edit(id, change, debounce)
    const t1 = performance.now()
    await committed()
    const t2 = performance.now()
    if (i >= warmup) {
      series.total.push(t2 - t0)
      series.sync.push(t1 - t0)
    }
    await sleep(gapMs)
  }
  return series
}

const sameRecord = (a: WatchRecord | undefined, b: WatchRecord | undefined) =>
  a !== undefined && JSON.stringify(a) === JSON.stringify(b)

let runCounter = 0

async function run(options: RunOptions): Promise<RunResult> {
  const { design, size } = options
  const dbName = `bench-${design}-${size}-${Date.now()}-${runCounter++}`
  const toggleTarget = Math.floor(size / 2)
  const noteTarget = Math.floor(size / 2) + 1
  const records = seedRecords(size, noteTarget)

  const seedStart = performance.now()
  if (design === 'ours') {
    const meta: Meta = { schemaVersion: SCHEMA_VERSION, createdAt: SEED_TIME }
    await seedRaw(dbName, STORE_NAME, [
      ...records.map((r): [IDBValidKey, unknown] => [recordKey(r.id), r]),
      [META_KEY, meta],
    ])
  } else {
    const byId: Record<string, WatchRecord> = {}
    for (const r of records) byId[r.id] = r
    await seedRaw(dbName, 'keyval', [
      [BASELINE_KEY, JSON.stringify({ state: { records: byId }, version: 0 })],
    ])
  }
  const seedMs = performance.now() - seedStart

  const loadStart = performance.now()
  const subject = design === 'ours' ? await oursSubject(dbName) : await baselineSubject(dbName)
  const loadMs = performance.now() - loadStart
  const loadedRecords = subject.count()
  if (loadedRecords !== size) throw new Error(`${design}: loaded ${loadedRecords} of ${size}`)

  // (a) toggle watched on one episode: it starts watched, so unwatch, watch, unwatch...
  const toggle = await measure(
    subject,
    benchId(toggleTarget),
    (i) => (i % 2 === 0 ? markUnwatched() : markWatched(new Date())),
    false,
    options,
  )
  // (b) one keystroke appended to a 2 KB note, through the debounced path, then flush.
  const note = await measure(
    subject,
    benchId(noteTarget),
    (i) => (record) => setNote(record.note + KEYS[i % KEYS.length])(record),
    true,
    options,
  )

  let verified = true
  for (const id of [benchId(toggleTarget), benchId(noteTarget)]) {
    verified &&= sameRecord(await subject.disk(id), subject.memory(id))
  }
  return { design, size, dbName, seedMs, loadMs, loadedRecords, toggle, note, verified }
}

window.captainsLogBench = { run }
const status = document.getElementById('status')
if (status) status.textContent = 'ready'
