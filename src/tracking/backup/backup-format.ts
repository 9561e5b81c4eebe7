import { z } from '@/lib/zod'
import { watchRecordSchema } from '../model'

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
/** Ten thousand records with long notes stay far below this; anything larger is not ours. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.int().check(z.gte(1), z.lte(BACKUP_VERSION)),
  exportedAt: z.iso.datetime({ offset: true }),
  schemaVersion: z.int().check(z.positive()),
  catalogueVersion: z.nullable(z.string()),
  settings: z.record(z.string(), z.unknown()),
  records: z.array(watchRecordSchema).check(z.maxLength(100_000)),
})

export type Backup = z.infer<typeof backupSchema>
