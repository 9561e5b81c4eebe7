import { seasonId } from '@/catalogue/ids'
import type { CatalogueIndex, EpisodeEntry } from '@/catalogue/select'
import type { Season, Series } from '@/catalogue/schema'
import { episodeStatus, hasContent, isWatched, watchedSince } from './model'
import { lastStart, seasonPassStart, statusOf, type Records } from './passes'

export interface Progress {
  /** Watched in the pass in progress. */
  watched: number
  /** Skipped: not watched, but not in the way of completion either. */
  skipped: number
  total: number
}

/**
 * Pilots outside the numbered seasons (TOS "The Cage", season 0) are tracked but, unless the
 * person chose otherwise in Settings, not counted.
 */
export function countsTowardProgress(season: Season, countSpecials = false): boolean {
  return countSpecials || season.number !== 0
}

export function seasonProgress(series: Series, season: Season, records: Records): Progress {
  const since = seasonPassStart(records, series, season)
  const progress = { watched: 0, skipped: 0, total: season.episodes.length }
  for (const episode of season.episodes) {
    const status = episodeStatus(records[episode.id], since)
    if (status === 'watched') progress.watched += 1
    else if (status === 'skipped') progress.skipped += 1
  }
  return progress
}

export const noProgress: Progress = { watched: 0, skipped: 0, total: 0 }

/** Progress of several seasons or series together. */
export function sumProgress(parts: readonly Progress[]): Progress {
  return parts.reduce(
    (sum, p) => ({
      watched: sum.watched + p.watched,
      skipped: sum.skipped + p.skipped,
      total: sum.total + p.total,
    }),
    noProgress,
  )
}

export function seriesProgress(series: Series, records: Records, countSpecials = false): Progress {
  return sumProgress(
    series.seasons
      .filter((season) => countsTowardProgress(season, countSpecials))
      .map((season) => seasonProgress(series, season, records)),
  )
}

/**
 * What a person has seen at all, in any pass: unlike Progress, it never goes down when a rewatch
 * starts (a season rewatch once made a finished series read 154 of 178). `skipped` are those
 * skipped and never seen, left out of `of`; `rewatch` says a pass after the first runs in these
 * very seasons (for a series: the series itself was started again; see decision 014).
 */
export interface Seen {
  seen: number
  of: number
  skipped: number
  rewatch: boolean
}

export const noneSeen: Seen = { seen: 0, of: 0, skipped: 0, rewatch: false }

export function seasonSeen(series: Series, season: Season, records: Records): Seen {
  const result = { ...noneSeen, rewatch: seasonPassStart(records, series, season) > 0 }
  for (const episode of season.episodes) {
    const record = records[episode.id]
    if (isWatched(record)) result.seen += 1
    if (isWatched(record) || !record?.skipped) result.of += 1
    else result.skipped += 1
  }
  return result
}

/** Several seasons or series together; a rewatch of one of them is not a rewatch of all. */
export function sumSeen(parts: readonly Seen[]): Seen {
  return parts.reduce(
    (sum, p) => ({
      seen: sum.seen + p.seen,
      of: sum.of + p.of,
      skipped: sum.skipped + p.skipped,
      rewatch: false,
    }),
    noneSeen,
  )
}

export function seriesSeen(series: Series, records: Records, countSpecials = false): Seen {
  const seen = sumSeen(
    series.seasons
      .filter((season) => countsTowardProgress(season, countSpecials))
      .map((season) => seasonSeen(series, season, records)),
  )
  // A season rewatched on its own is that season's news (the series lists it): the series'
  // figure says "Rewatch" only when the whole series was started again.
  return { ...seen, rewatch: lastStart(records[series.id]) > 0 }
}

/**
 * "178 of 178 watched · Rewatch: 2 of 26": seen at least once, then, where a rewatch runs, that
 * pass's own progress. Without a rewatch the two are the same, and it reads as progressText.
 */
export function seenText(seen: Seen, pass: Progress): string {
  const skipped = seen.skipped > 0 ? ` · ${seen.skipped} skipped` : ''
  const base = `${seen.seen} of ${seen.of} watched${skipped}`
  return seen.rewatch ? `${base} · Rewatch: ${pass.watched} of ${toWatch(pass)}` : base
}

