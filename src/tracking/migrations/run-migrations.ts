import { formatPath } from '@/lib/format-path'
import { validate } from '@/lib/schema'
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

/** Whether a stored value has the fields format 2 added (it is not from an older format). */
function hasCurrentFields(record: unknown): boolean {
  return (
    typeof record === 'object' &&
    record !== null &&
    'skipped' in record &&
    'rewatchStarts' in record
  )
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
    const parsed = validate(watchRecordSchema, migrateRecords([record], version, steps)[0])
    if (parsed.success) return parsed.data
  }
  return undefined
}

/** Stored records read as today's format, and the positions of those that could not be. */
export interface ReadResult {
  records: WatchRecord[]
  /** Indexes into the stored array, with why each could not be read. */
  unreadable: { index: number; reason: string }[]
}

/**
 * Runs every step after `fromVersion`, then validates each record against the current schema.
 * One record that cannot be read does not stop the rest: it is named in `unreadable`, for the
 * caller to set aside untouched. Throws (MigrationError, NewerSchemaError) only when the
 * migration itself cannot run: then nothing is usable and the stored data stays as it is.
 */
export function readRecords(
  records: unknown[],
  fromVersion: number,
  steps: readonly MigrationStep[] = migrationSteps,
): ReadResult {
  let migrated: unknown[]
  try {
    migrated = migrateRecords(records, fromVersion, steps)
  } catch (error) {
    if (error instanceof NewerSchemaError) throw error
    throw new MigrationError(
      `Stored data could not be updated to this version (${error instanceof Error ? error.message : 'a step failed'}).`,
      { cause: error },
    )
  }
  const result: ReadResult = { records: [], unreadable: [] }
  for (const [index, record] of migrated.entries()) {
    const parsed = validate(watchRecordSchema, record)
    if (parsed.success) {
      result.records.push(parsed.data)
      continue
    }
    // Only a record without today's fields can be an older tab's: one that has them but breaks a
    // bound must be set aside as it is, not read as an older format (that drops its rewatches).
    const older = hasCurrentFields(records[index])
      ? undefined
      : fromOlderFormat(records[index], fromVersion, steps)
    if (older) {
      result.records.push(older)
      continue
    }
    const issue = parsed.issues[0]
    const where = formatPath(['records', index, ...(issue?.path ?? [])])
    result.unreadable.push({ index, reason: `${where}: ${issue?.message ?? 'invalid'}` })
  }
  return result
}

/**
 * Like readRecords, but all or nothing: throws if any record cannot be read. For callers that
 * must not go on without every record (tests of the migration steps).
 */
export function runMigrations(
  records: unknown[],
  fromVersion: number,
  steps: readonly MigrationStep[] = migrationSteps,
): WatchRecord[] {
  const result = readRecords(records, fromVersion, steps)
  const first = result.unreadable[0]
  if (first) throw new MigrationError(`Stored data could not be read (${first.reason}).`)
  return result.records
}
