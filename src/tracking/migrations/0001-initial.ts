import type { MigrationStep } from './run-migrations'

/**
 * Version 1 is the first shipped format: records `{ id, plays, rating10, note, updatedAt,
 * updatedBy }`. Data without a `meta` entry is either a fresh profile or the same shape, so the
 * step only stamps it. Never edit a shipped step: add a new numbered one.
 */
export const initial: MigrationStep = {
  to: 1,
  migrate: (records) => records,
}
