import type { CatalogueIndex, EpisodeEntry } from '@/catalogue/select'
import type { Episode, Season } from '@/catalogue/schema'
import { isWatched, type WatchRecord } from './model'

type Records = Readonly<Record<string, WatchRecord>>

export interface Progress {
  watched: number
  total: number
}

/**
 * Pilots outside the numbered seasons (TOS "The Cage", season 0) are tracked but, unless the
 * person chose otherwise in Settings, not counted.
 */
export function countsTowardProgress(season: Season, countSpecials = false): boolean {
  return countSpecials || season.number !== 0
}

export function episodesProgress(episodes: readonly Episode[], records: Records): Progress {
  let watched = 0
  for (const episode of episodes) if (isWatched(records[episode.id])) watched += 1
  return { watched, total: episodes.length }
}

export function seriesProgress(
  seasons: readonly Season[],
  records: Records,
  countSpecials = false,
): Progress {
  return seasons
    .filter((season) => countsTowardProgress(season, countSpecials))
    .reduce<Progress>(
      (sum, season) => {
        const p = episodesProgress(season.episodes, records)
        return { watched: sum.watched + p.watched, total: sum.total + p.total }
      },
      { watched: 0, total: 0 },
    )
}

export function progressPercent({ watched, total }: Progress): number {
  return total === 0 ? 0 : Math.round((watched / total) * 100)
}

/** Tracked ids the catalogue does not know (kept, shown as unknown, never dropped). */
export function unknownRecordIds(index: CatalogueIndex, records: Records): string[] {
  return Object.values(records)
    .filter((r) => !index.episodes.has(r.id) && !index.seriesById.has(r.id))
    .filter((r) => r.plays.length > 0 || r.rating10 !== null || r.note !== '')
    .map((r) => r.id)
    .sort()
}

/**
 * "Up next": for each series in progress, most recently watched first, the first unwatched
 * episode after the one marked last (wrapping to the first unwatched). Series finished or not
 * started are not listed.
 */
export function upNext(index: CatalogueIndex, records: Records): EpisodeEntry[] {
  const watchedByRecency = Object.values(records)
    .filter((r) => isWatched(r) && index.episodes.has(r.id))
    .sort((a, b) => b.updatedAt - a.updatedAt)
  const seenSeries = new Set<string>()
  const next: EpisodeEntry[] = []
  for (const record of watchedByRecency) {
    const entry = index.episodes.get(record.id)
    if (!entry || seenSeries.has(entry.series.id)) continue
    seenSeries.add(entry.series.id)
    const order = index.orderBySeries.get(entry.series.id) ?? []
    const after = order.slice(entry.index + 1).concat(order.slice(0, entry.index))
    const nextId = after.find((id) => !isWatched(records[id]))
    const nextEntry = nextId ? index.episodes.get(nextId) : undefined
    if (nextEntry) next.push(nextEntry)
  }
  return next
}

/** "Continue watching": the next episode of the series watched most recently. */
export function continueWatching(
  index: CatalogueIndex,
  records: Records,
): EpisodeEntry | undefined {
  return upNext(index, records)[0]
}

/** Minutes left to watch (unknown runtimes count as the series' typical one, when known). */
export function minutesLeft(
  episodes: readonly Episode[],
  records: Records,
  typical: number | null,
): number {
  return episodes.reduce(
    (sum, e) => (isWatched(records[e.id]) ? sum : sum + (e.runtimeMinutes ?? typical ?? 0)),
    0,
  )
}
