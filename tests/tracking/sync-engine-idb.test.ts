import { afterEach, describe, expect, it, vi } from 'vitest'
import { markUnwatched, markWatched, setNote, setRating } from '@/tracking/edits'
import {
  SCHEMA_VERSION,
  emptyRecord,
  isWatched,
  type Meta,
  type WatchRecord,
} from '@/tracking/model'
import type { PersistenceAdapter } from '@/tracking/persistence/adapter'
import { createIdbAdapter } from '@/tracking/persistence/idb-adapter'
import { createTracking, type TrackingDeps } from '@/tracking/sync-engine'
import { indexCatalogue } from '@/catalogue/select'
import { unknownRecordIds } from '@/tracking/progress'
import { miniCatalogue } from '../fixtures/mini-catalogue'
import { watched } from '../fixtures/watch-records'
import { aMoment, currentMeta, readDb, seedDb, uniqueDbName, whenLoaded } from './tracking-helpers'

/** The sync engine on real (fake-indexeddb) IndexedDB, as the app runs it. */

const evening = new Date('2024-05-07T20:15:00.000Z')

function track(adapter: PersistenceAdapter, deps: Partial<TrackingDeps> = {}) {
  const store = createTracking({ adapter, tabId: 'tab-1', retryDelays: [10], ...deps })
  const { edit, flush } = store.getState().actions
  return { store, edit, flush }
}

