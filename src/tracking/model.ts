import { z } from '@/lib/zod'

/**
 * The user's watch log, one record per catalogue id. Stored as one IndexedDB entry per
 * record (key `record:<id>`) plus one `meta` entry, so an edit rewrites one small value.
 *
 * A record is never deleted: clearing every field leaves an empty record behind, which tells
 * other tabs and later imports that the change was deliberate (a tombstone).
 */
export const SCHEMA_VERSION = 1

export const RECORD_KEY_PREFIX = 'record:'
export const META_KEY = 'meta'

export const playPrecisions = ['exact', 'date', 'release', 'unknown'] as const
export type PlayPrecision = (typeof playPrecisions)[number]

const isoDate = z.iso.date()
const isoDateTime = z.iso.datetime({ offset: true })

export const playSchema = z.discriminatedUnion('precision', [
  z.object({ precision: z.literal('exact'), watchedAt: isoDateTime }),
  z.object({ precision: z.literal('date'), watchedAt: isoDate }),
  z.object({ precision: z.literal('release'), watchedAt: z.nullable(isoDate) }),
  z.object({ precision: z.literal('unknown'), watchedAt: z.null() }),
])
export type Play = z.infer<typeof playSchema>

export const watchRecordSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  plays: z.array(playSchema).check(z.maxLength(1000)),
  /** 1–10, shown as 0.5–5 stars; null when unrated. */
  rating10: z.nullable(z.int().check(z.gte(1), z.lte(10))),
  note: z.string().check(z.maxLength(100_000)),
  /** Milliseconds since the epoch of the last edit; decides which copy wins a conflict. */
  updatedAt: z.int().check(z.nonnegative()),
  /** The tab that made the last edit; breaks ties between equal `updatedAt`. */
  updatedBy: z.string(),
})
export type WatchRecord = z.infer<typeof watchRecordSchema>

export const metaSchema = z.object({
  schemaVersion: z.int().check(z.positive()),
  createdAt: z.int().check(z.nonnegative()),
  /** When the last backup was exported; drives the backup reminder. */
  lastExportAt: z.optional(z.nullable(z.int())),
  /** When the app asked the browser for persistent storage (asked once). */
  persistRequestedAt: z.optional(z.nullable(z.int())),
})
export type Meta = z.infer<typeof metaSchema>

export function recordKey(id: string): string {
  return RECORD_KEY_PREFIX + id
}

export function emptyRecord(id: string): WatchRecord {
  return { id, plays: [], rating10: null, note: '', updatedAt: 0, updatedBy: '' }
}

export function isWatched(record: WatchRecord | undefined): boolean {
  return (record?.plays.length ?? 0) > 0
}

export function lastPlay(record: WatchRecord | undefined): Play | undefined {
  return record?.plays.at(-1)
}

/** Whether `a` should replace `b`: the later edit wins, then the larger tab id, in every tab. */
export function isNewer(a: WatchRecord, b: WatchRecord | undefined): boolean {
  if (!b) return true
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt
  return a.updatedBy > b.updatedBy
}
