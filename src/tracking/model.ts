import { int, isoDate, isoDateTime, v } from '@/lib/schema'

/**
 * The user's watch log, one record per catalogue id. Stored as one IndexedDB entry per
 * record (key `record:<id>`) plus one `meta` entry, so an edit rewrites one small value.
 *
 * A record is never deleted: clearing every field leaves an empty record behind, which tells
 * other tabs and later imports that the change was deliberate (a tombstone).
 */
export const SCHEMA_VERSION = 2

export const RECORD_KEY_PREFIX = 'record:'
export const META_KEY = 'meta'
/**
 * Stored records that could not be read are moved under this prefix, unchanged, so the rest of
 * the log stays usable and an edit of the same id can never overwrite them.
 */
export const ASIDE_KEY_PREFIX = 'aside:'

export const playPrecisions = ['exact', 'date', 'release', 'unknown'] as const
export type PlayPrecision = (typeof playPrecisions)[number]

/**
 * The latest time (ms since the epoch) a stored time may hold: 1 January 2200. Far beyond any
 * real clock, yet far below the largest integer, so an edit after it (`updatedAt + 1`) is still
 * a valid time. A backup with `updatedAt: 9007199254740991` once locked the whole log.
 */
export const MAX_TIME = Date.UTC(2200, 0, 1)
/** What the app writes as a tab id is a UUID (36 characters); anything far longer is not ours. */
export const MAX_WRITER_ID = 64
export const MAX_PLAYS = 1000
export const MAX_REWATCHES = 1000
export const MAX_NOTE = 100_000

/** A moment the app recorded (ms), within the window any real clock can give. */
const time = v.pipe(int(), v.minValue(0), v.maxValue(MAX_TIME))
/** When a play was logged in the app (ms): decides which rewatch pass it belongs to. */
const loggedAt = time

export const playSchema = v.variant('precision', [
  v.object({ precision: v.literal('exact'), watchedAt: isoDateTime(), loggedAt }),
  v.object({ precision: v.literal('date'), watchedAt: isoDate(), loggedAt }),
  v.object({ precision: v.literal('release'), watchedAt: v.nullable(isoDate()), loggedAt }),
  v.object({ precision: v.literal('unknown'), watchedAt: v.null(), loggedAt }),
])
export type Play = v.InferOutput<typeof playSchema>
/** When a viewing happened, as a person says it (a play without its bookkeeping). */
export type PlayTime =
  | { precision: 'exact'; watchedAt: string }
  | { precision: 'date'; watchedAt: string }
  | { precision: 'release'; watchedAt: string | null }
  | { precision: 'unknown'; watchedAt: null }

export const watchRecordSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  plays: v.pipe(v.array(playSchema), v.maxLength(MAX_PLAYS)),
  /** Not watched, on purpose: does not block "next" or completion. */
  skipped: v.boolean(),
  /**
   * On a series or season record: when each rewatch began (ms), oldest first. Plays logged
   * since the last one make up the pass in progress. Empty on episodes.
   */
  rewatchStarts: v.pipe(v.array(time), v.maxLength(MAX_REWATCHES)),
  /** 1–10, shown as 0.5–5 stars; null when unrated. */
  rating10: v.nullable(v.pipe(int(), v.minValue(1), v.maxValue(10))),
  note: v.pipe(v.string(), v.maxLength(MAX_NOTE)),
  /** Milliseconds since the epoch of the last edit; decides which copy wins a conflict. */
  updatedAt: time,
  /** The tab that made the last edit; breaks ties between equal `updatedAt`. */
  updatedBy: v.pipe(v.string(), v.maxLength(MAX_WRITER_ID)),
})
export type WatchRecord = v.InferOutput<typeof watchRecordSchema>

export const metaSchema = v.object({
  schemaVersion: v.pipe(int(), v.minValue(1)),
  createdAt: v.pipe(int(), v.minValue(0)),
  /** When the last backup was exported; drives the backup reminder. */
  lastExportAt: v.optional(v.nullable(int())),
  /** When the app asked the browser for persistent storage (asked once). */
  persistRequestedAt: v.optional(v.nullable(int())),
})
export type Meta = v.InferOutput<typeof metaSchema>

export function recordKey(id: string): string {
  return RECORD_KEY_PREFIX + id
}

export function emptyRecord(id: string): WatchRecord {
  return {
    id,
    plays: [],
    skipped: false,
    rewatchStarts: [],
    rating10: null,
    note: '',
    updatedAt: 0,
    updatedBy: '',
  }
}

/** Watched at least once, in any pass. */
export function isWatched(record: WatchRecord | undefined): boolean {
  return (record?.plays.length ?? 0) > 0
}

/** Watched in the pass that began at `since` (0: the first watch, so any play counts). */
export function watchedSince(record: WatchRecord | undefined, since: number): boolean {
  return record?.plays.some((play) => play.loggedAt >= since) ?? false
}

export type EpisodeStatus = 'watched' | 'skipped' | 'unwatched'

/** Watched in the current pass wins over skipped; either one counts as done. */
export function episodeStatus(record: WatchRecord | undefined, since: number): EpisodeStatus {
  if (watchedSince(record, since)) return 'watched'
  return record?.skipped ? 'skipped' : 'unwatched'
}

/** Whether anything in the record is the person's: a record with nothing is a tombstone. */
export function hasContent(record: WatchRecord): boolean {
  return (
    record.plays.length > 0 ||
    record.skipped ||
    record.rewatchStarts.length > 0 ||
    record.rating10 !== null ||
    record.note !== ''
  )
}

/** Whether `a` should replace `b`: the later edit wins, then the larger tab id, in every tab. */
export function isNewer(a: WatchRecord, b: WatchRecord | undefined): boolean {
  if (!b) return true
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt
  return a.updatedBy > b.updatedBy
}

/** The same edit of a record: same time, same writer (what Undo checks before it reverts). */
export function sameStamp(a: WatchRecord, b: WatchRecord): boolean {
  return a.updatedAt === b.updatedAt && a.updatedBy === b.updatedBy
}
