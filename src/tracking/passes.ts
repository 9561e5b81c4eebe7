import type { CatalogueIndex, EpisodeEntry } from '@/catalogue/select'
import { seasonId } from '@/catalogue/ids'
import type { Episode, Season, Series } from '@/catalogue/schema'
import { localDay } from '@/lib/dates'
import { episodeStatus, type EpisodeStatus, type WatchRecord } from './model'
import { playDay } from './stats'

/**
 * Rewatch passes. "Start a rewatch" of a series or season stamps its record with the time; the
 * plays logged since then make up the pass in progress, so progress restarts while every
 * earlier play stays where it was. An episode's pass is the later of its series' and season's.
 */

export type Records = Readonly<Record<string, WatchRecord>>

/** When the scope's pass in progress began; 0 for a first watch. */
export function lastStart(record: WatchRecord | undefined): number {
  return record?.rewatchStarts.at(-1) ?? 0
}

/** When the pass in progress began for the episodes of this season. */
export function seasonPassStart(records: Records, series: Series, season: Season): number {
  return Math.max(
    lastStart(records[series.id]),
    lastStart(records[seasonId(series.id, season.number)]),
  )
}

/** Watched in the pass in progress, skipped, or neither. */
export function statusOf(
  records: Records,
  entry: Pick<EpisodeEntry, 'episode' | 'series' | 'season'>,
): EpisodeStatus {
  return episodeStatus(
    records[entry.episode.id],
    seasonPassStart(records, entry.series, entry.season),
  )
}

export interface Pass {
  /** 1 is the first watch, 2 the first rewatch, and so on. */
  number: number
  /** When the rewatch was started (ms); null for the first watch. */
  startedAt: number | null
  /** Episodes of the scope watched in this pass. */
  watched: number
  /** The first and last days a viewing of this pass is dated (null when none is known). */
  firstDay: string | null
  lastDay: string | null
  current: boolean
}

/**
 * Every pass of a series or season, first watch first, from the plays of its episodes.
 * `enclosing` are the rewatch starts of the series around a season: they begin its passes too.
 */
export function passesOf(
  scope: WatchRecord | undefined,
  entries: readonly Pick<EpisodeEntry, 'episode' | 'series' | 'season'>[],
  records: Records,
  enclosing: readonly number[] = [],
): Pass[] {
  const own = [...(scope?.rewatchStarts ?? []), ...enclosing].filter((t) => t > 0)
  const starts = [0, ...new Set(own.toSorted((a, b) => a - b))]
  return starts.map((start, i) => {
    const end = starts[i + 1] ?? Infinity
    let watched = 0
    const days: string[] = []
    for (const entry of entries) {
      const plays = (records[entry.episode.id]?.plays ?? []).filter(
        (p) => p.loggedAt >= start && p.loggedAt < end,
      )
      if (plays.length > 0) watched += 1
      for (const play of plays) {
        const day = playDay(play, entry)
        if (day) days.push(day)
      }
    }
    days.sort()
    const firstDay = i === 0 ? (days[0] ?? null) : localDay(new Date(start))
    // A viewing dated before the rewatch began (logged late) does not end it before it began.
    const lastDay = days.at(-1) ?? null
    return {
      number: i + 1,
      startedAt: i === 0 ? null : start,
      watched,
      firstDay,
      lastDay: lastDay !== null && firstDay !== null && lastDay < firstDay ? firstDay : lastDay,
      current: i === starts.length - 1,
    }
  })
}

/** The entries of a season in the shape passesOf reads. */
export function seasonEntries(
  series: Series,
  season: Season,
): Pick<EpisodeEntry, 'episode' | 'series' | 'season'>[] {
  return season.episodes.map((episode: Episode) => ({ episode, series, season }))
}

/** When the pass in progress began for one episode by id (0 when the catalogue lacks it). */
export function passStartOf(index: CatalogueIndex, records: Records, id: string): number {
  const entry = index.episodes.get(id)
  return entry ? seasonPassStart(records, entry.series, entry.season) : 0
}

/**
 * "Mark everything up to here": the episode and everything before it in viewing order, leaving
 * out pilots outside the numbered seasons and episodes the person skipped.
 */
export function episodesUpTo(index: CatalogueIndex, records: Records, id: string): string[] {
  const entry = index.episodes.get(id)
  if (!entry) return []
  const order = index.orderBySeries.get(entry.series.id) ?? []
  return order
    .slice(0, entry.index + 1)
    .filter((other) => (index.episodes.get(other)?.season.number ?? 0) > 0 || other === id)
    .filter((other) => other === id || !records[other]?.skipped)
}

/**
 * Whether a pass has watched everything it can: every episode of the numbered seasons not
 * skipped (pilots and specials count when watched in it). A finished first watch must not
 * read "in progress".
 */
export function passComplete(
  pass: Pass,
  entries: readonly Pick<EpisodeEntry, 'episode' | 'series' | 'season'>[],
  records: Records,
): boolean {
  const since = pass.startedAt ?? 0
  if (pass.watched === 0) return false
  return entries.every((entry) => {
    const record = records[entry.episode.id]
    const inPass = record?.plays.some((p) => p.loggedAt >= since) ?? false
    return inPass || entry.season.number === 0 || record?.skipped === true
  })
}

/**
 * The seasons of a series rewatched on their own in its pass in progress (a season started
 * again after the series' last rewatch), with that season's pass number (2 = Rewatch 1).
 */
export function seasonRewatchesIn(
  series: Series,
  records: Records,
): { season: Season; pass: number }[] {
  const seriesStart = lastStart(records[series.id])
  const seriesStarts = records[series.id]?.rewatchStarts ?? []
  return series.seasons.flatMap((season) => {
    const own = records[seasonId(series.id, season.number)]
    if (lastStart(own) <= seriesStart) return []
    const starts = new Set([...(own?.rewatchStarts ?? []), ...seriesStarts].filter((t) => t > 0))
    return [{ season, pass: starts.size + 1 }]
  })
}
