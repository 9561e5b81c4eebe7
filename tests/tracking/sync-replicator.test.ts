// @vitest-environment node
import PouchDB from 'pouchdb-core'
import http from 'pouchdb-adapter-http'
import memory from 'pouchdb-adapter-memory'
import replication from 'pouchdb-replication'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { emptyRecord, type WatchRecord } from '@/tracking/model'
import { createTracking, type TrackingStore } from '@/tracking/sync-engine'
import { docId, toDoc } from '@/tracking/sync/documents'
import { replicate } from '@/tracking/sync/replicator'
import { syncStatus, type SyncInfo } from '@/tracking/sync/status'
import { createFakeAdapter, type FakeAdapter } from '../support/fake-adapter'
import { currentMeta, whenLoaded } from './tracking-helpers'

/**
 * The replicator with in-memory PouchDB databases for the device and the server (the IndexedDB
 * adapter does not run on fake-indexeddb), and a server that cannot be reached for offline.
 */
PouchDB.plugin(memory).plugin(http).plugin(replication)

const place = vi.hoisted(() => ({ device: 'device', server: 'server' }))
vi.mock('@/tracking/persistence/sync-database', () => ({
  openDeviceDatabase: () => new PouchDB(place.device, { adapter: 'memory' }),
  openServerDatabase: () =>
    place.server.startsWith('http')
      ? new PouchDB(place.server, { adapter: 'http', skip_setup: true })
      : new PouchDB(place.server, { adapter: 'memory' }),
}))

let n = 0
const converge = { timeout: 20_000, interval: 20 }
const settings = { url: 'http://127.0.0.1/log', username: 'fan', password: 'make-it-so' }
const offline = 'http://127.0.0.1:9/log'
let running: (() => Promise<void>)[] = []

afterEach(async () => {
  await Promise.all(running.map((stop) => stop()))
  running = []
  syncStatus.setState({ state: 'off', waiting: 0, problem: null, lastSyncedAt: null })
})

const record = (id: string, updatedAt: number, over: Partial<WatchRecord> = {}): WatchRecord => ({
  ...emptyRecord(id),
  updatedAt,
  updatedBy: 'laptop',
  ...over,
})

async function device(records: WatchRecord[] = [], adapter?: FakeAdapter) {
  const store = createTracking({
    adapter: adapter ?? createFakeAdapter({ stored: { meta: currentMeta, records } }),
    tabId: `tab-${(n += 1)}`,
    retryDelays: [10],
  })
  await whenLoaded(store)
  return store
}

/** Runs replication for one device until the returned function stops it. */
function run(tracking: TrackingStore, names: { device: string; server: string }) {
  Object.assign(place, names)
  const controller = new AbortController()
  const done = replicate(tracking, settings, controller.signal)
  const stop = async () => {
    controller.abort()
    await done
  }
  running.push(stop)
  return stop
}

const status = () => syncStatus.getState()
const until = (check: (info: SyncInfo) => boolean) =>
  vi.waitFor(() => expect(check(status()), JSON.stringify(status())).toBe(true), converge)
const names = () => {
  n += 1
  return { device: `laptop-${n}`, phone: `phone-${n}`, server: `server-${n}` }
}