/** Episodes that count toward completion: skipped ones are out of the way. */
export function toWatch({ skipped, total }: Progress): number {
  return total - skipped
}

export function isComplete(progress: Progress): boolean {
  return progress.total > 0 && progress.watched + progress.skipped === progress.total
}

export function progressPercent(progress: Progress): number {
  const max = toWatch(progress)
  return max === 0 ? (progress.total === 0 ? 0 : 100) : Math.round((progress.watched / max) * 100)
}

/** "12 of 20 watched · 2 skipped": the same words on every screen. */
export function progressText(progress: Progress): string {
  const base = `${progress.watched} of ${toWatch(progress)} watched`
  return progress.skipped > 0 ? `${base} · ${progress.skipped} skipped` : base
}

/** Tracked ids the catalogue does not know (kept, shown as unknown, never dropped). */
export function unknownRecordIds(index: CatalogueIndex, records: Records): string[] {
  const known = (id: string) =>
    index.episodes.has(id) || index.seriesById.has(id) || index.seasonsById.has(id)
  return Object.values(records)
    .filter((r) => !known(r.id) && hasContent(r))
    .map((r) => r.id)
    .sort()
}

/**
 * The newest moment a series was active in its pass in progress (an edit of an episode watched
 * in it, or a rewatch starting), or null if it was not.
 */
function activeAt(records: Records, series: Series): number | null {
  let latest: number | null = lastStart(records[series.id]) || null
  for (const season of series.seasons) {
    const since = seasonPassStart(records, series, season)
    const seasonStart = lastStart(records[seasonId(series.id, season.number)])
    if (seasonStart > 0) latest = Math.max(latest ?? 0, seasonStart)
    for (const episode of season.episodes) {
      const record = records[episode.id]
      if (watchedSince(record, since)) latest = Math.max(latest ?? 0, record?.updatedAt ?? 0)
    }
  }
  return latest
}

/**
 * "Up next": for each series in progress (something watched in its pass in progress, or a
 * rewatch just started), most recently active first, the first episode neither watched in
 * that pass nor skipped, after the one watched last (wrapping to the start). Series finished or
 * not started are not listed.
 */
export function upNext(index: CatalogueIndex, records: Records): EpisodeEntry[] {
  const next: { entry: EpisodeEntry; at: number }[] = []
  for (const series of index.catalogue.series) {
    const at = activeAt(records, series)
    if (at === null) continue
    const order = (index.orderBySeries.get(series.id) ?? []).flatMap((id) => {
      const entry = index.episodes.get(id)
      return entry ? [entry] : []
    })
    // The episode watched last in this pass: its latest play, then its latest edit (plays from
    // before passes existed are all logged at 0), then the furthest along.
    let lastWatched = -1
    let lastAt: [number, number] = [-1, -1]
    for (const [i, entry] of order.entries()) {
      const since = seasonPassStart(records, entry.series, entry.season)
      const record = records[entry.episode.id]
      for (const play of record?.plays ?? []) {
        const at: [number, number] = [play.loggedAt, record?.updatedAt ?? 0]
        if (
          play.loggedAt >= since &&
          (at[0] > lastAt[0] || (at[0] === lastAt[0] && at[1] >= lastAt[1]))
        ) {
          lastAt = at
          lastWatched = i
        }
      }
    }
    const after = order.slice(lastWatched + 1).concat(order.slice(0, lastWatched + 1))
    const entry = after.find((e) => statusOf(records, e) === 'unwatched')
    if (entry) next.push({ entry, at })
  }
  return next.sort((a, b) => b.at - a.at).map((n) => n.entry)
}

/** "Continue watching": the next episode of the series watched most recently. */
export function continueWatching(
  index: CatalogueIndex,
  records: Records,
): EpisodeEntry | undefined {
  return upNext(index, records)[0]
}

/** Minutes left in the pass in progress (unknown runtimes count as the series' typical one). */
export function minutesLeft(
  series: Series,
  season: Season,
  records: Records,
  typical: number | null,
): number {
  const since = seasonPassStart(records, series, season)
  return season.episodes.reduce(
    (sum, e) =>
      episodeStatus(records[e.id], since) === 'unwatched'
        ? sum + (e.runtimeMinutes ?? typical ?? 0)
        : sum,
    0,
  )
}
