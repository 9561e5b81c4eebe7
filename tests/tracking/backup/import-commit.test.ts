import { afterEach, describe, expect, it, vi } from 'vitest'
import { planImport } from '@/tracking/backup/plan-import'
import type { WatchRecord } from '@/tracking/model'
import { createIdbAdapter } from '@/tracking/persistence/idb-adapter'
import { createTracking } from '@/tracking/sync-engine'
import { watched } from '../../fixtures/watch-records'
import { currentMeta, readDb, seedDb, uniqueDbName, whenLoaded } from '../tracking-helpers'

/** Requirement 23: an import is all or nothing. */

const previous: WatchRecord[] = [
  watched('tng-s01e01', 100, 'laptop'),
  { ...watched('tng-s01e02', 100, 'laptop'), note: 'mine' },
  { ...watched('gone-s09e99', 100, 'laptop'), rating10: 4 },
]

/** Two newer copies of records we have, and three we do not. */
const file: WatchRecord[] = [
  { ...watched('tng-s01e01', 900, 'phone'), rating10: 10 },
  { ...watched('tng-s01e02', 900, 'phone'), note: 'theirs' },
  watched('tng-s01e03', 900, 'phone'),
  watched('tng-s01e04', 900, 'phone'),
  watched('tng-s01e05', 900, 'phone'),
]

/** Makes the n-th put fail, the way the browser fails a transaction part-way. */
function failNthPut(n: number, how: 'abort' | 'throw') {
  const put = Reflect.get<IDBObjectStore, 'put'>(IDBObjectStore.prototype, 'put')
  let calls = 0
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    calls += 1
    if (calls === n) {
      if (how === 'abort') this.transaction.abort()
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
    return put.apply(this, args)
  })
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('requirement 23: imports are atomic', () => {
  it.each(['abort', 'throw'] as const)(
    'when the commit fails on the 3rd put (%s), no record from the file is stored and all previous records remain',
    async (how) => {
      const db = uniqueDbName()
      await seedDb(db, { meta: currentMeta, records: previous })
      const store = createTracking({ adapter: createIdbAdapter(db), tabId: 'tab-1' })
      await whenLoaded(store)
      const diskBefore = await readDb(db)
      const memoryBefore = structuredClone({ ...store.getState().records })
      const plan = planImport(store.getState().records, file)
      expect(plan.toApply).toHaveLength(5)

      const put = failNthPut(3, how)
      await expect(store.getState().actions.importRecords(plan.toApply)).rejects.toThrow()
      expect(put).toHaveBeenCalledTimes(3)
      put.mockRestore()

      expect(await readDb(db)).toEqual(diskBefore)
      expect({ ...store.getState().records }).toEqual(memoryBefore)
      for (const record of file) {
        expect(store.getState().records[record.id]).not.toEqual(record)
      }

      // Nothing is stuck: the same import goes through once the disk accepts it.
      await store.getState().actions.importRecords(plan.toApply)
      const disk = await readDb(db)
      for (const record of file) {
        expect(disk[`record:${record.id}`]).toEqual(record)
        expect(store.getState().records[record.id]).toEqual(record)
      }
      expect(disk['record:gone-s09e99']).toEqual(previous[2])
    },
  )
})

describe('the commit never overwrites a newer copy', () => {
  it('keeps a copy another tab stored after the plan was made, and shows it here too', async () => {
    const db = uniqueDbName()
    await seedDb(db, { meta: currentMeta, records: previous })
    const store = createTracking({ adapter: createIdbAdapter(db), tabId: 'tab-1' })
    await whenLoaded(store)
    const plan = planImport(store.getState().records, file)

    // While the plan is on screen, another tab (whose broadcast this tab missed) edits one.
    const otherTab = { ...watched('tng-s01e01', 5_000, 'tab-2'), note: 'edited in tab 2' }
    await seedDb(db, { records: [otherTab] })

    await store.getState().actions.importRecords(plan.toApply)
    const disk = await readDb(db)
    expect(disk['record:tng-s01e01']).toEqual(otherTab)
    expect(store.getState().records['tng-s01e01']).toEqual(otherTab)
    expect(disk['record:tng-s01e03']).toEqual(file[2])
  })
})
