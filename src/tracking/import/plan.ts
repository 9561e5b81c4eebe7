import { dayOf } from '@/lib/dates'
import {
  emptyRecord,
  MAX_NOTE,
  MAX_PLAYS,
  MAX_TIME,
  type Play,
  type PlayTime,
  type WatchRecord,
} from '../model'
import type { Service } from './types'

/**
 * What importing would do to the log, worked out before anything changes (issue 10): per entry,
 * the viewings to add, the ratings and notes to add, what is already there, and the conflicts.
 *
 * The same viewing is never logged twice. An incoming viewing is one already logged when a play
 * here is in the same minute, or (from another service, or logged by hand) on the same day, so
 * importing a file again adds nothing and TV Time then Trakt does not double a history. Which
 * date is kept: the more precise. A dated viewing also fills in a play logged here without a
 * date ("I don't remember", "At release"); a viewing of unknown date is one already logged if
 * any play is left over. Within one file, each viewing is its own (two plays a minute apart are
 * two viewings).
 */

/** A row after matching, as the plan needs it (what the worker sends back). */
export interface MatchedRow {
  service: Service
  /** Where it came from: `watched-history-1.json, item 14`. */
  source: string
  /** The catalogue entries it is about (both halves of a merged two-parter). */
  ids: string[]
  label: string
  viewings: PlayTime[]
  rating10?: number
  ratedAt?: string
  note?: string
  watchedIfRated?: boolean
}

export interface Unmatched {
  service: Service
  source: string
  label: string
  reason: string
}

export type Keep = 'here' | 'file'

export interface Conflict {
  /**
   * `<id>:rating` or `<id>:note`: what a choice is keyed by. Both halves of a feature-length
   * episode with the same difference are one conflict, so one choice decides both.
   */
  keys: string[]
  label: string
  field: 'rating' | 'note'
  here: string
  file: string
}

export interface EntryChange {
  id: string
  label: string
  /** The record's plays after the import (new ones added, imprecise ones made precise). */
  plays: Play[]
  added: number
  /** Plays here given the file's more precise date. */
  dated: number
  rating10?: number
  note?: string
}

export interface ImportPlan {
  entries: EntryChange[]
  viewings: { add: number; already: number; dated: number }
  /** Viewings over the limit of plays per entry, and notes cut to the longest a note can be. */
  overLimit: number
  ratings: { add: number; already: number }
  notes: { add: number; already: number }
  conflicts: Conflict[]
  unmatched: Unmatched[]
}

export interface PlanOptions {
  /** IMDb: a rated episode or film not watched yet gets one viewing of unknown date. */
  ratedMeansWatched: boolean
  now: Date
}

const rank: Record<PlayTime['precision'], number> = { exact: 3, date: 2, release: 1, unknown: 0 }

/** An imported viewing is logged when it happened, so it joins the pass of its own time. */
function loggedAtFor(time: PlayTime, now: number): number {
  const at =
    time.watchedAt === null
      ? 0
      : Date.parse(time.precision === 'exact' ? time.watchedAt : `${time.watchedAt}T00:00:00Z`)
  return Math.min(now, MAX_TIME, Math.max(0, Number.isNaN(at) ? 0 : at))
}

/** What two viewings are compared by, worked out once per viewing (20,000 in a big import). */
interface When {
  day: string | null
  minute: number | null
}
const whenOf = (time: PlayTime): When => ({
  day: time.watchedAt === null ? null : dayOf(time.watchedAt),
  minute: time.precision === 'exact' ? Math.floor(Date.parse(time.watchedAt) / 60_000) : null,
})

interface Slot {
  play: Play
  when: When
  /** Whose it is: the log, or the service that brought it in this import. */
  from: Service | 'log'
}

/** A dated viewing in the future is not one: dropped as unreadable rather than logged. */
function inFuture(time: PlayTime, now: { ms: number; day: string }): boolean {
  if (time.watchedAt === null) return false
  return time.precision === 'exact'
    ? Date.parse(time.watchedAt) > now.ms + 60_000
    : time.watchedAt > now.day
}

/**
 * Merges one entry's incoming viewings into its plays, one service at a time. Each of a
 * service's viewings finds at most one play, and each play is found at most once per service,
 * in three rounds so that a closer match is never taken by a looser one: the same minute, then
 * the same day, then a play with no real date. A play another service brings in this import
 * counts like one of the log's, so TV Time and Trakt chosen together do not double.
 */
