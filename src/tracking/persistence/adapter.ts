import type { Meta, WatchRecord } from '../model'

/** Everything stored, as raw values: the caller validates and migrates. */
export interface StoredData {
  meta: unknown
  records: unknown[]
  /** The storage key of each record, in the same order (what setAside() takes). */
  keys: string[]
  /** Records set aside earlier because they could not be read, raw. */
  aside: unknown[]
}

/**
 * The sync engine's only view of the disk. Injected, so tests can count and fail writes.
 */
export interface PersistenceAdapter {
  /** Rejects with StorageUnavailableError when there is no usable storage at all. */
  load(): Promise<StoredData>
  /**
   * Writes the records (and meta, when given) in one transaction. A stored copy that is newer
   * than the one given is left in place and returned, so the caller can adopt it.
   */
  write(records: readonly WatchRecord[], meta?: Meta): Promise<WatchRecord[]>
  /**
   * Writes each record only where the stored copy is still exactly `expected` (same `updatedAt`
   * and `updatedBy`), in one transaction: Undo of an import or bulk mark, which must never take
   * back an edit made since, in this tab or another. Returns the ids it did not write, and the
   * stored copies found in their place (to adopt).
   */
  writeIfUnchanged(
    records: readonly WatchRecord[],
    expected: readonly WatchRecord[],
  ): Promise<{ skipped: string[]; stored: WatchRecord[] }>
  /**
   * The page is being hidden or closed: puts the records without reading first and commits at
   * once, within the calling task, so the write survives the page being torn down. (It trades
   * the newer-copy check for that; a same-record edit in another tab in the same instant is
   * the only thing it can overwrite.)
   */
  writeNow(records: readonly WatchRecord[], meta?: Meta): Promise<void>
  /**
   * Puts these exact records (and meta, when given) and removes `removeIds`, unconditionally,
   * in one transaction: undo of an import, and the result of a migration.
   */
  replace(records: readonly WatchRecord[], removeIds: readonly string[], meta?: Meta): Promise<void>
  /**
   * Moves the stored values at these record keys, byte for byte, under ASIDE_KEY_PREFIX, in one
   * transaction: records that could not be read are kept, out of the way of the log.
   */
  setAside(keys: readonly string[]): Promise<void>
  /**
   * Calls `listener` once if the database is taken away after load: another tab deletes or
   * upgrades it (`versionchange`: the connection is closed so that can proceed), or the browser
   * closes it (site data cleared). Nothing written after that would be stored.
   */
  onLost?(listener: () => void): void
}

/** A checked write abandoned in favour of writeNow(), which carries the same records. */
export class SupersededWriteError extends Error {
  override name = 'SupersededWriteError'
  constructor() {
    super('Replaced by an immediate write')
  }
}

export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError'
  constructor(cause?: unknown) {
    super('Storage is not available in this browser', { cause })
  }
}
