// @vitest-environment node
import PouchDB from 'pouchdb-core'
import memory from 'pouchdb-adapter-memory'
import replication from 'pouchdb-replication'
import { afterEach, describe, expect, it } from 'vitest'
import { SCHEMA_VERSION, emptyRecord, type WatchRecord } from '@/tracking/model'
import { copyToDatabase, readAll, readChanged, type SyncDatabase } from '@/tracking/sync/bridge'
import { docId, toDoc } from '@/tracking/sync/documents'

/**
 * The bridge between the watch log and PouchDB, with in-memory databases standing in for two
 * devices and the server (the IndexedDB adapter does not run on fake-indexeddb).
 */
PouchDB.plugin(memory).plugin(replication)

let made: PouchDB[] = []
let n = 0
const database = (name: string) => {
  const db = new PouchDB(`${name}-${(n += 1)}`, { adapter: 'memory' })
  made.push(db)
  return db
}
const bridge = (db: PouchDB) => db as unknown as SyncDatabase
afterEach(async () => {
  await Promise.all(made.map((db) => db.destroy()))
  made = []
})

const record = (id: string, updatedAt: number, by: string, over: Partial<WatchRecord> = {}) => ({
  ...emptyRecord(id),
  updatedAt,
  updatedBy: by,
  ...over,
})
const all = async (db: PouchDB) =>
  (await db.allDocs({})).rows.map((r) => r.id ?? '').filter((id) => id.startsWith('record:'))
/** Both ways through the server, as live replication would, then once more to settle. */
async function syncBoth(a: PouchDB, server: PouchDB, b: PouchDB) {
  await a.replicate.to(server)
  await b.replicate.to(server)
  await a.replicate.from(server)
  await b.replicate.from(server)
}

