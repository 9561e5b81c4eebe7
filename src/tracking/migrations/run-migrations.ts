import { z } from '@/lib/zod'
import { formatPath } from '@/lib/format-path'
import { SCHEMA_VERSION, watchRecordSchema, type WatchRecord } from '../model'
import { initial } from './0001-initial'
import { skippedAndPasses } from './0002-skipped-and-passes'

/** A pure step from version `to - 1` to `to`. Records are plain stored values. */
export interface MigrationStep {
  to: number
  migrate: (records: unknown[]) => unknown[]
}

export const migrationSteps: readonly MigrationStep[] = [initial, skippedAndPasses]

export class MigrationError extends Error {
  override name = 'MigrationError'
}

export class NewerSchemaError extends Error {
  override name = 'NewerSchemaError'
}

const recordsSchema = z.array(watchRecordSchema)

/**
 * Runs every step after `fromVersion` without validating: for callers that validate the result
 * themselves (a backup names its bad fields its own way).
 */
export function migrateRecords(
  records: unknown[],
  fromVersion: number,
  steps: readonly MigrationStep[] = migrationSteps,
): unknown[] {
  if (fromVersion > SCHEMA_VERSION) {
    throw new NewerSchemaError(
      `This data was saved by a newer version of Captain's Log (format ${fromVersion}).`,
    )
  }
  let current = records
  for (const step of steps) {
    if (step.to > fromVersion && step.to <= SCHEMA_VERSION) current = step.migrate(current)
  }
  return current
}

/**
 * A record an older tab wrote after this profile was migrated (it had not yet heard that a newer
 * version is open): read as its own, older format. Undefined if no older format fits either.
 */
function fromOlderFormat(
  record: unknown,
  fromVersion: number,
  steps: readonly MigrationStep[],
): WatchRecord | undefined {
  for (let version = fromVersion - 1; version >= 1; version -= 1) {
    const parsed = watchRecordSchema.safeParse(migrateRecords([record], version, steps)[0])
    if (parsed.success) return parsed.data
  }
  return undefined
}

/**
 * Runs every step after `fromVersion`, then validates the result against the current schema.
 * Throws instead of returning anything half-migrated: the caller keeps the stored data as it is.
 */
export function runMigrations(
  records: unknown[],
  fromVersion: number,
  steps: readonly MigrationStep[] = migrationSteps,
): WatchRecord[] {
  const migrated = migrateRecords(records, fromVersion, steps)
  const repaired = migrated.map((record, i) =>
    watchRecordSchema.safeParse(record).success
      ? record
      : (fromOlderFormat(records[i], fromVersion, steps) ?? record),
  )
  const result = recordsSchema.safeParse(repaired)
  if (!result.success) {
    const issue = result.error.issues[0]
    const where = formatPath(['records', ...(issue?.path ?? [])])
    throw new MigrationError(
      `Stored data could not be read (${where}: ${issue?.message ?? 'invalid'}).`,
    )
  }
  return result.data
}
