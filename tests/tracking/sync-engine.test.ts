import { afterEach, describe, expect, it, vi } from 'vitest'
import { validate } from '@/lib/schema'
import { markUnwatched, markWatched, setNote, setRating, watchAgain } from '@/tracking/edits'
import {
  MAX_PLAYS,
  MAX_TIME,
  SCHEMA_VERSION,
  emptyRecord,
  isWatched,
  watchRecordSchema,
  type WatchRecord,
} from '@/tracking/model'
import { createTracking, type TrackingDeps } from '@/tracking/sync-engine'
import { createFakeAdapter, type FakeAdapter } from '../support/fake-adapter'
import { watched } from '../fixtures/watch-records'
import { aMoment, currentMeta, whenLoaded } from './tracking-helpers'

const evening = new Date('2024-05-07T20:15:00.000Z')

function track(adapter: FakeAdapter, deps: Partial<TrackingDeps> = {}) {
  const store = createTracking({ adapter, tabId: 'tab-1', retryDelays: [10], ...deps })
  const edit = store.getState().actions.edit
  const flush = store.getState().actions.flush
  return { store, edit, flush }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('loading', () => {
  it('starts in loading and becomes ready with the stored records', async () => {
    const adapter = createFakeAdapter({ stored: { meta: currentMeta, records: [watched('a')] } })
    const { store } = track(adapter)
    expect(store.getState().status).toBe('loading')
    const state = await whenLoaded(store)
    expect(state.status).toBe('ready')
    expect(state.records.a).toEqual(watched('a'))
    expect(state.problem).toBeNull()
  })

  it('treats an empty profile (no meta, no records) as ready', async () => {
    const { store } = track(createFakeAdapter())
    expect((await whenLoaded(store)).status).toBe('ready')
  })
})

describe('requirement 1: no write before load', () => {
  it('makes zero write calls while the load is pending, whatever edits are made', async () => {
    const adapter = createFakeAdapter({ deferLoad: true })
    const { store, edit, flush } = track(adapter)

    edit(['a'], markWatched(evening))
    edit(['b', 'c'], markWatched(evening))
    edit(['b'], markUnwatched())
    edit(['a'], setRating(8))
    edit(['a'], setNote('typing'), { debounce: true })
    const flushedWhileLoading = flush() // as pagehide would
    await aMoment()

    expect(store.getState().status).toBe('loading')
    expect(adapter.writes).toEqual([])
    expect(adapter.replaces).toEqual([])
    // The edits show at once, even though nothing is written yet.
    expect(isWatched(store.getState().records.a)).toBe(true)
    expect(store.getState().records.a?.note).toBe('typing')

    adapter.resolveLoad()
    await whenLoaded(store)
    await flushedWhileLoading
    await flush()
    expect(adapter.writes.flatMap((w) => w.keys).sort()).toEqual([
      'meta',
      'record:a',
      'record:b',
      'record:c',
    ])
  })
})

describe('requirement 2: an edit made before the load finishes is never lost', () => {
  it('keeps both the stored A and the B marked during loading, in memory and on disk', async () => {
    const adapter = createFakeAdapter({
      deferLoad: true,
      stored: { meta: currentMeta, records: [watched('a')] },
    })
    const { store, edit, flush } = track(adapter)
    edit(['b'], markWatched(evening))

    adapter.resolveLoad()
    const state = await whenLoaded(store)
    await flush()

    expect(isWatched(state.records.a)).toBe(true)
    expect(isWatched(store.getState().records.b)).toBe(true)
    expect(isWatched(adapter.disk.get('record:a') as WatchRecord)).toBe(true)
    expect(isWatched(adapter.disk.get('record:b') as WatchRecord)).toBe(true)
  })

  it('applies an edit made during loading on top of the stored copy, not over it', async () => {
    const stored = { ...watched('a'), rating10: 9, note: 'Stored note' }
    const adapter = createFakeAdapter({
      deferLoad: true,
      stored: { meta: currentMeta, records: [stored] },
    })
    const { store, edit, flush } = track(adapter)
    edit(['a'], setRating(4))

    adapter.resolveLoad()
    await whenLoaded(store)
    await flush()

    expect(store.getState().records.a).toMatchObject({
      plays: stored.plays,
      note: 'Stored note',
      rating10: 4,
    })
    expect(adapter.disk.get('record:a')).toMatchObject({ note: 'Stored note', rating10: 4 })
  })
})

describe('requirement 6: per-record writes', () => {
  async function readyWith(records: WatchRecord[]) {
    const adapter = createFakeAdapter({ stored: { meta: currentMeta, records } })
    const tracking = track(adapter)
    await whenLoaded(tracking.store)
    return { adapter, ...tracking }
  }

  it('marking one episode writes only that episode’s key', async () => {
    const { adapter, edit, flush } = await readyWith([watched('a'), watched('b')])
    edit(['c'], markWatched(evening))
    await flush()
    expect(adapter.writes.map((w) => w.keys)).toEqual([['record:c']])
  })

  it('editing a stored episode rewrites that record only', async () => {
    const { adapter, edit, flush } = await readyWith([watched('a'), watched('b')])
    edit(['b'], setRating(6))
    await flush()
    expect(adapter.writes.map((w) => w.keys)).toEqual([['record:b']])
    expect(adapter.writes[0]?.records[0]).toMatchObject({ id: 'b', rating10: 6 })
  })

  it('marking several episodes at once writes exactly those keys', async () => {
    const { adapter, edit, flush } = await readyWith([watched('a')])
    edit(['x', 'y'], markWatched(evening))
    await flush()
    expect(adapter.writes.flatMap((w) => w.keys).sort()).toEqual(['record:x', 'record:y'])
  })

  it('stamps meta with the schema version once, with the first write of a new profile', async () => {
    const adapter = createFakeAdapter()
    const { store, edit, flush } = track(adapter, { now: () => 1234 })
    await whenLoaded(store)
    edit(['a'], markWatched(evening))
    await flush()
    edit(['b'], markWatched(evening))
    await flush()
    expect(adapter.writes.map((w) => w.keys)).toEqual([['record:a', 'meta'], ['record:b']])
    expect(adapter.disk.get('meta')).toEqual({ schemaVersion: SCHEMA_VERSION, createdAt: 1234 })
  })
})

describe('edits through the engine', () => {
  it('stamps every edit with the time and this tab, never earlier than what it replaces', async () => {
    const adapter = createFakeAdapter({
      stored: { meta: currentMeta, records: [watched('a', 5_000, 'other-tab')] },
    })
    const { store, edit } = track(adapter, { now: () => 1_000 })
    await whenLoaded(store)
    edit(['a'], setRating(7))
    edit(['b'], setRating(3))
    expect(store.getState().records.a).toMatchObject({ updatedAt: 5_001, updatedBy: 'tab-1' })
    expect(store.getState().records.b).toMatchObject({ updatedAt: 1_000, updatedBy: 'tab-1' })
  })

  it('marking an already-watched episode keeps its original time', async () => {
    const { store, edit } = track(createFakeAdapter())
    await whenLoaded(store)
    edit(['a'], markWatched(evening))
    edit(['a'], markWatched(new Date('2030-01-01T00:00:00Z')))
    expect(store.getState().records.a?.plays).toEqual([
      { precision: 'exact', watchedAt: evening.toISOString(), loggedAt: evening.getTime() },
    ])
  })
})

describe('requirement 12: nothing pending on close', () => {
  it('an edit is on disk once flush() (as on pagehide) resolves, without waiting for timers', async () => {
    const adapter = createFakeAdapter({ stored: { meta: currentMeta } })
    const { store, edit, flush } = track(adapter)
    await whenLoaded(store)
    edit(['a'], markWatched(evening))
    await flush()
    expect(isWatched(adapter.disk.get('record:a') as WatchRecord)).toBe(true)
  })

  it('a debounced note edit is on disk after flush(), long before the debounce ends', async () => {
    const adapter = createFakeAdapter({ stored: { meta: currentMeta } })
    const { store, edit, flush } = track(adapter, { debounceMs: 60_000 })
    await whenLoaded(store)
    edit(['a'], setNote('Picard meets Guinan'), { debounce: true })
    await aMoment()
    expect(adapter.writes).toEqual([]) // still collecting keystrokes

    await flush()
    expect(adapter.disk.get('record:a')).toMatchObject({ note: 'Picard meets Guinan' })
  })

  it('a debounced note edit is written by itself once the typing pause is over', async () => {
    vi.useFakeTimers()
    const adapter = createFakeAdapter({ stored: { meta: currentMeta } })
    const { store, edit } = track(adapter, { debounceMs: 300 })
    await vi.advanceTimersByTimeAsync(0)
    expect(store.getState().status).toBe('ready')
    edit(['a'], setNote('P'), { debounce: true })
    edit(['a'], setNote('Pi'), { debounce: true })
    await vi.advanceTimersByTimeAsync(299)
    expect(adapter.writes).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(adapter.writes.map((w) => w.keys)).toEqual([['record:a']])
    expect(adapter.disk.get('record:a')).toMatchObject({ note: 'Pi' })
  })
})

describe('requirement 13: write failures are visible and retried', () => {
  it('keeps a change rejected with QuotaExceededError in memory, flags it unsaved, and retries until saved', async () => {
    vi.useFakeTimers()
    const unhandled: unknown[] = []
    const onUnhandled = (reason: unknown) => unhandled.push(reason)
    process.on('unhandledRejection', onUnhandled)
    try {
      const adapter = createFakeAdapter({ stored: { meta: currentMeta }, failWrites: 2 })
      const { store, edit } = track(adapter, { retryDelays: [100, 200] })
      await vi.advanceTimersByTimeAsync(0)
      expect(store.getState().status).toBe('ready')

      edit(['a'], markWatched(evening))
      await vi.advanceTimersByTimeAsync(0)
      expect(adapter.writes).toHaveLength(1)
      expect(store.getState().unsaved).toBe(true)
      expect(isWatched(store.getState().records.a)).toBe(true)

      await vi.advanceTimersByTimeAsync(99)
      expect(adapter.writes).toHaveLength(1) // waits before retrying
      await vi.advanceTimersByTimeAsync(1)
      expect(adapter.writes).toHaveLength(2) // first retry, fails again
      expect(store.getState().unsaved).toBe(true)

      await vi.advanceTimersByTimeAsync(200)
      expect(adapter.writes).toHaveLength(3)
      expect(adapter.successfulWrites).toHaveLength(1)
      expect(isWatched(adapter.disk.get('record:a') as WatchRecord)).toBe(true)
      expect(store.getState().unsaved).toBe(false)
      expect(isWatched(store.getState().records.a)).toBe(true)

      await vi.advanceTimersByTimeAsync(10_000)
      expect(adapter.writes).toHaveLength(3) // nothing left to retry
    } finally {
      process.off('unhandledRejection', onUnhandled)
    }
    expect(unhandled).toEqual([])
  })

  it('flush() resolves (does not reject) while writes are failing', async () => {
    const adapter = createFakeAdapter({ stored: { meta: currentMeta }, failWrites: 1 })
    const { store, edit, flush } = track(adapter, { retryDelays: [60_000] })
    await whenLoaded(store)
    edit(['a'], markWatched(evening))
    await expect(flush()).resolves.toBeUndefined()
    expect(store.getState().unsaved).toBe(true)
  })

  it('sends edits made while a retry is pending with that retry', async () => {
    const adapter = createFakeAdapter({ stored: { meta: currentMeta }, failWrites: 1 })
    const { store, edit, flush } = track(adapter, { retryDelays: [60_000] })
    await whenLoaded(store)
    edit(['a'], markWatched(evening))
    await flush()
    edit(['b'], markWatched(evening))
    await flush()
    expect(adapter.successfulWrites.flatMap((w) => w.keys).sort()).toEqual(['record:a', 'record:b'])
    expect(store.getState().unsaved).toBe(false)
  })
})

describe('requirement 14: no IndexedDB, still usable', () => {
  it('runs in memory with a warning when storage is unavailable, and never writes', async () => {
    const adapter = createFakeAdapter({ unavailable: true })
    const { store, edit, flush } = track(adapter)
    const state = await whenLoaded(store)
    expect(state.status).toBe('memory')
    expect(state.problem).toMatch(/not letting Captain’s Log save data/)

    edit(['a'], markWatched(evening))
    edit(['a'], setNote('kept until the tab closes'), { debounce: true })
    await flush()
    await aMoment()

    expect(store.getState().records.a).toMatchObject({ note: 'kept until the tab closes' })
    expect(isWatched(store.getState().records.a)).toBe(true)
    expect(adapter.writes).toEqual([])
  })
})

describe('requirement 3: stored data that cannot be read is left alone', () => {
  it('enters readonly when the stored meta is not valid, and writes nothing after edits', async () => {
    const adapter = createFakeAdapter({
      deferLoad: true,
      stored: { meta: { schemaVersion: 'one' }, records: [watched('b')] },
    })
    const { store, edit, flush } = track(adapter)
    edit(['c'], markWatched(evening)) // made during loading
    adapter.resolveLoad()
    const state = await whenLoaded(store)
    expect(state.status).toBe('readonly')
    expect(state.problem).toMatch(/Nothing has been changed/)
    edit(['b'], markUnwatched())
    edit(['d'], setNote('n'), { debounce: true })
    await flush()
    await aMoment()

    expect(adapter.writes).toEqual([])
    expect(adapter.replaces).toEqual([])
    expect(adapter.asides).toEqual([])
    expect(store.getState().records).toEqual({})
  })
})

describe('issue 8, case 2: one record that cannot be read does not lock the log', () => {
  const invalidRecord = { ...emptyRecord('a'), plays: 'yes', updatedAt: 1, updatedBy: 'x' }

  it('sets that record aside unchanged, counts it, and keeps the rest usable and editable', async () => {
    const adapter = createFakeAdapter({
      stored: { meta: currentMeta, records: [invalidRecord, watched('b')] },
    })
    const { store, edit, flush } = track(adapter)
    const state = await whenLoaded(store)
    expect(state.status).toBe('ready')
    expect(state.setAside).toBe(1)
    expect(Object.keys(state.records)).toEqual(['b'])
    expect(adapter.asides).toEqual([['record:a']])
    expect(adapter.disk.get('aside:record:a')).toEqual(invalidRecord)

    // The same id can be tracked again without touching what was set aside.
    edit(['a'], setRating(6))
    edit(['b'], markUnwatched())
    await flush()
    expect(adapter.disk.get('record:a')).toMatchObject({ rating10: 6 })
    expect(isWatched(adapter.disk.get('record:b') as WatchRecord)).toBe(false)
    expect(adapter.disk.get('aside:record:a')).toEqual(invalidRecord)

    // Still counted next time, and in the raw export.
    const again = track(adapter)
    expect((await whenLoaded(again.store)).setAside).toBe(1)
    const raw = JSON.parse(await again.store.getState().actions.exportRaw()) as {
      setAside: unknown[]
    }
    expect(raw.setAside).toEqual([invalidRecord])
  })

  it('still enters readonly when records fail right after a migration (the step, not the data)', async () => {
    const adapter = createFakeAdapter({
      stored: { meta: { ...currentMeta, schemaVersion: 1 }, records: [invalidRecord] },
    })
    const { store } = track(adapter)
    const state = await whenLoaded(store)
    expect(state.status).toBe('readonly')
    expect(state.problem).toMatch(/could not be read.*records\[0\]\.plays/)
    expect(adapter.asides).toEqual([])
    expect(adapter.replaces).toEqual([])
  })

  it('never stores a time past the bound, even editing a record stamped at the bound', async () => {
    const atBound = { ...watched('a'), updatedAt: MAX_TIME }
    const adapter = createFakeAdapter({ stored: { meta: currentMeta, records: [atBound] } })
    const { store, edit, flush } = track(adapter)
    await whenLoaded(store)
    edit(['a'], setRating(4))
    await flush()
    const written = adapter.disk.get('record:a') as WatchRecord
    expect(written.updatedAt).toBe(MAX_TIME)
    expect(validate(watchRecordSchema, written).success).toBe(true)
    // And the next start reads it: nothing is set aside, nothing is read-only.
    const again = track(adapter)
    const state = await whenLoaded(again.store)
    expect(state.status).toBe('ready')
    expect(state.setAside).toBe(0)
  })

  it('refuses an edit whose result would not be a valid record, and says why', async () => {
    const full = {
      ...watched('a'),
      plays: Array.from({ length: MAX_PLAYS }, () => ({
        precision: 'unknown' as const,
        watchedAt: null,
        loggedAt: 0,
      })),
    }
    const adapter = createFakeAdapter({ stored: { meta: currentMeta, records: [full] } })
    const { store, edit, flush } = track(adapter)
    await whenLoaded(store)
    edit(['a'], watchAgain(evening))
    await flush()
    expect(store.getState().records.a?.plays).toHaveLength(MAX_PLAYS)
    expect(store.getState().refusedEdit).toBe('An entry holds at most 1,000 viewings.')
    expect(adapter.writes).toEqual([])
    edit(['a'], setRating(3))
    expect(store.getState().refusedEdit).toBeNull()
  })
})

describe('requirement 4: data from a newer schema is read-only', () => {
  it('enters readonly with the newer-version message and writes nothing', async () => {
    const adapter = createFakeAdapter({
      stored: { meta: { schemaVersion: SCHEMA_VERSION + 1, createdAt: 1 }, records: [] },
    })
    const { store, edit, flush } = track(adapter)
    const state = await whenLoaded(store)
    expect(state.status).toBe('readonly')
    expect(state.problem).toMatch(/saved by a newer version of Captain’s Log/)
    expect(state.problem).toMatch(/Reload to update/)

    edit(['a'], markWatched(evening))
    await flush()
    expect(adapter.writes).toEqual([])
  })
})

describe('requirement 19: records for ids the catalogue does not know', () => {
  it('are loaded and kept, and never written over by other edits', async () => {
    const unknown = { ...watched('gone-s09e99'), rating10: 10, note: 'from an old catalogue' }
    const adapter = createFakeAdapter({ stored: { meta: currentMeta, records: [unknown] } })
    const { store, edit, flush } = track(adapter)
    await whenLoaded(store)
    edit(['a'], markWatched(evening))
    await flush()
    expect(store.getState().records['gone-s09e99']).toEqual(unknown)
    expect(adapter.disk.get('record:gone-s09e99')).toEqual(unknown)
    expect(adapter.writes.flatMap((w) => w.keys)).not.toContain('record:gone-s09e99')
  })
})

describe('Undo while a save is still being retried', () => {
  it('reverts a record this tab has not saved yet, and the retry saves the reverted copy', async () => {
    const adapter = createFakeAdapter({ stored: { meta: currentMeta, records: [] } })
    const { store, edit, flush } = track(adapter, { retryDelays: [60_000] })
    await whenLoaded(store)
    adapter.failNextWrites(1)
    edit(['a'], markWatched(evening))
    await flush()
    expect(store.getState().unsaved).toBe(true)
    const made = store.getState().records.a!

    const result = await store.getState().actions.revertRecords([{ made, before: undefined }])
    expect(result).toEqual({ reverted: 1, kept: 0 })
    expect(store.getState().records.a?.plays).toEqual([])
    await flush()
    expect((adapter.disk.get('record:a') as WatchRecord).plays).toEqual([])
  })
})

describe('a play logged in a pass that began "in the future" (a clock that ran ahead)', () => {
  it('is logged at the pass start, so it shows as watched in that pass', () => {
    const since = evening.getTime() + 1000 * 24 * 60 * 60 * 1000
    const record = markWatched(evening, since)({ ...emptyRecord('a') })
    expect(record.plays[0]?.loggedAt).toBe(since)
  })
})
