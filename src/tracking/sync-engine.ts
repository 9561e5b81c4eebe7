import { createStore, type StoreApi } from 'zustand/vanilla'
import { v, validate } from '@/lib/schema'
import {
  MigrationError,
  NewerSchemaError,
  migrateRecords,
  readRecords,
  type ReadResult,
} from './migrations/run-migrations'
import {
  MAX_TIME,
  SCHEMA_VERSION,
  emptyRecord,
  isNewer,
  sameStamp,
  metaSchema,
  watchRecordSchema,
  type Meta,
  type WatchRecord,
} from './model'
import {
  StorageUnavailableError,
  SupersededWriteError,
  type PersistenceAdapter,
  type StoredData,
} from './persistence/adapter'

/**
 * loading  – reading the disk; edits are shown at once and replayed after the load.
 * ready    – every edit is written through to IndexedDB.
 * memory   – no IndexedDB in this browser: edits live until the tab closes.
 * readonly – stored data could not be read, or belongs to a newer version: nothing is written.
 */
export type TrackingStatus = 'loading' | 'ready' | 'memory' | 'readonly'

export type RecordEdit = (record: WatchRecord) => Omit<WatchRecord, 'updatedAt' | 'updatedBy'>

export interface TrackingActions {
  /** Applies one edit to each id: in memory now, on disk as soon as possible. */
  edit: (ids: readonly string[], change: RecordEdit, options?: { debounce?: boolean }) => void
  /** Resolves once every edit made so far has been handed to the disk (or has failed). */
  flush: () => Promise<void>
  /** The page is being hidden or closed: hands every pending edit to the disk in this task. */
  flushNow: () => void
  /**
   * Writes imported records in one transaction (a stored copy that is newer wins), then shows
   * them. Rejects, changing nothing, when the transaction fails.
   */
  importRecords: (records: readonly WatchRecord[]) => Promise<void>
  /**
   * Undo of an import or a bulk mark: each record still exactly as the action `made` it (here,
   * on disk and so in every tab) gets its content from `before` back, as a fresh edit; one
   * without `before` becomes empty (a tombstone, so nothing brings it back). A record edited
   * since is left as it is, and counted in `kept`.
   */
  revertRecords: (changes: readonly RevertChange[]) => Promise<{ reverted: number; kept: number }>
  updateMeta: (patch: Partial<Pick<Meta, 'lastExportAt' | 'persistRequestedAt'>>) => void
  /** Whatever is stored, as JSON, even when it cannot be read as a watch log (read-only mode). */
  exportRaw: () => Promise<string>
  /** The person has read why their last edit was not made. */
  dismissRefusedEdit: () => void
  /**
   * Copies from the sync server (issue 11): those newer than ours are written in one
   * transaction and shown, as an import is. Resolves with how many were taken.
   */
  adoptRemote: (records: readonly WatchRecord[]) => Promise<number>
  /**
   * Calls `listener` with every record that reaches this browser's disk, written by this tab or
   * by another (heard over the channel): what sync sends on to the server. Returns the unsubscribe.
   */
  onWritten: (listener: (records: readonly WatchRecord[]) => void) => () => void
}

export interface RevertChange {
  /** The copy the action wrote. */
  made: WatchRecord
  /** What the record held before the action; undefined when it had no record. */
  before: WatchRecord | undefined
}

export interface TrackingState {
  status: TrackingStatus
  /** Words for the person when status is memory or readonly. */
  problem: string | null
  /** A write failed; it is kept in memory and retried. */
  unsaved: boolean
  /** Read-only because newer code exists: a reload (not an export) is the way out. */
  needsReload: boolean
  /**
   * Stored records that could not be read: kept aside on disk, unchanged, and in the raw
   * export; everything else stays usable.
   */
  setAside: number
  /** The last edit that was not made because its result would not be a valid record, in words. */
  refusedEdit: string | null
  /**
   * Every record by id. Updated in place — copying ten thousand records on each keystroke would
   * make an edit's cost grow with the log — and `revision` counts the changes. Select a derived
   * value (`s.records[id]`, a count) so a component re-renders when that value changes, or use
   * `useAllRecords()`; never select the map itself.
   */
  records: Readonly<Record<string, WatchRecord>>
  revision: number
  /** Stored beside the records; null until loaded. */
  meta: Meta | null
  actions: TrackingActions
}