function mergeViewings(
  plays: readonly Play[],
  incoming: readonly { time: PlayTime; service: Service }[],
  now: number,
): { plays: Play[]; added: number; dated: number; already: number; dropped: number } {
  const slots: Slot[] = plays.map((play) => ({ play, when: whenOf(play), from: 'log' }))
  const counts = { added: 0, dated: 0, already: 0, dropped: 0 }
  const services = [...new Set(incoming.map((v) => v.service))]
  for (const service of services) {
    const claimed = new Set<Slot>()
    const free = () => slots.filter((s) => !claimed.has(s) && s.from !== service)
    const take = (slot: Slot, time: PlayTime, when: When) => {
      claimed.add(slot)
      const morePrecise = rank[time.precision] > rank[slot.play.precision]
      if (morePrecise) slot.when = when
      if (slot.from !== 'log') {
        // Another service's copy of a viewing this import adds: still one new viewing.
        if (morePrecise) slot.play = { ...time, loggedAt: loggedAtFor(time, now) }
        return
      }
      if (morePrecise) {
        slot.play = { ...time, loggedAt: slot.play.loggedAt }
        counts.dated += 1
      } else counts.already += 1
    }
    let pending = incoming
      .filter((v) => v.service === service)
      .map((v) => ({ time: v.time, when: whenOf(v.time) }))
    const round = (fits: (slot: Slot, when: When) => boolean) => {
      pending = pending.filter(({ time, when }) => {
        if (when.day === null) return true
        const slot = free().find((s) => fits(s, when))
        if (slot) take(slot, time, when)
        return !slot
      })
    }
    round((s, when) => s.when.minute !== null && s.when.minute === when.minute)
    round(
      (s, when) => s.play.precision !== 'release' && s.when.day !== null && s.when.day === when.day,
    )
    round((s) => rank[s.play.precision] <= rank.release)
    for (const { time, when } of pending) {
      // Undated: any play left over is that viewing.
      const slot = when.day === null ? free()[0] : undefined
      if (slot) take(slot, time, when)
      else if (slots.length >= MAX_PLAYS) counts.dropped += 1
      else {
        slots.push({ play: { ...time, loggedAt: loggedAtFor(time, now) }, when, from: service })
        counts.added += 1
      }
    }
  }
  // In log order, so "this pass's latest play" stays the last one.
  const merged = slots.map((s) => s.play).sort((a, b) => a.loggedAt - b.loggedAt)
  return { plays: merged, ...counts }
}

/** The latest of several ratings of one entry (by when rated, else the last row). */
function latestRating(rows: readonly MatchedRow[]): number | undefined {
  let best: MatchedRow | undefined
  for (const row of rows) {
    if (row.rating10 === undefined) continue
    if (!best || (row.ratedAt ?? '') >= (best.ratedAt ?? '')) best = row
  }
  return best?.rating10
}

/** An episode or film (`tng-s01e03`, `films-02`), not a series (`tng`) or a season (`tng-s01`). */
const isEntryId = (id: string) => id.includes('-') && !/-s\d+$/.test(id)

/** The log's record, or an empty one (own entries only: `constructor` is not a record). */
const recordIn = (current: Readonly<Record<string, WatchRecord>>, id: string): WatchRecord =>
  Object.hasOwn(current, id) ? current[id]! : emptyRecord(id)

/** The same difference on the other half of a feature-length episode joins its conflict. */
function addConflict(conflicts: Conflict[], conflict: Conflict): void {
  const same = conflicts.find(
    (c) =>
      c.label === conflict.label &&
      c.field === conflict.field &&
      c.here === conflict.here &&
      c.file === conflict.file,
  )
  if (same) same.keys.push(...conflict.keys)
  else conflicts.push(conflict)
}

const starsText = (rating10: number) => `${rating10 / 2} ★`

