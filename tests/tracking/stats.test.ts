import { describe, expect, it } from 'vitest'
import { parseCatalogue } from '@/catalogue/schema'
import { indexCatalogue } from '@/catalogue/select'
import type { Play, WatchRecord } from '@/tracking/model'
import { computeStats, typicalRuntime } from '@/tracking/stats'
import { readPublicCatalogue } from '../fixtures/public-catalogue'

const index = indexCatalogue(parseCatalogue(readPublicCatalogue()))

const onDay = (day: string): Play => ({ precision: 'date', watchedAt: day, loggedAt: 1 })
function rec(id: string, plays: Play[], rating10: number | null = null): WatchRecord {
  return {
    id,
    plays,
    skipped: false,
    rewatchStarts: [],
    rating10,
    note: '',
    updatedAt: 1,
    updatedBy: 't',
  }
}
const log = (...records: WatchRecord[]) => Object.fromEntries(records.map((r) => [r.id, r]))

describe('computeStats', () => {
  it('counts episodes, viewings (rewatches too) and minutes from runtimes', () => {
    const stats = computeStats(
      index,
      log(
        rec('pic-s02e01', [onDay('2024-01-01'), onDay('2025-01-01')]),
        rec('pic-s02e02', [onDay('2024-01-02')]),
      ),
    )
    expect(stats.episodes).toBe(2)
    expect(stats.plays).toBe(3)
    expect(stats.minutes).toBe(46 * 2 + 54)
    expect(stats.perSeries).toEqual([expect.objectContaining({ episodes: 2, minutes: 146 })])
  })

  it('uses the series’ typical runtime where an entry has none, and says how much was estimated', () => {
    const tng = index.seriesById.get('tng')
    // TNG's real running time (home-video totals), not the 60-minute broadcast slot
    expect(tng && typicalRuntime(tng)).toBe(45)
    // Every film has a runtime since catalogue 2026-11-26; an unaired SNW episode has none yet.
    const snw = index.seriesById.get('snw')
    const typical = snw ? typicalRuntime(snw) : null
    expect(typical).toEqual(expect.any(Number))
    const stats = computeStats(index, log(rec('snw-s04e01', [onDay('2024-01-01')])))
    expect(stats.minutes).toBe(typical)
    expect(stats.estimatedMinutes).toBe(typical)
    expect(stats.unknownLength).toBe(0)
  })

  it('counts a viewing as of unknown length when neither the entry nor its series has a runtime', () => {
    const catalogue = parseCatalogue(readPublicCatalogue())
    for (const season of catalogue.series.find((s) => s.id === 'films')?.seasons ?? [])
      for (const film of season.episodes) film.runtimeMinutes = null
    const stats = computeStats(
      indexCatalogue(catalogue),
      log(rec('films-01', [onDay('2024-01-01')])),
    )
    expect(stats.minutes).toBe(0)
    expect(stats.unknownLength).toBe(1)
  })

  it('groups viewings by year and, for a chosen year, by month; undated viewings count only in totals', () => {
    const stats = computeStats(
      index,
      log(
        rec('tng-s01e03', [onDay('2023-12-31'), onDay('2024-03-05')]),
        rec('tng-s01e04', [{ precision: 'unknown', watchedAt: null, loggedAt: 1 }]),
      ),
      2024,
    )
    expect(stats.perYear).toEqual([
      { year: 2023, plays: 1, minutes: 45 },
      { year: 2024, plays: 1, minutes: 45 },
    ])
    expect(stats.perMonth[2]).toEqual({ month: 2, plays: 1, minutes: 45 })
    expect(stats.plays).toBe(3)
    expect(stats.years).toEqual([2024, 2023])
  })

  it('finds the longest run of consecutive days with a viewing', () => {
    const stats = computeStats(
      index,
      log(
        rec('tng-s01e03', [onDay('2024-02-28')]),
        rec('tng-s01e04', [onDay('2024-02-29')]),
        rec('tng-s01e05', [onDay('2024-03-01')]),
        rec('tng-s01e06', [onDay('2024-03-05')]),
      ),
    )
    expect(stats.longestStreak).toEqual({ days: 3, from: '2024-02-28', to: '2024-03-01' })
  })

  it('averages ratings and lists the highest rated first', () => {
    const stats = computeStats(
      index,
      log(rec('tng-s03e26', [onDay('2024-01-01')], 10), rec('tng-s01e03', [], 4)),
    )
    expect(stats.averageRating).toBe(7)
    expect(stats.highestRated.map((r) => r.entry.episode.id)).toEqual(['tng-s03e26', 'tng-s01e03'])
  })

  it('counts every viewing of every pass, and nothing for skipping or starting a rewatch', () => {
    const rewatched = (id: string) =>
      rec(id, [onDay('2023-01-01'), { ...onDay('2024-06-01'), loggedAt: 500 }])
    const stats = computeStats(
      index,
      log(
        rewatched('pic-s02e01'),
        { ...rec('pic-s02e02', []), skipped: true },
        { ...rec('pic', []), rewatchStarts: [400] },
        { ...rec('pic-s02', []), rewatchStarts: [450] },
      ),
    )
    expect(stats.episodes).toBe(1)
    expect(stats.plays).toBe(2)
    expect(stats.minutes).toBe(46 * 2)
    expect(stats.perYear.map((y) => y.year)).toEqual([2023, 2024])
  })
})
