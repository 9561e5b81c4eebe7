import type { MigrationStep } from './run-migrations'

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Version 2 adds the Skipped state (`skipped`), rewatch passes (`rewatchStarts` on series and
 * season records) and, on every play, when it was logged (`loggedAt`), which places it in a
 * pass. Version 1 knew no passes, so every old play belongs to the first one: `loggedAt` 0,
 * "before any rewatch", also when a version 1 backup is imported into a profile that has
 * rewatches already (its record's `updatedAt` could fall after a rewatch began). Nothing else
 * changes.
 *
 * Values that are not records are passed through untouched for validation to name.
 * Never edit a shipped step: add a new numbered one.
 */
export const skippedAndPasses: MigrationStep = {
  to: 2,
  migrate: (records) =>
    records.map((record) => {
      if (!isObject(record)) return record
      const loggedAt = 0
      const plays = Array.isArray(record.plays)
        ? record.plays.map((play: unknown) => (isObject(play) ? { ...play, loggedAt } : play))
        : record.plays
      return { ...record, plays, skipped: false, rewatchStarts: [] }
    }),
}