export function planImport(
  current: Readonly<Record<string, WatchRecord>>,
  rows: readonly MatchedRow[],
  unmatched: readonly Unmatched[],
  options: PlanOptions,
): ImportPlan {
  const plan: ImportPlan = {
    entries: [],
    viewings: { add: 0, already: 0, dated: 0 },
    overLimit: 0,
    ratings: { add: 0, already: 0 },
    notes: { add: 0, already: 0 },
    conflicts: [],
    unmatched: [...unmatched],
  }
  const today = { ms: options.now.getTime(), day: dayOf(options.now.toISOString()) }
  const byId = new Map<string, MatchedRow[]>()
  for (const row of rows) {
    for (const id of row.ids) {
      const list = byId.get(id)
      if (list) list.push(row)
      else byId.set(id, [row])
    }
    for (const time of row.viewings) {
      if (inFuture(time, today)) {
        plan.unmatched.push({
          service: row.service,
          source: row.source,
          label: row.label,
          reason: `A viewing dated ${time.watchedAt}, in the future: not imported`,
        })
      }
    }
  }
  const now = options.now.getTime()
  for (const [id, list] of byId) {
    const record = recordIn(current, id)
    const label = list[0]!.label
    const incoming = list.flatMap((row) =>
      row.viewings
        .filter((time) => !inFuture(time, today))
        .map((time) => ({ time, service: row.service })),
    )
    if (
      options.ratedMeansWatched &&
      incoming.length === 0 &&
      record.plays.length === 0 &&
      list.some((row) => row.watchedIfRated) &&
      isEntryId(id)
    ) {
      incoming.push({ time: { precision: 'unknown', watchedAt: null }, service: list[0]!.service })
    }
    const merged = mergeViewings(record.plays, incoming, now)
    plan.viewings.add += merged.added
    plan.viewings.already += merged.already
    plan.viewings.dated += merged.dated
    plan.overLimit += merged.dropped
    const change: EntryChange = {
      id,
      label,
      plays: merged.plays,
      added: merged.added,
      dated: merged.dated,
    }

    const rating = latestRating(list)
    if (rating !== undefined) {
      if (record.rating10 === null) {
        change.rating10 = rating
        plan.ratings.add += 1
      } else if (record.rating10 === rating) plan.ratings.already += 1
      else {
        addConflict(plan.conflicts, {
          keys: [`${id}:rating`],
          label,
          field: 'rating',
          here: starsText(record.rating10),
          file: starsText(rating),
        })
        change.rating10 = rating
      }
    }

    const notes = [...new Set(list.map((row) => row.note?.trim()).filter((n): n is string => !!n))]
    if (notes.length > 0) {
      const whole = notes.join('\n\n')
      const note = whole.slice(0, MAX_NOTE)
      if (note.length < whole.length) plan.overLimit += 1
      const here = record.note.trim()
      if (here === '') {
        change.note = note
        plan.notes.add += 1
      } else if (here === note || here.includes(note)) plan.notes.already += 1
      else {
        addConflict(plan.conflicts, {
          keys: [`${id}:note`],
          label,
          field: 'note',
          here: record.note,
          file: note,
        })
        change.note = note
      }
    }
    plan.entries.push(change)
  }
  return plan
}

/**
 * The records the import writes, with the person's choice per conflict (here's is kept unless
 * they chose the file's). Entries the import leaves as they are are not written.
 */
export function recordsToWrite(
  current: Readonly<Record<string, WatchRecord>>,
  plan: ImportPlan,
  choices: ReadonlyMap<string, Keep>,
  stamp: { at: number; by: string },
): WatchRecord[] {
  const records: WatchRecord[] = []
  const conflicted = new Set(plan.conflicts.flatMap((c) => c.keys))
  const keepFile = (key: string) => !conflicted.has(key) || choices.get(key) === 'file'
  for (const change of plan.entries) {
    const before = recordIn(current, change.id)
    const next: WatchRecord = { ...before }
    let changed = false
    if (change.added > 0 || change.dated > 0) {
      next.plays = change.plays
      next.skipped = false
      changed = true
    }
    if (change.rating10 !== undefined && keepFile(`${change.id}:rating`)) {
      next.rating10 = change.rating10
      changed = true
    }
    if (change.note !== undefined && keepFile(`${change.id}:note`)) {
      next.note = change.note
      changed = true
    }
    if (!changed) continue
    next.updatedAt = Math.min(MAX_TIME, Math.max(stamp.at, before.updatedAt + 1))
    next.updatedBy = stamp.by
    records.push(next)
  }
  return records
}