/** The real adapter, with its load held back after reading until `release()`. */
function heldIdbAdapter(dbName: string) {
  const real = createIdbAdapter(dbName)
  let release: () => void = () => undefined
  const gate = new Promise<void>((resolve) => {
    release = resolve
  })
  const write = vi.fn((records: readonly WatchRecord[], meta?: Meta) => real.write(records, meta))
  const replace = vi.fn(
    (records: readonly WatchRecord[], removeIds: readonly string[], meta?: Meta) =>
      real.replace(records, removeIds, meta),
  )
  const adapter: PersistenceAdapter = {
    load: async () => {
      const data = await real.load()
      await gate
      return data
    },
    write,
    writeNow: (records, meta) => real.writeNow(records, meta),
    replace,
    setAside: (keys) => real.setAside(keys),
    writeIfUnchanged: (records, expected) => real.writeIfUnchanged(records, expected),
    onLost: (listener) => real.onLost?.(listener),
  }
  return { adapter, write, replace, release }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('requirement 2 on IndexedDB: an edit made before the load finishes is never lost', () => {
  it('keeps the stored A and the B marked during loading, in memory and in IndexedDB', async () => {
    const db = uniqueDbName()
    await seedDb(db, { meta: currentMeta, records: [watched('a')] })
    const { adapter, write, replace, release } = heldIdbAdapter(db)
    const { store, edit, flush } = track(adapter)

    edit(['b'], markWatched(evening))
    await aMoment()
    expect(store.getState().status).toBe('loading')
    expect(write).not.toHaveBeenCalled()
    expect(replace).not.toHaveBeenCalled()

    release()
    await whenLoaded(store)
    await flush()

    const { records } = store.getState()
    expect(isWatched(records.a)).toBe(true)
    expect(isWatched(records.b)).toBe(true)
    const disk = await readDb(db)
    expect(disk['record:a']).toEqual(watched('a'))
    expect(isWatched(disk['record:b'] as WatchRecord)).toBe(true)
  })
})

describe('requirement 6 on IndexedDB: per-record writes', () => {
  it('marking one episode puts only that key; other stored records are not rewritten', async () => {
    const db = uniqueDbName()
    const others = [watched('a', 1), { ...watched('b', 2), note: 'untouched' }]
    await seedDb(db, { meta: currentMeta, records: others })
    const { store, edit, flush } = track(createIdbAdapter(db))
    await whenLoaded(store)

    const put = vi.spyOn(IDBObjectStore.prototype, 'put')
    edit(['c'], markWatched(evening))
    await flush()

    expect(put.mock.calls.map(([, key]) => key)).toEqual(['record:c'])
    const disk = await readDb(db)
    expect(disk['record:a']).toEqual(others[0])
    expect(disk['record:b']).toEqual(others[1])
    expect(disk.meta).toEqual(currentMeta)
  })
})

describe('requirement 12 on IndexedDB: nothing pending on close', () => {
  it('a debounced note edit is in IndexedDB once flush() resolves', async () => {
    const db = uniqueDbName()
    await seedDb(db, { meta: currentMeta })
    const { store, edit, flush } = track(createIdbAdapter(db), { debounceMs: 60_000 })
    await whenLoaded(store)

    edit(['a'], setNote('The Star Gazer: rewatch'), { debounce: true })
    await aMoment()
    expect(await readDb(db)).not.toHaveProperty('record:a')

    await flush()
    expect((await readDb(db))['record:a']).toMatchObject({ note: 'The Star Gazer: rewatch' })
  })
})

describe('requirement 14 on IndexedDB: no IndexedDB, still usable', () => {
  it('runs in memory, with a problem message, when indexedDB is undefined', async () => {
    vi.stubGlobal('indexedDB', undefined)
    const { store, edit, flush } = track(createIdbAdapter(uniqueDbName()))
    const state = await whenLoaded(store)
    expect(state.status).toBe('memory')
    expect(state.problem).toEqual(expect.any(String))

    edit(['a'], markWatched(evening))
    await flush()
    expect(isWatched(store.getState().records.a)).toBe(true)
    expect(store.getState().unsaved).toBe(false)
  })
})

describe('requirement 19 on IndexedDB: records the catalogue does not know are kept', () => {
  it('loads them, lists them as unknown, and leaves them in IndexedDB after other edits', async () => {
    const db = uniqueDbName()
    const unknown = { ...watched('gone-s09e99', 3), note: 'from an old catalogue' }
    await seedDb(db, { meta: currentMeta, records: [watched('aaa-s01e01'), unknown] })
    const { store, edit, flush } = track(createIdbAdapter(db))
    const state = await whenLoaded(store)

    expect(state.records['gone-s09e99']).toEqual(unknown)
    expect(unknownRecordIds(indexCatalogue(miniCatalogue), state.records)).toEqual(['gone-s09e99'])

    edit(['aaa-s01e01'], markUnwatched())
    edit(['aaa-s01e02'], markWatched(evening))
    await flush()
    expect(store.getState().records['gone-s09e99']).toEqual(unknown)
    expect((await readDb(db))['record:gone-s09e99']).toEqual(unknown)
  })
})

describe('requirement 3 on IndexedDB: stored data that cannot be read is never overwritten', () => {
  it('enters readonly on unreadable meta and leaves the stored values exactly as they were', async () => {
    const db = uniqueDbName()
    await seedDb(db, { meta: { schemaVersion: 'two' }, records: [watched('b')] })
    const before = await readDb(db)
    const put = vi.spyOn(IDBObjectStore.prototype, 'put')

    const { store, edit, flush } = track(createIdbAdapter(db))
    expect((await whenLoaded(store)).status).toBe('readonly')
    edit(['a'], setRating(5))
    edit(['b'], markUnwatched())
    edit(['c'], setNote('n'), { debounce: true })
    await flush()
    await aMoment()

    expect(put).not.toHaveBeenCalled()
    expect(await readDb(db)).toEqual(before)
  })

  it('sets one unreadable record aside byte for byte; the rest stays editable (issue 8, case 2)', async () => {
    const db = uniqueDbName()
    const invalid = { ...emptyRecord('a'), rating10: 11, updatedAt: 1, updatedBy: 'x' }
    await seedDb(db, { meta: currentMeta, records: [invalid, watched('b')] })

    const { store, edit, flush } = track(createIdbAdapter(db))
    const state = await whenLoaded(store)
    expect(state.status).toBe('ready')
    expect(state.setAside).toBe(1)
    edit(['a'], setRating(5))
    edit(['b'], markUnwatched())
    await flush()

    const disk = await readDb(db)
    const asideKeys = Object.keys(disk).filter((k) => k.startsWith('aside:'))
    expect(asideKeys).toHaveLength(1)
    expect(asideKeys[0]).toMatch(/^aside:\d+:record:a$/)
    expect(disk[asideKeys[0] ?? '']).toEqual(invalid)
    expect(disk['record:a']).toMatchObject({ rating10: 5 })
    expect(isWatched(disk['record:b'] as WatchRecord)).toBe(false)

    const again = track(createIdbAdapter(db))
    expect(await whenLoaded(again.store)).toMatchObject({ status: 'ready', setAside: 1 })
  })

  it('treats meta from a newer version as read-only and writes nothing', async () => {
    const db = uniqueDbName()
    await seedDb(db, {
      meta: { schemaVersion: SCHEMA_VERSION + 1, createdAt: 1 },
      records: [watched('a')],
    })
    const before = await readDb(db)
    const { store, edit, flush } = track(createIdbAdapter(db))
    const state = await whenLoaded(store)
    expect(state.status).toBe('readonly')
    expect(state.problem).toMatch(/newer version/)
    edit(['b'], markWatched(evening))
    await flush()
    expect(await readDb(db)).toEqual(before)
  })
})

describe('conditional writes', () => {
  it('keeps a newer copy another tab stored meanwhile, and this tab adopts it', async () => {
    const db = uniqueDbName()
    await seedDb(db, { meta: currentMeta })
    const { store, edit, flush } = track(createIdbAdapter(db), { now: () => 1_000 })
    await whenLoaded(store)

    // Another tab stores a later edit of A, and this tab misses its broadcast.
    const theirs = { ...watched('a', 9_000, 'tab-2'), rating10: 10 }
    await seedDb(db, { records: [theirs] })

    edit(['a'], markUnwatched()) // stamped 1_000: older than theirs
    await flush()

    expect((await readDb(db))['record:a']).toEqual(theirs)
    expect(store.getState().records.a).toEqual(theirs)
  })
})

describe('issue 8, case 4 on IndexedDB: Undo takes back only what the action did', () => {
  it('leaves an edit another tab made since, which this tab has not heard of, on disk and adopts it', async () => {
    const db = uniqueDbName()
    await seedDb(db, { meta: currentMeta, records: [{ ...watched('a'), note: 'mine' }] })
    const tab1 = track(createIdbAdapter(db))
    await whenLoaded(tab1.store)
    const imported = [
      { ...watched('a', 50, 'file'), note: 'from the file' },
      { ...watched('b', 50, 'file'), note: 'new from the file' },
      { ...watched('c', 50, 'file') },
    ]
    const { importRecords, revertRecords } = tab1.store.getState().actions
    await importRecords(imported)

    // Tab 2 (no channel between them: its message never arrives) edits b after the import.
    const tab2 = track(createIdbAdapter(db), { tabId: 'tab-2' })
    await whenLoaded(tab2.store)
    tab2.edit(['b'], setNote('tab 2 wrote this'))
    await tab2.flush()

    const result = await revertRecords(
      imported.map((made) => ({
        made,
        before: made.id === 'a' ? { ...watched('a'), note: 'mine' } : undefined,
      })),
    )
    expect(result).toEqual({ reverted: 2, kept: 1 })
    const disk = await readDb(db)
    expect(disk['record:a']).toMatchObject({ note: 'mine', updatedBy: 'tab-1' })
    expect(disk['record:b']).toMatchObject({ note: 'tab 2 wrote this', updatedBy: 'tab-2' })
    expect(disk['record:c']).toMatchObject({ plays: [], note: '', updatedBy: 'tab-1' })
    expect(tab1.store.getState().records.b?.note).toBe('tab 2 wrote this')
  })
})

/** Deletes a database as another tab would; rejects if an open connection blocks it. */
function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name)
    request.onsuccess = () => resolve()
    request.onerror = () => reject(request.error ?? new Error('delete failed'))
    request.onblocked = () => reject(new Error('blocked by a tab that kept its connection open'))
  })
}

