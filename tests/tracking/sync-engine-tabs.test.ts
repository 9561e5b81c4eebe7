import { describe, expect, it } from 'vitest'
import { markUnwatched, markWatched, setRating } from '@/tracking/edits'
import { SCHEMA_VERSION, isWatched, type WatchRecord } from '@/tracking/model'
import type { PersistenceAdapter } from '@/tracking/persistence/adapter'
import { createIdbAdapter } from '@/tracking/persistence/idb-adapter'
import { createTracking, type SyncChannel, type TrackingDeps } from '@/tracking/sync-engine'
import { createFakeAdapter } from '../support/fake-adapter'
import { createChannelPair, deliverAll } from '../support/fake-channel'
import { watched } from '../fixtures/watch-records'
import { currentMeta, readDb, uniqueDbName, whenLoaded } from './tracking-helpers'

/** Two tabs of the app: each its own engine, linked by a fake BroadcastChannel. */

const evening = new Date('2024-05-07T20:15:00.000Z')

function tab(
  tabId: string,
  adapter: PersistenceAdapter,
  channel: SyncChannel,
  deps: Partial<TrackingDeps> = {},
) {
  const store = createTracking({ adapter, channel, tabId, retryDelays: [10], ...deps })
  const { edit, flush } = store.getState().actions
  return { store, edit, flush }
}

describe('changes from another tab', () => {
  it('announces itself on start', () => {
    const [one] = createChannelPair()
    tab('tab-1', createFakeAdapter(), one)
    expect(one.posted).toEqual([{ type: 'announce', from: 'tab-1', schemaVersion: SCHEMA_VERSION }])
  })

  it('requirement 8: an edit written in one tab appears in the other without reload', async () => {
    const [one, two] = createChannelPair()
    const first = tab('tab-1', createFakeAdapter(), one)
    const second = tab('tab-2', createFakeAdapter(), two)
    await Promise.all([whenLoaded(first.store), whenLoaded(second.store)])

    first.edit(['a'], markWatched(evening))
    await first.flush()
    await deliverAll()

    expect(second.store.getState().records.a).toEqual(first.store.getState().records.a)
    expect(isWatched(second.store.getState().records.a)).toBe(true)
  })

  it('broadcasts only the records it wrote, after writing them', async () => {
    const [one] = createChannelPair()
    const adapter = createFakeAdapter({ stored: { meta: currentMeta, records: [watched('z')] } })
    const first = tab('tab-1', adapter, one)
    await whenLoaded(first.store)
    first.edit(['a'], markWatched(evening))
    expect(one.posted.filter((m) => m.type === 'changed')).toEqual([]) // not before the write
    await first.flush()
    const changed = one.posted.filter((m) => m.type === 'changed')
    expect(changed).toHaveLength(1)
    expect(changed[0]).toMatchObject({ from: 'tab-1', records: [{ id: 'a' }] })
  })

  it('applies a changed message from another tab, but never an older copy over a newer one', async () => {
    const [one, other] = createChannelPair()
    const adapter = createFakeAdapter({
      stored: { meta: currentMeta, records: [watched('a', 500, 'tab-1')] },
    })
    const { store } = tab('tab-1', adapter, one)
    await whenLoaded(store)

    const send = (records: WatchRecord[]) =>
      other.postMessage({ type: 'changed', from: 'tab-2', schemaVersion: SCHEMA_VERSION, records })
    send([watched('a', 100, 'tab-2'), { ...watched('b', 100, 'tab-2'), rating10: 7 }])
    await deliverAll()
    expect(store.getState().records.a).toEqual(watched('a', 500, 'tab-1'))
    expect(store.getState().records.b).toMatchObject({ rating10: 7 })
    expect(adapter.writes).toEqual([]) // the other tab has already stored what it sent
  })

  it('ignores records in a message that fail validation', async () => {
    const [one, other] = createChannelPair()
    const { store } = tab('tab-1', createFakeAdapter(), one)
    await whenLoaded(store)
    other.postMessage({
      type: 'changed',
      from: 'tab-2',
      schemaVersion: SCHEMA_VERSION,
      records: [{ ...watched('a', 100, 'tab-2'), rating10: 99 }, watched('b', 100, 'tab-2')],
    })
    await deliverAll()
    expect(store.getState().records.a).toBeUndefined()
    expect(store.getState().records.b).toEqual(watched('b', 100, 'tab-2'))
  })
})

