import type { CatalogueIndex, EpisodeEntry } from '@/catalogue/select'
import type { Series } from '@/catalogue/schema'
import { dayOf } from '@/lib/dates'
import type { Play, WatchRecord } from './model'

type Records = Readonly<Record<string, WatchRecord>>

export interface SeriesStat {
  series: Series
  episodes: number
  minutes: number
}

export interface Stats {
  /** Entries watched at least once. */
  episodes: number
  /** Every viewing, rewatches included. */
  plays: number
  minutes: number
  /** Part of `minutes` taken from the series' typical runtime, where an entry has none. */
  estimatedMinutes: number
  /** Viewings whose length is unknown even as an estimate (films carry no runtimes). */
  unknownLength: number
  perSeries: SeriesStat[]
  perYear: { year: number; plays: number; minutes: number }[]
  /** Viewings of the chosen year by month (index 0 = January). */
  perMonth: { month: number; plays: number; minutes: number }[]
  averageRating: number | null
  rated: number
  highestRated: { entry: EpisodeEntry; rating10: number }[]
  longestStreak: { days: number; from: string; to: string } | null
  /** Years that have at least one dated viewing, newest first. */
  years: number[]
}

/** The day a play happened, or null when the person does not remember. */
export function playDay(
  play: Play,
  entry: Pick<EpisodeEntry, 'episode'> | undefined,
): string | null {
  if (play.precision === 'unknown') return null
  if (play.precision === 'release') return play.watchedAt ?? entry?.episode.airDate ?? null
  return dayOf(play.watchedAt)
}

/** The most common known runtime of a series (its "typical" length), or null if none is known. */
export function typicalRuntime(series: Series): number | null {
  const counts = new Map<number, number>()
  for (const season of series.seasons) {
    for (const e of season.episodes) {
      if (e.runtimeMinutes !== null)
        counts.set(e.runtimeMinutes, (counts.get(e.runtimeMinutes) ?? 0) + 1)
    }
  }
  let best: number | null = null
  let bestCount = 0
  for (const [minutes, count] of counts) {
    if (count > bestCount) [best, bestCount] = [minutes, count]
  }
  return best
}

const addDays = (day: string, n: number): string => {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

function longestStreak(days: ReadonlySet<string>): Stats['longestStreak'] {
  let best: Stats['longestStreak'] = null
  for (const day of days) {
    if (days.has(addDays(day, -1))) continue
    let end = day
    let length = 1
    while (days.has(addDays(end, 1))) {
      end = addDays(end, 1)
      length += 1
    }
    if (!best || length > best.days) best = { days: length, from: day, to: end }
  }
  return best
}

/** Everything the stats screen shows, from the play log, in one pass. `year` scopes the months. */
export function computeStats(index: CatalogueIndex, records: Records, year?: number): Stats {
  const typical = new Map<string, number | null>()
  const perSeries = new Map<string, SeriesStat>()
  const perYear = new Map<number, { plays: number; minutes: number }>()
  const perMonth = Array.from({ length: 12 }, (_, month) => ({ month, plays: 0, minutes: 0 }))
  const days = new Set<string>()
  const yearsSeen = new Set<number>()
  const ratings: { entry: EpisodeEntry; rating10: number }[] = []
  let episodes = 0
  let plays = 0
  let minutes = 0
  let estimatedMinutes = 0
  let unknownLength = 0

  for (const record of Object.values(records)) {
    const entry = index.episodes.get(record.id)
    if (entry && record.rating10 !== null) ratings.push({ entry, rating10: record.rating10 })
    if (record.plays.length === 0) continue
    episodes += 1
    let length = entry?.episode.runtimeMinutes ?? null
    let estimated = false
    if (entry && length === null) {
      if (!typical.has(entry.series.id)) typical.set(entry.series.id, typicalRuntime(entry.series))
      length = typical.get(entry.series.id) ?? null
      estimated = length !== null
    }
    for (const play of record.plays) {
      plays += 1
      if (length === null) unknownLength += 1
      else {
        minutes += length
        if (estimated) estimatedMinutes += length
      }
      const day = playDay(play, entry)
      if (!day) continue
      days.add(day)
      const y = Number(day.slice(0, 4))
      yearsSeen.add(y)
      const bucket = perYear.get(y) ?? { plays: 0, minutes: 0 }
      bucket.plays += 1
      bucket.minutes += length ?? 0
      perYear.set(y, bucket)
      const monthBucket = perMonth[Number(day.slice(5, 7)) - 1]
      if (year === y && monthBucket) {
        monthBucket.plays += 1
        monthBucket.minutes += length ?? 0
      }
    }
    if (entry) {
      const s = perSeries.get(entry.series.id) ?? { series: entry.series, episodes: 0, minutes: 0 }
      s.episodes += 1
      s.minutes += (length ?? 0) * record.plays.length
      perSeries.set(entry.series.id, s)
    }
  }

  const rated = ratings.length
  return {
    episodes,
    plays,
    minutes,
    estimatedMinutes,
    unknownLength,
    perSeries: [...perSeries.values()].sort(
      (a, b) => b.minutes - a.minutes || b.episodes - a.episodes,
    ),
    perYear: [...perYear.entries()].sort(([a], [b]) => a - b).map(([y, v]) => ({ year: y, ...v })),
    perMonth,
    averageRating: rated === 0 ? null : ratings.reduce((sum, r) => sum + r.rating10, 0) / rated,
    rated,
    highestRated: ratings
      .sort(
        (a, b) =>
          b.rating10 - a.rating10 || a.entry.episode.title.localeCompare(b.entry.episode.title),
      )
      .slice(0, 5),
    longestStreak: longestStreak(days),
    years: [...yearsSeen].sort((a, b) => b - a),
  }
}