describe('issue 8, case 6: the database deleted from under an open tab', () => {
  it('lets the delete proceed, stops claiming saves, and keeps every edit in memory', async () => {
    // No seedDb here: its connection stays open and would block the delete, as no real tab does.
    const db = uniqueDbName()
    const { store, edit, flush } = track(createIdbAdapter(db))
    await whenLoaded(store)
    edit(['a'], markWatched(evening))
    await flush()

    // Another tab (or "clear site data") deletes it; this tab's connection must not block that.
    await deleteDatabase(db)
    const state = store.getState()
    expect(state.status).toBe('memory')
    expect(state.problem).toMatch(/deleted or closed.*Nothing is being saved now.*export a backup/)

    edit(['b'], markWatched(evening))
    await flush()
    expect(isWatched(store.getState().records.a)).toBe(true)
    expect(isWatched(store.getState().records.b)).toBe(true)
    expect(store.getState().unsaved).toBe(false)
  })
})

describe('the database deleted while the log is still loading', () => {
  it('ends in this-tab-only mode with what was read, and the raw export does not recreate it', async () => {
    const db = uniqueDbName()
    const { adapter, release } = heldIdbAdapter(db)
    const { store } = track(adapter)
    await aMoment()
    await deleteDatabase(db)
    release()
    const state = await whenLoaded(store)
    expect(state.status).toBe('memory')
    expect(state.problem).toMatch(/deleted or closed/)
    await store.getState().actions.exportRaw()
    expect((await indexedDB.databases()).some((d) => d.name === db)).toBe(false)
  })
})