export type TrackingStore = StoreApi<TrackingState>

export type SyncMessage =
  | { type: 'announce'; from: string; schemaVersion: number }
  | { type: 'changed'; from: string; schemaVersion: number; records: WatchRecord[] }
  | {
      type: 'restored'
      from: string
      schemaVersion: number
      records: WatchRecord[]
      removed: string[]
    }

/** The part of BroadcastChannel the engine uses, so tests can pass a fake. */
export interface SyncChannel {
  postMessage: (message: SyncMessage) => void
  addEventListener: (type: 'message', listener: (event: MessageEvent<SyncMessage>) => void) => void
  close?: () => void
}

export interface TrackingDeps {
  adapter: PersistenceAdapter
  channel?: SyncChannel | null
  tabId?: string
  now?: () => number
  /** Waits between retries of a failed write, in ms; the last one repeats. */
  retryDelays?: readonly number[]
  /** How long note typing is collected before it is written. */
  debounceMs?: number
  /**
   * Stored records (of the given version) → current records, naming those that cannot be read;
   * throws when the migration cannot run at all.
   */
  migrate?: (records: unknown[], fromVersion: number) => ReadResult
}

const NEWER_TAB_PROBLEM =
  'A newer version of Captain’s Log is open in another tab. Reload this tab to use it; nothing is saved here until then.'
const LOST_PROBLEM =
  'The saved copy of your log in this browser was deleted or closed (by another tab, or by clearing site data). Nothing is being saved now. Everything this tab shows is still here until it closes: export a backup to keep it.'
const NEWER_VERSION_PROBLEM =
  'This data was saved by a newer version of Captain’s Log. Reload to update; nothing will be changed until then.'

