import { afterEach, describe, expect, it, vi } from 'vitest'
import { META_KEY, SCHEMA_VERSION } from '@/tracking/model'
import { StorageUnavailableError } from '@/tracking/persistence/adapter'
import { createIdbAdapter } from '@/tracking/persistence/idb-adapter'
import { watched } from '../../fixtures/watch-records'
import { currentMeta, readDb, seedDb, uniqueDbName } from '../tracking-helpers'

afterEach(() => {
  vi.unstubAllGlobals()
})

async function openAdapter(dbName: string) {
  const adapter = createIdbAdapter(dbName)
  const stored = await adapter.load()
  return { adapter, stored }
}

describe('createIdbAdapter', () => {
  it('loads an empty profile as no meta and no records', async () => {
    const { stored } = await openAdapter(uniqueDbName())
    expect(stored).toEqual({ meta: undefined, records: [], keys: [], aside: [] })
  })

  it('loads meta and every record:<id> entry as raw values, ignoring other keys', async () => {
    const db = uniqueDbName()
    const broken = { id: 'b', plays: 'not validated here' }
    await seedDb(db, {
      meta: currentMeta,
      records: [watched('a'), broken],
      other: { 'some-other-key': 42 },
    })
    const { stored } = await openAdapter(db)
    expect(stored.meta).toEqual(currentMeta)
    expect(stored.records).toHaveLength(2)
    expect(stored.records).toContainEqual(watched('a'))
    expect(stored.records).toContainEqual(broken)
  })

  it('writes each record under its own key, and meta when given', async () => {
    const db = uniqueDbName()
    const { adapter } = await openAdapter(db)
    const kept = await adapter.write([watched('a'), watched('b')], {
      schemaVersion: SCHEMA_VERSION,
      createdAt: 7,
    })
    expect(kept).toEqual([])
    expect(await readDb(db)).toEqual({
      'record:a': watched('a'),
      'record:b': watched('b'),
      [META_KEY]: { schemaVersion: SCHEMA_VERSION, createdAt: 7 },
    })
  })

  it('replaces a stored copy that is older', async () => {
    const db = uniqueDbName()
    await seedDb(db, { records: [watched('a', 10, 'tab-x')] })
    const { adapter } = await openAdapter(db)
    const newer = { ...watched('a', 20, 'tab-y'), rating10: 5 }
    expect(await adapter.write([newer])).toEqual([])
    expect((await readDb(db))['record:a']).toEqual(newer)
  })

  it('keeps a stored copy that is newer than the one written, and returns it', async () => {
    const db = uniqueDbName()
    const { adapter } = await openAdapter(db)
    // Another tab wrote after this tab loaded.
    const theirs = { ...watched('a', 50, 'tab-b'), note: 'theirs' }
    await seedDb(db, { records: [theirs] })

    const ours = { ...watched('a', 40, 'tab-a'), note: 'ours' }
    const kept = await adapter.write([ours, watched('c', 40, 'tab-a')])
    expect(kept).toEqual([theirs])
    const disk = await readDb(db)
    expect(disk['record:a']).toEqual(theirs)
    expect(disk['record:c']).toEqual(watched('c', 40, 'tab-a'))
  })

  it('breaks a tie on updatedAt by the larger tab id', async () => {
    const db = uniqueDbName()
    await seedDb(db, { records: [watched('a', 50, 'tab-b')] })
    const { adapter } = await openAdapter(db)
    expect(await adapter.write([watched('a', 50, 'tab-a')])).toEqual([watched('a', 50, 'tab-b')])
    expect(await adapter.write([watched('a', 50, 'tab-c')])).toEqual([])
    expect((await readDb(db))['record:a']).toEqual(watched('a', 50, 'tab-c'))
  })

  it('overwrites a stored value that is not a valid record', async () => {
    const db = uniqueDbName()
    await seedDb(db, { other: { 'record:a': { id: 'a', junk: true } } })
    const { adapter } = await openAdapter(db)
    expect(await adapter.write([watched('a', 1, 'tab-a')])).toEqual([])
    expect((await readDb(db))['record:a']).toEqual(watched('a', 1, 'tab-a'))
  })

  it('refuses to write before a successful load', async () => {
    await expect(createIdbAdapter(uniqueDbName()).write([watched('a')])).rejects.toBeInstanceOf(
      StorageUnavailableError,
    )
  })

  describe('requirement 14: without IndexedDB', () => {
    it('rejects load with StorageUnavailableError when indexedDB is undefined', async () => {
      vi.stubGlobal('indexedDB', undefined)
      const adapter = createIdbAdapter(uniqueDbName())
      await expect(adapter.load()).rejects.toBeInstanceOf(StorageUnavailableError)
      await expect(adapter.write([watched('a')])).rejects.toBeInstanceOf(StorageUnavailableError)
    })

    it('rejects load with StorageUnavailableError when the database cannot be opened', async () => {
      const failingOpen = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      })
      await expect(createIdbAdapter(uniqueDbName()).load()).rejects.toBeInstanceOf(
        StorageUnavailableError,
      )
      expect(failingOpen).toHaveBeenCalled()
    })
  })
})
