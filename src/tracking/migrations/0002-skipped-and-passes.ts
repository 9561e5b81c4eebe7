import type { MigrationStep } from './run-migrations'

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Version 2 adds the Skipped state (`skipped`), rewatch passes (`rewatchStarts` on series and
 * season records) and, on every play, when it was logged (`loggedAt`), which places it in a
 * pass. A version 1 play was logged no later than its record's last edit, and no rewatch
 * existed yet, so every old play belongs to the first pass. Nothing else changes.
 *
 * Values that are not records are passed through untouched for validation to name.
 * Never edit a shipped step: add a new numbered one.
 */
export const skippedAndPasses: MigrationStep = {
  to: 2,
  migrate: (records) =>
    records.map((record) => {
      if (!isObject(record)) return record
      const loggedAt = typeof record.updatedAt === 'number' ? record.updatedAt : 0
      const plays = Array.isArray(record.plays)
        ? record.plays.map((play: unknown) => (isObject(play) ? { ...play, loggedAt } : play))
        : record.plays
      return { ...record, plays, skipped: false, rewatchStarts: [] }
    }),
}
