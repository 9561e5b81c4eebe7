import { int, isoDateTime, v } from '@/lib/schema'
import { MAX_WRITER_ID, watchRecordSchema } from '../model'
import { themes } from '../preferences'

/**
 * Captain's Log backup file, documented in docs/backup-format.md. Bump BACKUP_VERSION for any
 * change a previous version could not read, and keep reading every older version.
 */
export const BACKUP_FORMAT = 'captains-log-backup'
/**
 * 2: records of format 2 (skipped, rewatches). Bumped with it so an app that only knows
 * format 1 refuses these files instead of importing them without what it does not know.
 */
export const BACKUP_VERSION = 2
/**
 * Anything the app exports must restore. A note may hold 100,000 characters, up to 3 bytes each
 * in UTF-8, so a longest note on every entry of the catalogue (about 1,100 ids) comes to some
 * 330 MB; 512 MB leaves room for that and is still a file a browser can read into one string
 * (V8 stops near 536 million characters). 20 MB, the earlier limit, refused the app's own
 * export of 210 long notes.
 */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024
/** More than any log holds (the catalogue has about 1,100 ids), but a bound all the same. */
export const MAX_BACKUP_RECORDS = 1_000_000

/**
 * The person's preferences (theme, specials, spoiler shields). Each is optional: files from
 * before they were saved have `{}`, and keys a later version adds are kept out of the way.
 */
export const settingsSchema = v.looseObject({
  theme: v.optional(v.picklist(themes)),
  countSpecials: v.optional(v.boolean()),
  spoilerShield: v.optional(
    v.pipe(
      v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_WRITER_ID))),
      v.maxLength(1000),
    ),
  ),
})
export type BackupSettings = v.InferOutput<typeof settingsSchema>

export const backupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  formatVersion: v.pipe(int(), v.minValue(1), v.maxValue(BACKUP_VERSION)),
  exportedAt: isoDateTime(),
  schemaVersion: v.pipe(int(), v.minValue(1)),
  catalogueVersion: v.nullable(v.string()),
  settings: settingsSchema,
  records: v.pipe(v.array(watchRecordSchema), v.maxLength(MAX_BACKUP_RECORDS)),
})

export type Backup = v.InferOutput<typeof backupSchema>
