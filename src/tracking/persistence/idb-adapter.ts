import { createStore, entries, promisifyRequest, type UseStore } from 'idb-keyval'
import { validate } from '@/lib/schema'
import {
  ASIDE_KEY_PREFIX,
  META_KEY,
  RECORD_KEY_PREFIX,
  isNewer,
  recordKey,
  sameStamp,
  watchRecordSchema,
} from '../model'
import type { Meta, WatchRecord } from '../model'
import type { PersistenceAdapter, StoredData } from './adapter'
import { StorageUnavailableError, SupersededWriteError } from './adapter'

export const DB_NAME = 'captains-log'
export const STORE_NAME = 'watch-log'

/**
 * The watch log on disk: one IndexedDB database, one object store, one entry per record.
 * This folder is the only code allowed to touch IndexedDB (lint-enforced).
 */
export function createIdbAdapter(dbName = DB_NAME): PersistenceAdapter {
  let store: UseStore | undefined
  // Checked writes still reading: writeNow() aborts them, or its own transaction would queue
  // behind theirs and a closing page would lose both.
  const reading = new Set<IDBTransaction>()
  const superseded = new WeakSet<IDBTransaction>()
  const lostListeners: (() => void)[] = []
  let lost = false
  const loseDatabase = () => {
    if (lost) return
    lost = true
    store = undefined
    for (const listener of lostListeners) listener()
  }
  const watch = (db: IDBDatabase) => {
    db.addEventListener('versionchange', () => {
      // Holding on would block the other tab's delete or upgrade; it has decided.
      db.close()
      loseDatabase()
    })
    db.addEventListener('close', loseDatabase)
  }

  return {
    async load(): Promise<StoredData> {
      try {
        if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available')
        store = createStore(dbName, STORE_NAME)
        // Opening on its own first tells "no storage at all" apart from "storage we cannot read".
        await store('readonly', (objectStore) => watch(objectStore.transaction.db))
      } catch (cause) {
        store = undefined
        throw new StorageUnavailableError(cause)
      }
      const all = await entries<IDBValidKey, unknown>(store)
      const data: StoredData = { meta: undefined, records: [], keys: [], aside: [] }
      for (const [key, value] of all) {
        if (key === META_KEY) data.meta = value
        else if (typeof key === 'string' && key.startsWith(RECORD_KEY_PREFIX)) {
          data.records.push(value)
          data.keys.push(key)
        } else if (typeof key === 'string' && key.startsWith(ASIDE_KEY_PREFIX)) {
          data.aside.push(value)
        }
      }
      return data
    },

    write(records: readonly WatchRecord[], meta?: Meta): Promise<WatchRecord[]> {
      const target = store
      if (!target) return Promise.reject(new StorageUnavailableError())
      // Read-compare-write in one transaction: a copy written meanwhile by another tab is kept
      // when it is newer, so every tab and the disk settle on the same value.
      return target('readwrite', (objectStore) => {
        const kept: WatchRecord[] = []
        const transaction = objectStore.transaction
        reading.add(transaction)
        const settle = () => reading.delete(transaction)
        transaction.addEventListener('complete', settle)
        transaction.addEventListener('abort', settle)
        return allOrNothing(objectStore, () => {
          for (const record of records) {
            const key = recordKey(record.id)
            const request = objectStore.get(key)
            // A throw in here aborts the transaction (the browser does that for event handlers).
            request.onsuccess = () => {
              const stored = validate(watchRecordSchema, request.result)
              if (stored.success && !isNewer(record, stored.data)) kept.push(stored.data)
              else objectStore.put(record, key)
            }
          }
          if (meta) objectStore.put(meta, META_KEY)
        }).then(
          () => kept,
          (error: unknown) => {
            throw transaction.error === null && superseded.has(transaction)
              ? new SupersededWriteError()
              : error
          },
        )
      })
    },

    writeIfUnchanged(
      records: readonly WatchRecord[],
      expected: readonly WatchRecord[],
    ): Promise<{ skipped: string[]; stored: WatchRecord[] }> {
      const target = store
      if (!target) return Promise.reject(new StorageUnavailableError())
      return target('readwrite', (objectStore) => {
        const result = { skipped: [] as string[], stored: [] as WatchRecord[] }
        return allOrNothing(objectStore, () => {
          for (const [i, record] of records.entries()) {
            const key = recordKey(record.id)
            const request = objectStore.get(key)
            request.onsuccess = () => {
              const stored = validate(watchRecordSchema, request.result)
              const want = expected[i]
              if (stored.success && want && sameStamp(stored.data, want)) {
                objectStore.put(record, key)
                return
              }
              result.skipped.push(record.id)
              if (stored.success) result.stored.push(stored.data)
            }
          }
        }).then(() => result)
      })
    },

    writeNow(records: readonly WatchRecord[], meta?: Meta): Promise<void> {
      const target = store
      if (!target) return Promise.reject(new StorageUnavailableError())
      for (const transaction of reading) {
        superseded.add(transaction)
        try {
          transaction.abort()
        } catch {
          // Already finished.
        }
      }
      reading.clear()
      return target('readwrite', (objectStore) => {
        const done = allOrNothing(objectStore, () => {
          for (const record of records) objectStore.put(record, recordKey(record.id))
          if (meta) objectStore.put(meta, META_KEY)
        })
        // Commit now: waiting for the requests' callbacks needs a page that is still alive.
        try {
          objectStore.transaction.commit()
        } catch {
          // Already aborted by allOrNothing.
        }
        return done
      })
    },

    replace(
      records: readonly WatchRecord[],
      removeIds: readonly string[],
      meta?: Meta,
    ): Promise<void> {
      const target = store
      if (!target) return Promise.reject(new StorageUnavailableError())
      return target('readwrite', (objectStore) =>
        allOrNothing(objectStore, () => {
          for (const record of records) objectStore.put(record, recordKey(record.id))
          for (const id of removeIds) objectStore.delete(recordKey(id))
          if (meta) objectStore.put(meta, META_KEY)
        }),
      )
    },

    onLost(listener: () => void): void {
      lostListeners.push(listener)
    },

    setAside(keys: readonly string[]): Promise<void> {
      const target = store
      if (!target) return Promise.reject(new StorageUnavailableError())
      // The time keeps a record set aside twice (read again, broken again) from replacing the first.
      const stamp = Date.now()
      return target('readwrite', (objectStore) =>
        allOrNothing(objectStore, () => {
          for (const key of keys) {
            const request = objectStore.get(key)
            request.onsuccess = () => {
              if (request.result === undefined) return
              objectStore.put(request.result, `${ASIDE_KEY_PREFIX}${stamp}:${key}`)
              objectStore.delete(key)
            }
          }
        }),
      )
    },
  }
}

/**
 * Queues a transaction's requests and resolves when it commits. If queueing throws part-way (a
 * value that cannot be stored), the transaction is aborted: the requests already queued would
 * otherwise commit on their own, leaving half a migration or half an import on disk.
 */
function allOrNothing(objectStore: IDBObjectStore, queue: () => void): Promise<void> {
  try {
    queue()
  } catch (error) {
    try {
      objectStore.transaction.abort()
    } catch {
      // Already aborted: nothing of it is committed either way.
    }
    return Promise.reject(error instanceof Error ? error : new Error(String(error)))
  }
  return promisifyRequest(objectStore.transaction).then(() => undefined)
}
