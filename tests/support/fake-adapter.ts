import type { Meta, WatchRecord } from '@/tracking/model'
import { ASIDE_KEY_PREFIX, META_KEY, recordKey, sameStamp } from '@/tracking/model'
import type { PersistenceAdapter, StoredData } from '@/tracking/persistence/adapter'
import { StorageUnavailableError } from '@/tracking/persistence/adapter'

export interface WriteCall {
  records: WatchRecord[]
  meta: Meta | undefined
  /** The storage keys this call wrote (`record:<id>`, and `meta` when given). */
  keys: string[]
}

export interface ReplaceCall {
  records: WatchRecord[]
  removeIds: string[]
  meta: Meta | undefined
}

export interface FakeAdapterOptions {
  /** What `load()` returns: raw stored values, as the real adapter would. */
  stored?: { meta?: unknown; records?: unknown[] }
  /** `load()` stays pending until `resolveLoad()` is called. */
  deferLoad?: boolean
  /** `load()` rejects with StorageUnavailableError (no IndexedDB at all). */
  unavailable?: boolean
  /** The next N writes reject with a DOMException named QuotaExceededError. */
  failWrites?: number
}

export interface FakeAdapter extends PersistenceAdapter {
  loadCalls: number
  /** Every write attempt, failed ones included, in order. */
  writes: WriteCall[]
  /** Only the writes that succeeded. */
  successfulWrites: WriteCall[]
  /** Every unconditional replace (migration, undo of an import). */
  replaces: ReplaceCall[]
  /** Every setAside() call: the record keys moved aside. */
  asides: string[][]
  /** What a successful write has put on the fake disk, by storage key. */
  disk: Map<string, unknown>
  resolveLoad: () => void
  failNextWrites: (count: number) => void
}

/**
 * A PersistenceAdapter that records what the sync engine asks of it (`writes` are the
 * conditional per-record writes, `replaces` the unconditional ones). It writes to an in-memory
 * "disk" so a test can see what would be stored, and can hold the load or fail writes on demand.
 */
export function createFakeAdapter(options: FakeAdapterOptions = {}): FakeAdapter {
  const disk = new Map<string, unknown>()
  if (options.stored?.meta !== undefined) disk.set(META_KEY, options.stored.meta)
  for (const record of options.stored?.records ?? []) {
    const id = (record as { id?: unknown }).id
    disk.set(recordKey(typeof id === 'string' ? id : String(disk.size)), record)
  }

  let failuresLeft = options.failWrites ?? 0
  let release: () => void = () => undefined
  const gate = options.deferLoad
    ? new Promise<void>((resolve) => {
        release = resolve
      })
    : Promise.resolve()

  const adapter: FakeAdapter = {
    loadCalls: 0,
    writes: [],
    successfulWrites: [],
    replaces: [],
    asides: [],
    disk,
    resolveLoad: () => release(),
    failNextWrites: (count) => {
      failuresLeft = count
    },

    async load(): Promise<StoredData> {
      adapter.loadCalls += 1
      await gate
      if (options.unavailable) throw new StorageUnavailableError(new Error('no IndexedDB'))
      const data: StoredData = { meta: undefined, records: [], keys: [], aside: [] }
      for (const [key, value] of disk) {
        if (key === META_KEY) data.meta = structuredClone(value)
        else if (key.startsWith(ASIDE_KEY_PREFIX)) data.aside.push(structuredClone(value))
        else {
          data.records.push(structuredClone(value))
          data.keys.push(key)
        }
      }
      return data
    },

    write(records: readonly WatchRecord[], meta?: Meta): Promise<WatchRecord[]> {
      const keys = records.map((r) => recordKey(r.id))
      if (meta) keys.push(META_KEY)
      const call: WriteCall = { records: structuredClone([...records]), meta, keys }
      adapter.writes.push(call)
      if (failuresLeft > 0) {
        failuresLeft -= 1
        return Promise.reject(
          new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
        )
      }
      for (const record of records) disk.set(recordKey(record.id), structuredClone(record))
      if (meta) disk.set(META_KEY, structuredClone(meta))
      adapter.successfulWrites.push(call)
      return Promise.resolve([])
    },

    writeIfUnchanged(records: readonly WatchRecord[], expected: readonly WatchRecord[]) {
      const keys = records.map((r) => recordKey(r.id))
      const call: WriteCall = { records: structuredClone([...records]), meta: undefined, keys }
      adapter.writes.push(call)
      if (failuresLeft > 0) {
        failuresLeft -= 1
        return Promise.reject(
          new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
        )
      }
      const result = { skipped: [] as string[], stored: [] as WatchRecord[] }
      for (const [i, record] of records.entries()) {
        const stored = disk.get(recordKey(record.id)) as WatchRecord | undefined
        const want = expected[i]
        if (stored && want && sameStamp(stored, want)) {
          disk.set(recordKey(record.id), structuredClone(record))
        } else {
          result.skipped.push(record.id)
          if (stored) result.stored.push(structuredClone(stored))
        }
      }
      adapter.successfulWrites.push(call)
      return Promise.resolve(result)
    },

    writeNow(records: readonly WatchRecord[], meta?: Meta): Promise<void> {
      // The close-of-page path: recorded like a write (same failure switch), never returns kept copies.
      return adapter.write(records, meta).then(() => undefined)
    },

    replace(records: readonly WatchRecord[], removeIds: readonly string[], meta?: Meta) {
      adapter.replaces.push({
        records: structuredClone([...records]),
        removeIds: [...removeIds],
        meta,
      })
      for (const record of records) disk.set(recordKey(record.id), structuredClone(record))
      for (const id of removeIds) disk.delete(recordKey(id))
      if (meta) disk.set(META_KEY, structuredClone(meta))
      return Promise.resolve()
    },

    setAside(keys: readonly string[]) {
      adapter.asides.push([...keys])
      for (const key of keys) {
        if (!disk.has(key)) continue
        disk.set(`${ASIDE_KEY_PREFIX}${key}`, disk.get(key))
        disk.delete(key)
      }
      return Promise.resolve()
    },
  }
  return adapter
}