export function createTracking(deps: TrackingDeps): TrackingStore {
  const { adapter, channel = null } = deps
  const tabId = deps.tabId ?? crypto.randomUUID()
  const now = deps.now ?? Date.now
  const retryDelays = deps.retryDelays ?? [500, 1000, 2000, 5000, 10_000, 30_000]
  const debounceMs = deps.debounceMs ?? 300
  const migrate = deps.migrate ?? readRecords

  let loaded = false
  /** The database was deleted or closed under this tab (see adapter.onLost). */
  let databaseLost = false
  let metaDirty = false
  let rawStored: StoredData | undefined
  const editsDuringLoad: { ids: readonly string[]; change: RecordEdit }[] = []
  const messagesDuringLoad: SyncMessage[] = []
  const dirty = new Set<string>()
  let timer: ReturnType<typeof setTimeout> | undefined
  let inflight: Promise<void> | null = null
  let inflightIds: string[] = []
  let failures = 0
  const writtenListeners = new Set<(records: readonly WatchRecord[]) => void>()
  const notifyWritten = (records: readonly WatchRecord[]) => {
    for (const listener of writtenListeners) listener(records)
  }

  const store = createStore<TrackingState>()(() => ({
    status: 'loading',
    problem: null,
    unsaved: false,
    needsReload: false,
    setAside: 0,
    refusedEdit: null,
    records: recordMap(),
    revision: 0,
    meta: null,
    actions: {
      edit,
      flush,
      flushNow,
      importRecords,
      revertRecords,
      updateMeta,
      exportRaw,
      dismissRefusedEdit: () => store.setState({ refusedEdit: null }),
      adoptRemote,
      onWritten: (listener) => {
        writtenListeners.add(listener)
        return () => writtenListeners.delete(listener)
      },
    },
  }))

  const writable = (): boolean => loaded && store.getState().status === 'ready'

  /** Applies the edit in memory; returns the ids it changed (an edit that would break one is not made). */
  function applyEdit(ids: readonly string[], change: RecordEdit): string[] {
    const records = mutableRecords()
    const done: string[] = []
    let refused: string | null = null
    for (const id of ids) {
      const previous = records[id] ?? emptyRecord(id)
      const next: WatchRecord = {
        ...change(previous),
        id,
        // Never earlier than what it replaces, so an edit always wins over its own past; never
        // past MAX_TIME, so a stored time from a broken clock cannot push it out of bounds.
        updatedAt: Math.min(MAX_TIME, Math.max(now(), previous.updatedAt + 1)),
        updatedBy: tabId,
      }
      // Only valid records are kept: one that is not would be set aside at the next start.
      const checked = validate(watchRecordSchema, next)
      if (!checked.success) {
        refused = refusalReason(checked.issues[0]?.path ?? [])
        continue
      }
      records[id] = next
      done.push(id)
    }
    if (refused !== null || store.getState().refusedEdit !== null) {
      store.setState({ refusedEdit: refused })
    }
    if (done.length > 0) changed()
    return done
  }

  function edit(ids: readonly string[], change: RecordEdit, options?: { debounce?: boolean }) {
    const { status } = store.getState()
    if (status === 'readonly' || ids.length === 0) return
    const done = applyEdit(ids, change)
    if (!loaded) {
      editsDuringLoad.push({ ids, change })
      return
    }
    if (!writable() || done.length === 0) return
    for (const id of done) dirty.add(id)
    schedule(options?.debounce ? debounceMs : 0)
  }

  function schedule(delay: number): void {
    if (timer !== undefined) {
      if (delay > 0) return
      clearTimeout(timer)
    }
    timer = setTimeout(() => {
      timer = undefined
      void flush()
    }, delay)
  }

  function flush(): Promise<void> {
    // Edits made while loading are written right after the load: wait for that, not for nothing.
    if (!loaded) return loading.then(flush)
    if (timer !== undefined) {
      clearTimeout(timer)
      timer = undefined
    }
    inflight ??= drain().finally(() => {
      inflight = null
    })
    return inflight
  }

  function flushNow(): void {
    if (timer !== undefined) {
      clearTimeout(timer)
      timer = undefined
    }
    if (!writable()) {
      void flush()
      return
    }
    // Also the batch a running drain() is writing: its read-then-put needs another turn of the
    // event loop, which a closing page does not get.
    const ids = new Set([...dirty, ...(inflight ? inflightIds : [])])
    if (ids.size === 0 && !metaDirty) return
    const { records, meta } = store.getState()
    const batch = [...ids].flatMap((id) => (records[id] ? [records[id]] : []))
    const withMeta = metaDirty
    dirty.clear()
    metaDirty = false
    adapter.writeNow(batch, withMeta ? (meta ?? undefined) : undefined).then(
      () => {
        if (batch.length > 0) post({ type: 'changed', records: batch })
      },
      () => {
        for (const id of ids) dirty.add(id)
        if (withMeta) metaDirty = true
        store.setState({ unsaved: true })
        schedule(0)
      },
    )
  }

  async function drain(): Promise<void> {
    while ((dirty.size > 0 || metaDirty) && writable()) {
      const ids = [...dirty]
      inflightIds = ids
      dirty.clear()
      const withMeta = metaDirty
      metaDirty = false
      const { records, meta } = store.getState()
      const batch = ids.flatMap((id) => (records[id] ? [records[id]] : []))
      try {
        const kept = await adapter.write(batch, withMeta ? (meta ?? undefined) : undefined)
        failures = 0
        if (store.getState().unsaved) store.setState({ unsaved: false })
        adopt(kept)
        const keptIds = new Set(kept.map((r) => r.id))
        const written = batch.filter((r) => !keptIds.has(r.id))
        if (written.length > 0) post({ type: 'changed', records: written })
      } catch (error) {
        // flushNow() took these records over (the page is being hidden or closed).
        if (error instanceof SupersededWriteError) return
        // Keep the edits: they are still in memory, and go out with the next attempt.
        for (const id of ids) dirty.add(id)
        if (withMeta) metaDirty = true
        failures += 1
        store.setState({ unsaved: true })
        const delay = retryDelays[Math.min(failures, retryDelays.length) - 1] ?? 1000
        schedule(delay)
        return
      }
    }
  }

  function updateMeta(patch: Partial<Pick<Meta, 'lastExportAt' | 'persistRequestedAt'>>): void {
    const { meta, status } = store.getState()
    if (!meta || status === 'readonly') return
    store.setState({ meta: { ...meta, ...patch } })
    if (!writable()) return
    metaDirty = true
    schedule(0)
  }

  async function importRecords(records: readonly WatchRecord[]): Promise<void> {
    await flush()
    const { status } = store.getState()
    if (status === 'readonly' || status === 'loading') {
      throw new Error('The watch log is read-only right now; nothing was imported.')
    }
    // Disk first, then memory: a failed transaction leaves both as they were.
    const kept = status === 'ready' ? await adapter.write(records) : []
    const keptIds = new Set(kept.map((r) => r.id))
    adopt([...records.filter((r) => !keptIds.has(r.id)), ...kept])
    const written = records.filter((r) => !keptIds.has(r.id))
    if (written.length > 0) post({ type: 'changed', records: [...written] })
  }

  async function adoptRemote(records: readonly WatchRecord[]): Promise<number> {
    const ours = store.getState().records
    const newer = records.filter((r) => isNewer(r, ours[r.id]))
    if (newer.length > 0) await importRecords(newer)
    return newer.length
  }

  async function revertRecords(
    changes: readonly RevertChange[],
  ): Promise<{ reverted: number; kept: number }> {
    await flush()
    const { status, records } = store.getState()
    if (status === 'readonly' || status === 'loading') {
      throw new Error('The watch log is read-only right now.')
    }
    const expected: WatchRecord[] = []
    const next: WatchRecord[] = []
    for (const { made, before } of changes) {
      const current = records[made.id]
      if (!current || !sameStamp(current, made)) continue
      const { id } = made
      const content = before ?? emptyRecord(id)
      expected.push(made)
      next.push({
        ...content,
        id,
        updatedAt: Math.min(MAX_TIME, Math.max(now(), current.updatedAt + 1)),
        updatedBy: tabId,
      })
    }
    // A record this tab has not managed to save yet (a write refused, being retried) is not on
    // disk as the action made it, so no disk check can match: it is reverted here and goes out
    // with the retry, like any edit.
    const unsaved = next.filter((r) => dirty.has(r.id))
    const onDisk = next.filter((r) => !dirty.has(r.id))
    const onDiskExpected = expected.filter((r) => !dirty.has(r.id))
    // Disk first, in one transaction that re-checks each record: another tab's later edit may
    // be on disk before its message reaches this tab.
    const { skipped, stored } =
      status === 'ready' && onDisk.length > 0
        ? await adapter.writeIfUnchanged(onDisk, onDiskExpected)
        : { skipped: [], stored: [] }
    const skippedIds = new Set(skipped)
    const written = onDisk.filter((r) => !skippedIds.has(r.id))
    adopt([...written, ...unsaved, ...stored])
    if (written.length > 0) post({ type: 'changed', records: written })
    if (unsaved.length > 0 && writable()) schedule(0)
    const reverted = written.length + unsaved.length
    return { reverted, kept: changes.length - reverted }
  }

  function applyRestore(records: readonly WatchRecord[], removeIds: readonly string[]): void {
    const next = mutableRecords()
    for (const id of removeIds) delete next[id]
    for (const record of records) next[record.id] = record
    changed()
  }

  function mutableRecords(): Record<string, WatchRecord> {
    return store.getState().records
  }

  function changed(): void {
    store.setState((s) => ({ revision: s.revision + 1 }))
  }

  async function exportRaw(): Promise<string> {
    // After a loss, reading the disk would create an empty database: what this tab holds is all.
    if (databaseLost && !rawStored) {
      const { meta, records } = store.getState()
      return JSON.stringify(
        { exportedAt: new Date(now()).toISOString(), meta, records: Object.values(records) },
        null,
        2,
      )
    }
    const raw = rawStored ?? (await adapter.load())
    return JSON.stringify(
      {
        exportedAt: new Date(now()).toISOString(),
        meta: raw.meta,
        records: raw.records,
        setAside: raw.aside,
      },
      null,
      2,
    )
  }

  /** Takes in copies that are newer than ours (from the disk or another tab). */
  function adopt(incoming: readonly WatchRecord[]): void {
    const records = mutableRecords()
    const newer = incoming.filter((r) => isNewer(r, records[r.id]))
    if (newer.length === 0) return
    for (const record of newer) records[record.id] = record
    changed()
  }

  type Outgoing =
    | { type: 'announce' }
    | { type: 'changed'; records: WatchRecord[] }
    | { type: 'restored'; records: WatchRecord[]; removed: string[] }

  function post(message: Outgoing): void {
    if (message.type !== 'announce') notifyWritten(message.records)
    try {
      channel?.postMessage({ ...message, from: tabId, schemaVersion: SCHEMA_VERSION })
    } catch {
      // Another tab missing one message is recoverable (it re-reads on reload); a crash is not.
    }
  }

  function receive(message: SyncMessage): void {
    // Another tab may run other code: anything not shaped like our messages is ignored.
    if (!isSyncMessage(message) || message.from === tabId) return
    if (!loaded) {
      messagesDuringLoad.push(message)
      return
    }
    if (message.schemaVersion > SCHEMA_VERSION) {
      enterReadonly(NEWER_TAB_PROBLEM, true)
      return
    }
    // Tell an older tab that a newer one is here, so it stops writing.
    const older = message.schemaVersion < SCHEMA_VERSION
    if (older) post({ type: 'announce' })
    if (message.type === 'announce') return
    // What an older tab saved before it heard of us is read in its own format, and saved again
    // in ours below (it is older on disk than in memory once adopted).
    const incoming = older
      ? migrateRecords(message.records, message.schemaVersion)
      : message.records
    const valid = incoming.flatMap((r) => {
      const parsed = validate(watchRecordSchema, r)
      return parsed.success ? [parsed.data] : []
    })
    if (message.type === 'restored') {
      applyRestore(valid, message.removed)
      return
    }
    adopt(valid)
    notifyWritten(valid)
    // Another tab saved an older copy than ours (e.g. a closing tab's unchecked save landed
    // late): save ours again, so the disk ends with the newer one.
    const records = store.getState().records
    const stale = valid.filter((r) => {
      const ours = records[r.id]
      return ours !== undefined && (older || isNewer(ours, r))
    })
    if (stale.length > 0 && writable()) {
      for (const r of stale) dirty.add(r.id)
      schedule(0)
    }
  }

  function enterReadonly(problem: string, needsReload = false): void {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    store.setState({ status: 'readonly', problem, needsReload })
  }

  async function load(): Promise<void> {
    try {
      const stored = await adapter.load()
      rawStored = stored
      const storedMeta = stored.meta === undefined ? undefined : v.parse(metaSchema, stored.meta)
      const fromVersion = storedMeta?.schemaVersion ?? 0
      const read = migrate(stored.records, fromVersion)
      const { records } = read
      const firstUnreadable = read.unreadable[0]
      // After a migration step, a record that fails is more likely the step's fault than the
      // record's: then nothing is set aside or written, and the data stays as it was (read-only).
      if (firstUnreadable && fromVersion < SCHEMA_VERSION) {
        throw new MigrationError(`Stored data could not be read (${firstUnreadable.reason}).`)
      }
      // Out of the log's way first, byte for byte: a migration below, or a later edit of the same
      // id, must never write over what could not be read.
      if (read.unreadable.length > 0) {
        await adapter.setAside(read.unreadable.flatMap(({ index }) => stored.keys[index] ?? []))
      }
      const meta: Meta = {
        ...storedMeta,
        schemaVersion: SCHEMA_VERSION,
        createdAt: storedMeta?.createdAt ?? now(),
      }
      // Records from before meta existed are migrated too, and must not stay on disk unlabelled:
      // a later edit would write the current version's meta over them.
      const migrated = storedMeta
        ? storedMeta.schemaVersion < SCHEMA_VERSION
        : stored.records.length > 0
      if (migrated) {
        // The migrated records (already validated) and the new version go to disk in one
        // transaction: if it is interrupted, the old data stays as it was and is migrated again.
        await adapter.replace(records, [], meta)
      }
      // A fresh profile gets meta with its first write.
      metaDirty = storedMeta === undefined && !migrated
      const byId = recordMap()
      for (const record of records) byId[record.id] = record
      loaded = true
      rawStored = undefined
      store.setState((s) => ({
        // Deleted while it was being read: what was read is shown, and kept in this tab only.
        status: databaseLost ? 'memory' : 'ready',
        problem: databaseLost ? LOST_PROBLEM : null,
        records: byId,
        revision: s.revision + 1,
        meta,
        setAside: stored.aside.length + read.unreadable.length,
      }))
      if (read.unreadable.length > 0) {
        console.warn('Captain’s Log set aside stored records it could not read:', read.unreadable)
      }
    } catch (error) {
      loaded = true
      if (error instanceof StorageUnavailableError) {
        store.setState({
          status: 'memory',
          meta: { schemaVersion: SCHEMA_VERSION, createdAt: now() },
          problem:
            'This browser is not letting Captain’s Log save data (private mode or storage turned off). Your changes are kept only until this tab closes.',
        })
      } else {
        const reason =
          error instanceof NewerSchemaError
            ? NEWER_VERSION_PROBLEM
            : error instanceof MigrationError
              ? `${error.message} Nothing has been changed; your data is kept as it was. Export the raw data to keep a copy.`
              : 'Your saved data could not be read or updated. Nothing has been changed; your data is kept as it was. Export the raw data to keep a copy.'
        store.setState((s) => ({
          status: 'readonly',
          problem: reason,
          needsReload: error instanceof NewerSchemaError,
          records: recordMap(),
          revision: s.revision + 1,
        }))
        return
      }
    }
    // Lets benchmarks (and the Performance panel) see when the log became usable.
    globalThis.performance?.mark?.('captains-log:tracking-ready')
    for (const message of messagesDuringLoad.splice(0)) receive(message)
    for (const { ids, change } of editsDuringLoad.splice(0)) {
      const done = applyEdit(ids, change)
      if (writable()) for (const id of done) dirty.add(id)
    }
    // Meta alone is not worth a write: it goes out with the first edit.
    if (dirty.size > 0) void flush()
  }

  adapter.onLost?.(() => {
    databaseLost = true
    if (store.getState().status !== 'ready') return
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    // Edits go on in memory, as in a browser without storage, and the person is told plainly.
    store.setState({ status: 'memory', problem: LOST_PROBLEM, unsaved: false })
  })
  channel?.addEventListener('message', (event) => receive(event.data))
  post({ type: 'announce' })
  const loading = load()
  return store
}