describe('replication through a server', { timeout: 90_000 }, () => {
  it('sends the log, counts the changes waiting down to none, and a second device takes it in', async () => {
    const where = names()
    const records = Array.from({ length: 300 }, (_, i) =>
      record(`tng-s01e${String(i).padStart(3, '0')}`, 1000 + i, { note: `entry ${i}` }),
    )
    const laptop = await device(records)
    const stopLaptop = run(laptop, { device: where.device, server: where.server })
    await until((s) => s.state === 'up-to-date' && s.waiting === 0)
    expect(status().lastSyncedAt).not.toBeNull()
    await stopLaptop()

    const phone = await device()
    const stopPhone = run(phone, { device: where.phone, server: where.server })
    await until((s) => s.state === 'up-to-date')
    await vi.waitFor(
      () => expect(Object.keys(phone.getState().records)).toHaveLength(300),
      converge,
    )
    expect(phone.getState().records['tng-s01e299']).toEqual(records[299])
    await stopPhone()
  })

  it('counts an edit made offline as waiting, still after starting again, until it is sent', async () => {
    const where = names()
    const laptop = await device([record('tng-s01e01', 1000)])
    let stop = run(laptop, { device: where.device, server: offline })
    await until((s) => s.state === 'offline' && s.waiting === 1)
    await laptop.getState().actions.importRecords([record('tng-s01e02', 2000, { rating10: 8 })])
    await until((s) => s.waiting === 2)
    await stop()

    // The tab closed and opens again, still offline: the two are still waiting.
    stop = run(laptop, { device: where.device, server: offline })
    await until((s) => s.state === 'offline' && s.waiting === 2)
    await stop()

    stop = run(laptop, { device: where.device, server: where.server })
    await until((s) => s.state === 'up-to-date' && s.waiting === 0)
    await stop()
    const server = new PouchDB(where.server, { adapter: 'memory' })
    const doc: { record: WatchRecord } = await server.get(docId('tng-s01e02'))
    expect(doc.record.rating10).toBe(8)
    // And a new visit, online, has nothing waiting.
    stop = run(laptop, { device: where.device, server: where.server })
    await until((s) => s.state === 'up-to-date' && s.waiting === 0)
    await stop()
  })

  it('pauses on a newer app’s documents, takes in the valid ones, and leaves the others and the log alone', async () => {
    const where = names()
    const server = new PouchDB(where.server, { adapter: 'memory' })
    await server.bulkDocs([
      toDoc(record('tng-s01e03', 5000, { rating10: 6 })),
      { _id: docId('tng-s01e04'), v: 99, record: { something: 'new' } },
      { _id: 'shopping-list', items: ['tea', 'Earl Grey', 'hot'] },
    ])
    const mine = record('tng-s01e04', 1000, { note: 'mine' })
    const phone = await device([mine])
    const stop = run(phone, { device: where.phone, server: where.server })
    await until((s) => s.state === 'newer-version')
    await vi.waitFor(() => expect(phone.getState().records['tng-s01e03']?.rating10).toBe(6))
    await stop()
    expect(phone.getState().records['tng-s01e04']).toEqual(mine)
    expect(Object.keys(phone.getState().records).sort()).toEqual(['tng-s01e03', 'tng-s01e04'])
    const newer: { v: number } = await server.get(docId('tng-s01e04'))
    expect(newer.v).toBe(99)
    const list: { items: string[] } = await server.get('shopping-list')
    expect(list.items).toEqual(['tea', 'Earl Grey', 'hot'])
  })

  it('stops with "storage is full" when the log cannot take changes in, and changes nothing', async () => {
    const where = names()
    const server = new PouchDB(where.server, { adapter: 'memory' })
    await server.bulkDocs([toDoc(record('tng-s01e05', 5000, { rating10: 10 }))])
    const mine = record('tng-s01e06', 1000, { note: 'mine' })
    const adapter = createFakeAdapter({ stored: { meta: currentMeta, records: [mine] } })
    const phone = await device([], adapter)
    adapter.failNextWrites(100)
    let stop = run(phone, { device: where.phone, server: where.server })
    await until((s) => s.state === 'failed')
    expect(status().problem).toBe('this device’s storage is full; free some space')
    expect(phone.getState().records).toEqual({ 'tng-s01e06': mine })
    await stop()

    // Space freed, Sync now: what was pulled is taken in.
    adapter.failNextWrites(0)
    stop = run(phone, { device: where.phone, server: where.server })
    await vi.waitFor(
      () => expect(phone.getState().records['tng-s01e05']?.rating10).toBe(10),
      converge,
    )
    await stop()
  })
})
