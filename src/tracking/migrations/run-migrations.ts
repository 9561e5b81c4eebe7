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
 * Runs every step after `fromVersion`, then validates the result against the current schema.
 * Throws instead of returning anything half-migrated: the caller keeps the stored data as it is.
 */
export function runMigrations(
  records: unknown[],
  fromVersion: number,
  steps: readonly MigrationStep[] = migrationSteps,
): WatchRecord[] {
  const result = recordsSchema.safeParse(migrateRecords(records, fromVersion, steps))
  if (!result.success) {
    const issue = result.error.issues[0]
    const where = formatPath(['records', ...(issue?.path ?? [])])
    throw new MigrationError(
      `Stored data could not be read (${where}: ${issue?.message ?? 'invalid'}).`,
    )
  }
  return result.data
}
