import type { Play } from './model'
import type { RecordEdit } from './sync-engine'

/**
 * The edits a person can make, as pure functions of a record. Kept apart from the store so
 * each reads as one sentence and is tested without React or IndexedDB.
 */

/** Marks watched now (one play, exact time) unless it already is. */
export const markWatched =
  (at: Date): RecordEdit =>
  (record) =>
    record.plays.length > 0
      ? record
      : { ...record, plays: [{ precision: 'exact', watchedAt: at.toISOString() }] }

/** Not watched: clears the plays, keeps rating and note. */
export const markUnwatched: RecordEdit = (record) => ({ ...record, plays: [] })

/** Sets the day of the latest play (a person picked a date), adding a play if there is none. */
export const setWatchedDate =
  (day: string): RecordEdit =>
  (record) => ({
    ...record,
    plays: [...record.plays.slice(0, -1), { precision: 'date', watchedAt: day }],
  })

export const setRating =
  (rating10: number | null): RecordEdit =>
  (record) => ({ ...record, rating10 })

export const setNote =
  (note: string): RecordEdit =>
  (record) => ({ ...record, note })

/** Another viewing (a rewatch), now; every earlier play is kept. */
export const watchAgain =
  (at: Date): RecordEdit =>
  (record) => ({
    ...record,
    plays: [...record.plays, { precision: 'exact', watchedAt: at.toISOString() }],
  })

/** Replaces one play (a corrected date or precision), by its position in the record. */
export const setPlay =
  (index: number, play: Play): RecordEdit =>
  (record) => ({ ...record, plays: record.plays.map((p, i) => (i === index ? play : p)) })

export const removePlay =
  (index: number): RecordEdit =>
  (record) => ({ ...record, plays: record.plays.filter((_, i) => i !== index) })