describe('sync between two devices through a server', () => {
  it('carries 1,000 records from one device to the other unchanged', async () => {
    const [a, server, b] = [database('a'), database('server'), database('b')]
    const records = Array.from({ length: 1000 }, (_, i) =>
      record(`tng-s01e${String(i).padStart(4, '0')}`, 1000 + i, 'laptop', {
        rating10: (i % 10) + 1,
      }),
    )
    expect(await copyToDatabase(bridge(a), records)).toHaveLength(1000)
    await a.replicate.to(server)
    await b.replicate.from(server)
    const { records: arrived } = await readChanged(bridge(b), await all(b))
    expect(arrived).toHaveLength(1000)
    expect(new Map(arrived.map((r) => [r.id, r]))).toEqual(new Map(records.map((r) => [r.id, r])))
  })

  it('writes a record only when the database lacks that edit or an older one', async () => {
    const a = database('a')
    const first = record('tng-s01e03', 1000, 'laptop', { rating10: 6 })
    expect(await copyToDatabase(bridge(a), [first])).toHaveLength(1)
    expect(await copyToDatabase(bridge(a), [first])).toHaveLength(0)
    expect(await copyToDatabase(bridge(a), [record('tng-s01e03', 500, 'phone')])).toHaveLength(0)
    expect(await copyToDatabase(bridge(a), [record('tng-s01e03', 2000, 'phone')])).toHaveLength(1)
  })

  it('ends the same record edited on both devices while apart with the later edit everywhere, no conflict left', async () => {
    const [a, server, b] = [database('a'), database('server'), database('b')]
    await copyToDatabase(bridge(a), [record('tng-s01e03', 1000, 'laptop', { rating10: 6 })])
    await syncBoth(a, server, b)
    // Apart: the laptop rates (earlier), then the phone notes (later).
    await copyToDatabase(bridge(a), [record('tng-s01e03', 2000, 'laptop', { rating10: 9 })])
    await copyToDatabase(bridge(b), [
      record('tng-s01e03', 3000, 'phone', { rating10: 6, note: 'Yar!' }),
    ])
    await syncBoth(a, server, b)
    const onA = await readChanged(bridge(a), [docId('tng-s01e03')])
    const onB = await readChanged(bridge(b), [docId('tng-s01e03')])
    expect(onA.records[0]).toMatchObject({ updatedAt: 3000, updatedBy: 'phone', note: 'Yar!' })
    expect(onB.records[0]).toEqual(onA.records[0])
    await syncBoth(a, server, b)
    for (const db of [a, server, b]) {
      const doc: { _conflicts?: string[]; record: WatchRecord } = await db.get(
        docId('tng-s01e03'),
        {
          conflicts: true,
        },
      )
      expect(doc._conflicts ?? []).toEqual([])
      expect(doc.record).toMatchObject({ updatedBy: 'phone', note: 'Yar!' })
    }
  })

  it('keeps an Undo undone: the emptied record is a later edit, not a delete', async () => {
    const [a, server, b] = [database('a'), database('server'), database('b')]
    await copyToDatabase(bridge(a), [record('tng-s01e03', 1000, 'laptop', { rating10: 8 })])
    await syncBoth(a, server, b)
    await copyToDatabase(bridge(a), [record('tng-s01e03', 2000, 'laptop')])
    await syncBoth(a, server, b)
    const { records } = await readChanged(bridge(b), [docId('tng-s01e03')])
    expect(records[0]).toEqual(record('tng-s01e03', 2000, 'laptop'))
  })

  it('leaves other documents alone and stops at a newer version’s', async () => {
    const a = database('a')
    await a.put({ _id: 'holiday-photo', title: 'not ours' })
    await a.put({ _id: docId('tng-s01e04'), v: SCHEMA_VERSION + 1, record: {} })
    await a.put({ _id: docId('tng-s01e05'), v: SCHEMA_VERSION, record: { id: 'tng-s01e05' } })
    const result = await readChanged(bridge(a), [
      'holiday-photo',
      docId('tng-s01e04'),
      docId('tng-s01e05'),
    ])
    expect(result).toEqual({ records: [], skipped: { newer: 1, invalid: 1 } })
  })

  it('never judges a conflict with a newer app’s edit: that document waits', async () => {
    const [a, server, b] = [database('a'), database('server'), database('b')]
    await copyToDatabase(bridge(a), [record('tng-s01e03', 1000, 'laptop')])
    await syncBoth(a, server, b)
    const doc: { _rev: string } = await a.get(docId('tng-s01e03'))
    // A newer version on the laptop edits later; this version on the phone edits twice, earlier.
    await a.put({
      _id: docId('tng-s01e03'),
      _rev: doc._rev,
      v: SCHEMA_VERSION + 1,
      record: { future: true },
    })
    await copyToDatabase(bridge(b), [record('tng-s01e03', 2000, 'phone', { note: 'one' })])
    await copyToDatabase(bridge(b), [record('tng-s01e03', 3000, 'phone', { note: 'two' })])
    await syncBoth(a, server, b)
    const result = await readChanged(bridge(b), [docId('tng-s01e03')])
    expect(result).toEqual({ records: [], skipped: { newer: 1, invalid: 0 } })
    const onServer: { _conflicts?: string[] } = await server.get(docId('tng-s01e03'), {
      conflicts: true,
    })
    expect(onServer._conflicts).toHaveLength(1)
  })

  it('copies an edit again when a pulled revision lands between reading and writing', async () => {
    const a = database('a')
    await copyToDatabase(bridge(a), [record('tng-s01e03', 1000, 'laptop')])
    const real = bridge(a)
    let raced = false
    const racing: SyncDatabase = {
      ...real,
      allDocs: async (options) => {
        const rows = await real.allDocs(options)
        if (!raced) {
          raced = true
          // Replication writes the server's newer revision just now.
          const doc: { _rev: string } = await a.get(docId('tng-s01e03'))
          await a.put({ ...toDoc(record('tng-s01e03', 1500, 'phone')), _rev: doc._rev })
        }
        return rows
      },
      get: (id, options) => real.get(id, options),
      bulkDocs: (docs) => real.bulkDocs(docs),
    }
    expect(
      await copyToDatabase(racing, [record('tng-s01e03', 2000, 'laptop', { rating10: 7 })]),
    ).toEqual([docId('tng-s01e03')])
    const { records } = await readChanged(real, [docId('tng-s01e03')])
    expect(records[0]).toMatchObject({ updatedAt: 2000, rating10: 7 })
  })

  it('reads everything the device database holds (what was pulled before a tab closed)', async () => {
    const a = database('a')
    await copyToDatabase(bridge(a), [record('tng-s01e03', 1, 'x'), record('tng-s01e04', 2, 'x')])
    await a.put({ _id: 'not-ours', n: 1 })
    expect((await readAll(bridge(a))).records.map((r) => r.id).sort()).toEqual([
      'tng-s01e03',
      'tng-s01e04',
    ])
  })
})