/** Why an edit was not made, from the field that would have broken, in the person's words. */
function refusalReason(path: readonly PropertyKey[]): string {
  const field = path[0]
  if (field === 'plays' && path.length === 1) return 'An entry holds at most 1,000 viewings.'
  if (field === 'plays') return 'That date is not one Captain’s Log can keep (years 1 to 9999).'
  if (field === 'rewatchStarts') return 'An entry holds at most 1,000 rewatches.'
  if (field === 'note') return 'A note holds at most 100,000 characters.'
  return 'That change would not leave a valid entry, so it was not made.'
}

/**
 * Records by id, without a prototype: ids come from files and other tabs, and an id such as
 * `constructor` or `__proto__` must be a record like any other, not a property of Object.
 */
function recordMap(): Record<string, WatchRecord> {
  return Object.create(null) as Record<string, WatchRecord>
}

function isSyncMessage(value: unknown): value is SyncMessage {
  if (typeof value !== 'object' || value === null) return false
  const m = value as Partial<Record<string, unknown>>
  if (typeof m.from !== 'string' || typeof m.schemaVersion !== 'number') return false
  if (m.type === 'announce') return true
  if (m.type === 'changed') return Array.isArray(m.records)
  return m.type === 'restored' && Array.isArray(m.records) && Array.isArray(m.removed)
}