describe('a tab of the previous version, still open after this one migrated the data', () => {
  // What a format 1 tab sends: no skipped, no rewatchStarts, plays without loggedAt.
  const formatOne = {
    id: 'c',
    plays: [{ precision: 'date', watchedAt: '2024-01-01' }],
    rating10: 8,
    note: 'from the old tab',
    updatedAt: 900,
    updatedBy: 'tab-old',
  }

  it('reads its change in its own format, tells it a newer version is here, and saves the change in today’s format', async () => {
    const [one, other] = createChannelPair()
    const adapter = createFakeAdapter({ stored: { meta: currentMeta, records: [] } })
    const { store } = tab('tab-1', adapter, one)
    await whenLoaded(store)
    other.postMessage({
      type: 'changed',
      from: 'tab-old',
      schemaVersion: 1,
      records: [formatOne as unknown as WatchRecord],
    })
    await deliverAll()
    const expected = {
      ...formatOne,
      plays: [{ precision: 'date', watchedAt: '2024-01-01', loggedAt: 0 }],
      skipped: false,
      rewatchStarts: [],
    }
    expect(store.getState().records.c).toEqual(expected)
    expect(one.posted.at(-1)).toMatchObject({ type: 'announce', schemaVersion: SCHEMA_VERSION })
    await store.getState().actions.flush()
    expect(adapter.disk.get('record:c')).toEqual(expected)
  })

  it('a record it wrote in its format after the migration still loads, instead of making the log read-only', async () => {
    const adapter = createFakeAdapter({
      stored: {
        meta: currentMeta,
        records: [watched('a', 5), formatOne],
      },
    })
    const { store } = tab('tab-1', adapter, createChannelPair()[0])
    const state = await whenLoaded(store)
    expect(state.status).toBe('ready')
    expect(state.records.c).toMatchObject({ note: 'from the old tab', skipped: false })
    expect(state.records.c?.plays).toEqual([
      { precision: 'date', watchedAt: '2024-01-01', loggedAt: 0 },
    ])
    expect(state.records.a).toEqual(watched('a', 5))
  })
})

describe('requirement 10: messages during load are not lost', () => {
  it('applies a changed message received while loading once loading ends, and its first write does not erase it', async () => {
    const [one, two] = createChannelPair()
    const first = tab('tab-1', createFakeAdapter({ stored: { meta: currentMeta } }), one)
    await whenLoaded(first.store)

    // Tab 2 is still reading a copy of the disk from before tab 1's edit.
    const slowAdapter = createFakeAdapter({
      deferLoad: true,
      stored: { meta: currentMeta, records: [{ ...watched('a', 1, 'old'), plays: [] }] },
    })
    const second = tab('tab-2', slowAdapter, two)

    first.edit(['a'], markWatched(evening))
    await first.flush()
    await deliverAll()
    expect(second.store.getState().status).toBe('loading')
    second.edit(['b'], setRating(6)) // tab 2's own edit, waiting for the load

    slowAdapter.resolveLoad()
    await whenLoaded(second.store)
    await second.flush()

    expect(second.store.getState().records.a).toEqual(first.store.getState().records.a)
    expect(isWatched(second.store.getState().records.a)).toBe(true)
    expect(second.store.getState().records.b).toMatchObject({ rating10: 6 })
    // Its first write carries its own edit only, not a stale copy of A.
    expect(slowAdapter.writes.map((w) => w.keys)).toEqual([['record:b']])
    expect(isWatched(second.store.getState().records.a)).toBe(true)
  })
})

describe('requirement 9: same-episode conflicts converge', () => {
  it('two tabs editing the same episode at the same moment end with the same value everywhere', async () => {
    const db = uniqueDbName()
    const [one, two] = createChannelPair()
    const first = tab('tab-1', createIdbAdapter(db), one, { now: () => 1_000 })
    const second = tab('tab-2', createIdbAdapter(db), two, { now: () => 1_000 })
    await Promise.all([whenLoaded(first.store), whenLoaded(second.store)])

    first.edit(['a'], markWatched(evening))
    second.edit(['a'], markUnwatched())
    await Promise.all([first.flush(), second.flush()])
    await deliverAll()

    const winner = second.store.getState().records.a // same time: the larger tab id wins
    expect(winner).toMatchObject({ updatedAt: 1_000, updatedBy: 'tab-2', plays: [] })
    expect(first.store.getState().records.a).toEqual(winner)
    expect((await readDb(db))['record:a']).toEqual(winner)
  })
})

describe('requirement 11: stale code stops writing', () => {
  it('a tab that hears of a newer schema version becomes read-only and stops writing', async () => {
    const [one, other] = createChannelPair()
    const adapter = createFakeAdapter()
    const { store, edit, flush } = tab('tab-1', adapter, one)
    await whenLoaded(store)

    other.postMessage({ type: 'announce', from: 'tab-new', schemaVersion: SCHEMA_VERSION + 1 })
    await deliverAll()
    expect(store.getState().status).toBe('readonly')
    expect(store.getState().problem).toMatch(/newer version/)

    edit(['a'], markWatched(evening))
    await flush()
    expect(adapter.writes).toEqual([])
  })
})
