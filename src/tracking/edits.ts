import { watchedSince, type Play, type PlayTime, type WatchRecord } from './model'
import type { RecordEdit } from './sync-engine'

/**
 * The edits a person can make, as pure functions of a record. Kept apart from the store so
 * each reads as one sentence and is tested without React or IndexedDB.
 *
 * `since` is when the pass in progress began (0 for a first watch, see passes.ts): marking and
 * unmarking act on that pass and never touch the plays of earlier ones.
 */

/**
 * A play logged now, in the pass that began at `since`: never logged before that pass began, or
 * a pass whose start came from a clock that ran ahead would hide every new viewing.
 */
const play = (time: PlayTime, at: Date, since = 0): Play => ({
  ...time,
  loggedAt: Math.max(at.getTime(), since),
})
const now = (at: Date): PlayTime => ({ precision: 'exact', watchedAt: at.toISOString() })

/**
 * Marks watched unless it already is in this pass: one play, logged at `at`, that happened at
 * `time` (now unless the person said otherwise: a day, at release, or not remembered).
 */
export const markWatched =
  (at: Date, since = 0, time: PlayTime = now(at)): RecordEdit =>
  (record) =>
    watchedSince(record, since)
      ? record
      : { ...record, skipped: false, plays: [...record.plays, play(time, at, since)] }

/** Not watched in this pass: removes its plays, keeps earlier passes, rating and note. */
export const markUnwatched =
  (since = 0): RecordEdit =>
  (record) => ({ ...record, plays: record.plays.filter((p) => p.loggedAt < since) })

/** Skipped: not watched, but out of the way of "next" and completion. */
export const setSkipped =
  (skipped: boolean): RecordEdit =>
  (record) => ({ ...record, skipped })

/**
 * Sets the day of this pass's latest play (a person picked a date), adding a play if the pass
 * has none. A corrected play keeps its place in the log.
 */
export const setWatchedDate =
  (day: string, at: Date, since = 0): RecordEdit =>
  (record) => {
    const last = record.plays.at(-1)
    const time: PlayTime = { precision: 'date', watchedAt: day }
    if (last && last.loggedAt >= since) {
      return {
        ...record,
        plays: [...record.plays.slice(0, -1), { ...time, loggedAt: last.loggedAt }],
      }
    }
    return { ...record, skipped: false, plays: [...record.plays, play(time, at, since)] }
  }

export const setRating =
  (rating10: number | null): RecordEdit =>
  (record) => ({ ...record, rating10 })

export const setNote =
  (note: string): RecordEdit =>
  (record) => ({ ...record, note })

/** Another viewing (a rewatch), at the time given; every earlier play is kept. */
export const watchAgain =
  (at: Date, time: PlayTime = now(at)): RecordEdit =>
  (record) => ({ ...record, skipped: false, plays: [...record.plays, play(time, at)] })

/** Replaces when one play happened (a corrected date or precision), by its position. */
export const setPlay =
  (index: number, time: PlayTime): RecordEdit =>
  (record) => ({
    ...record,
    plays: record.plays.map((p, i) => (i === index ? { ...time, loggedAt: p.loggedAt } : p)),
  })

/** Several plays of one record re-dated at once (History's "Re-date"), each keeping its place. */
export const setPlays =
  (indexes: readonly number[], time: PlayTime): RecordEdit =>
  (record) => ({
    ...record,
    plays: record.plays.map((p, i) =>
      indexes.includes(i) ? { ...time, loggedAt: p.loggedAt } : p,
    ),
  })

export const removePlay =
  (index: number): RecordEdit =>
  (record) => ({ ...record, plays: record.plays.filter((_, i) => i !== index) })

/** On a series or season record: a new pass begins now; earlier plays stay in earlier passes. */
export const startRewatch =
  (at: Date): RecordEdit =>
  (record: WatchRecord) => ({ ...record, rewatchStarts: [...record.rewatchStarts, at.getTime()] })

/** Takes back one rewatch by when it began (Undo), leaving every other change to the record. */
export const removeRewatchStart =
  (startedAt: number): RecordEdit =>
  (record) => ({
    ...record,
    rewatchStarts: record.rewatchStarts.filter((t) => t !== startedAt),
  })

/** Takes back the newest rewatch (one nothing was logged in yet, so no play changes pass). */
export const cancelRewatch: RecordEdit = (record) =>
  removeRewatchStart(record.rewatchStarts.at(-1) ?? -1)(record)
