import { describe, expect, it } from 'vitest'
import { parseCatalogue } from '@/catalogue/schema'
import { indexCatalogue, type EpisodeEntry } from '@/catalogue/select'
import { emptyRecord, type Play, type WatchRecord } from '@/tracking/model'
import {
  episodesUpTo,
  lastStart,
  passComplete,
  passStartOf,
  passesOf,
  seasonEntries,
  seasonPassStart,
  seasonRewatchesIn,
  statusOf,
} from '@/tracking/passes'
import { miniCatalogue } from '../fixtures/mini-catalogue'
import { readPublicCatalogue } from '../fixtures/public-catalogue'
import { byId } from '../fixtures/watch-records'

const index = indexCatalogue(miniCatalogue)
const aaa = index.seriesById.get('aaa')!
const bbb = index.seriesById.get('bbb')!
const [aaaPilot, aaaS1, aaaS2] = aaa.seasons as [
  (typeof aaa.seasons)[0],
  (typeof aaa.seasons)[0],
  (typeof aaa.seasons)[0],
]

function entry(id: string): EpisodeEntry {
  const found = index.episodes.get(id)
  if (!found) throw new Error(`no entry ${id}`)
  return found
}

/** A scope (series or season) record with rewatches started at these times. */
const scope = (id: string, ...rewatchStarts: number[]): WatchRecord => ({
  ...emptyRecord(id),
  rewatchStarts,
  updatedAt: 1,
  updatedBy: 't',
})

const onDay = (watchedAt: string, loggedAt: number): Play => ({
  precision: 'date',
  watchedAt,
  loggedAt,
})

/** An episode record with these plays (and, if asked, marked Skipped). */
const episode = (id: string, plays: Play[], skipped = false): WatchRecord => ({
  ...emptyRecord(id),
  plays,
  skipped,
  updatedAt: 1,
  updatedBy: 't',
})

/** Local noon on a day: the same local day in every time zone the tests may run in. */
const noon = (day: string): number => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(y, m - 1, d, 12).getTime()
}

describe('lastStart', () => {
  it('is 0 (a first watch) without a record or without a rewatch', () => {
    expect(lastStart(undefined)).toBe(0)
    expect(lastStart(scope('aaa'))).toBe(0)
  })

  it('is the latest rewatch start', () => {
    expect(lastStart(scope('aaa', 100, 200))).toBe(200)
  })
})

describe('seasonPassStart', () => {
  it('is 0 when neither the series nor the season has a rewatch', () => {
    expect(seasonPassStart({}, aaa, aaaS1)).toBe(0)
  })

  it('follows a rewatch of the series, for every season of it', () => {
    const records = byId([scope('aaa', 100, 300)])
    expect(seasonPassStart(records, aaa, aaaPilot)).toBe(300)
    expect(seasonPassStart(records, aaa, aaaS1)).toBe(300)
    expect(seasonPassStart(records, aaa, aaaS2)).toBe(300)
  })

  it('follows a rewatch of the season for that season only', () => {
    const records = byId([scope('aaa-s01', 400)])
    expect(seasonPassStart(records, aaa, aaaS1)).toBe(400)
    expect(seasonPassStart(records, aaa, aaaS2)).toBe(0)
  })

  it('takes the later of the series’ and the season’s last starts', () => {
    const seasonLater = byId([scope('aaa', 100), scope('aaa-s01', 50, 200)])
    expect(seasonPassStart(seasonLater, aaa, aaaS1)).toBe(200)
    expect(seasonPassStart(seasonLater, aaa, aaaS2)).toBe(100)
    const seriesLater = byId([scope('aaa', 100, 500), scope('aaa-s01', 200)])
    expect(seasonPassStart(seriesLater, aaa, aaaS1)).toBe(500)
  })

  it('is not moved by another series’ rewatch', () => {
    const records = byId([scope('bbb', 100), scope('bbb-s01', 200)])
    expect(seasonPassStart(records, aaa, aaaS1)).toBe(0)
    expect(seasonPassStart(records, bbb, bbb.seasons[0]!)).toBe(200)
  })
})

describe('statusOf', () => {
  const a1 = entry('aaa-s01e01')

  it('is unwatched without a record, and for a record with nothing in it', () => {
    expect(statusOf({}, a1)).toBe('unwatched')
    expect(statusOf(byId([emptyRecord('aaa-s01e01')]), a1)).toBe('unwatched')
  })

  it('is watched with a play on a first watch, and skipped when only skipped', () => {
    expect(statusOf(byId([episode('aaa-s01e01', [onDay('2024-01-01', 10)])]), a1)).toBe('watched')
    expect(statusOf(byId([episode('aaa-s01e01', [], true)]), a1)).toBe('skipped')
  })

  it('puts watched in the pass above skipped', () => {
    const both = episode('aaa-s01e01', [onDay('2024-01-01', 10)], true)
    expect(statusOf(byId([both]), a1)).toBe('watched')
  })

  it('counts only plays of the pass in progress once a rewatch has begun', () => {
    const played = episode('aaa-s01e01', [onDay('2024-01-01', 10)])
    expect(statusOf(byId([played, scope('aaa', 100)]), a1)).toBe('unwatched')
    expect(statusOf(byId([played, scope('aaa-s01', 100)]), a1)).toBe('unwatched')
    // Another season's rewatch leaves this one alone.
    expect(statusOf(byId([played, scope('aaa-s02', 100)]), a1)).toBe('watched')
    // Watched before the rewatch and skipped: skipped, not watched.
    const skipped = { ...played, skipped: true }
    expect(statusOf(byId([skipped, scope('aaa', 100)]), a1)).toBe('skipped')
  })

  it('counts a play logged at the moment the pass began as in it, and one just before as not', () => {
    const at = (loggedAt: number) => byId([episode('aaa-s01e01', [onDay('2024-01-01', loggedAt)])])
    expect(statusOf({ ...at(100), ...byId([scope('aaa', 100)]) }, a1)).toBe('watched')
    expect(statusOf({ ...at(99), ...byId([scope('aaa', 100)]) }, a1)).toBe('unwatched')
  })

  it('uses the later of the series’ and season’s starts', () => {
    const played = episode('aaa-s01e01', [onDay('2024-01-01', 150)])
    expect(statusOf(byId([played, scope('aaa', 100), scope('aaa-s01', 200)]), a1)).toBe('unwatched')
    expect(statusOf(byId([played, scope('aaa', 100), scope('aaa-s01', 50)]), a1)).toBe('watched')
    expect(statusOf(byId([played, scope('aaa', 200), scope('aaa-s01', 100)]), a1)).toBe('unwatched')
  })
})

describe('seasonEntries', () => {
  it('places every episode of the season in its series and season, in order', () => {
    const entries = seasonEntries(aaa, aaaS1)
    expect(entries.map((e) => e.episode.id)).toEqual(['aaa-s01e01', 'aaa-s01e02', 'aaa-s01e03'])
    for (const e of entries) {
      expect(e.series).toBe(aaa)
      expect(e.season).toBe(aaaS1)
    }
  })
})

describe('passesOf', () => {
  const season1 = seasonEntries(aaa, aaaS1)

  it('is one pass, the first watch, in progress, when no rewatch was started', () => {
    expect(passesOf(undefined, season1, {})).toEqual([
      { number: 1, startedAt: null, watched: 0, firstDay: null, lastDay: null, current: true },
    ])
    expect(passesOf(scope('aaa-s01'), season1, {})).toHaveLength(1)
  })

  it('dates a first watch from its earliest to its latest dated viewing, whenever logged', () => {
    const records = byId([
      episode('aaa-s01e01', [onDay('2024-03-01', 10)]),
      // Logged later, but watched earlier (a date the person entered).
      episode('aaa-s01e02', [
        onDay('2019-06-01', 20),
        { precision: 'unknown', watchedAt: null, loggedAt: 21 },
      ]),
      // Outside the season: not counted.
      episode('aaa-s02e01', [onDay('2025-01-01', 30)]),
    ])
    expect(passesOf(undefined, season1, records)).toEqual([
      {
        number: 1,
        startedAt: null,
        watched: 2,
        firstDay: '2019-06-01',
        lastDay: '2024-03-01',
        current: true,
      },
    ])
  })

  it('has no dates for a first watch whose viewings have none', () => {
    const records = byId([
      episode('aaa-s01e01', [{ precision: 'unknown', watchedAt: null, loggedAt: 10 }]),
    ])
    expect(passesOf(undefined, season1, records)[0]).toMatchObject({
      watched: 1,
      firstDay: null,
      lastDay: null,
    })
  })

  it('splits the plays into passes by when they were logged, and counts an episode once per pass', () => {
    const start2 = noon('2024-05-01')
    const start3 = noon('2024-09-01')
    const records = byId([
      episode('aaa-s01e01', [
        onDay('2023-01-01', 10),
        onDay('2023-01-02', 11), // twice in the first watch: one episode
        onDay('2024-05-02', start2), // logged the moment the rewatch began: in it
        onDay('2024-09-03', start3 + 5),
      ]),
      episode('aaa-s01e02', [onDay('2023-02-01', 20), onDay('2024-05-20', start2 + 100)]),
      episode('aaa-s01e03', [onDay('2023-03-01', start2 - 1)]), // just before the rewatch
    ])
    const passes = passesOf(scope('aaa-s01', start2, start3), season1, records)
    expect(passes).toEqual([
      {
        number: 1,
        startedAt: null,
        watched: 3,
        firstDay: '2023-01-01',
        lastDay: '2023-03-01',
        current: false,
      },
      {
        number: 2,
        startedAt: start2,
        watched: 2,
        firstDay: '2024-05-01',
        lastDay: '2024-05-20',
        current: false,
      },
      {
        number: 3,
        startedAt: start3,
        watched: 1,
        firstDay: '2024-09-01',
        lastDay: '2024-09-03',
        current: true,
      },
    ])
  })

  it('dates a rewatch from the day it was started, even before anything is watched in it', () => {
    const start = noon('2024-05-01')
    const records = byId([episode('aaa-s01e01', [onDay('2023-01-01', 10)])])
    expect(passesOf(scope('aaa-s01', start), season1, records)[1]).toEqual({
      number: 2,
      startedAt: start,
      watched: 0,
      firstDay: '2024-05-01',
      lastDay: null,
      current: true,
    })
  })

  it('begins a season’s passes at its series’ rewatches too, merged in time order', () => {
    const seriesStart = noon('2024-05-01')
    const seasonStart = noon('2024-09-01')
    const records = byId([
      episode('aaa-s01e01', [onDay('2023-01-01', 10), onDay('2024-05-02', seriesStart + 1)]),
    ])
    const passes = passesOf(scope('aaa-s01', seasonStart), season1, records, [seriesStart])
    expect(passes.map((p) => [p.number, p.startedAt, p.watched, p.current])).toEqual([
      [1, null, 1, false],
      [2, seriesStart, 1, false],
      [3, seasonStart, 0, true],
    ])
    // The same start twice (no duplicates) and a series start alone both count once.
    expect(passesOf(scope('aaa-s01', seriesStart), season1, records, [seriesStart])).toHaveLength(2)
    expect(passesOf(undefined, season1, records, [seriesStart]).at(-1)).toMatchObject({
      number: 2,
      watched: 1,
      current: true,
    })
  })

  it('never ends a rewatch before it began when a viewing in it is dated earlier', () => {
    const start = noon('2024-05-01')
    const records = byId([episode('aaa-s01e01', [onDay('2020-01-01', start + 5)])])
    expect(passesOf(scope('aaa-s01', start), season1, records)[1]).toMatchObject({
      firstDay: '2024-05-01',
      lastDay: '2024-05-01',
    })
  })

  it('reads the day of an exact viewing in local time, and of a release viewing from the catalogue', () => {
    const real = indexCatalogue(parseCatalogue(readPublicCatalogue()))
    const starGazer = real.episodes.get('pic-s02e01')!
    const airDate = starGazer.episode.airDate
    expect(airDate).not.toBeNull()
    const lateEvening = new Date(2024, 4, 7, 23, 30)
    const records = byId([
      episode('pic-s02e01', [
        { precision: 'release', watchedAt: null, loggedAt: 10 },
        { precision: 'exact', watchedAt: lateEvening.toISOString(), loggedAt: 20 },
      ]),
    ])
    const [first] = passesOf(undefined, [starGazer], records)
    expect(first).toMatchObject({ watched: 1, firstDay: airDate, lastDay: '2024-05-07' })
  })
})

describe('passStartOf', () => {
  it('is the pass start of the episode’s season, and 0 for an id the catalogue lacks', () => {
    const records = byId([scope('aaa', 100), scope('aaa-s01', 200)])
    expect(passStartOf(index, records, 'aaa-s01e02')).toBe(200)
    expect(passStartOf(index, records, 'aaa-s02e01')).toBe(100)
    expect(passStartOf(index, records, 'bbb-s01e01')).toBe(0)
    expect(passStartOf(index, records, 'zzz-s01e01')).toBe(0)
  })
})

describe('episodesUpTo', () => {
  it('is the episode and everything before it in viewing order, without the season 0 pilot', () => {
    expect(episodesUpTo(index, {}, 'aaa-s02e01')).toEqual([
      'aaa-s01e01',
      'aaa-s01e02',
      'aaa-s01e03',
      'aaa-s02e01',
    ])
    expect(episodesUpTo(index, {}, 'aaa-s01e01')).toEqual(['aaa-s01e01'])
  })

  it('includes the pilot when it is the episode asked for', () => {
    expect(episodesUpTo(index, {}, 'aaa-s00e01')).toEqual(['aaa-s00e01'])
  })

  it('leaves out skipped episodes before it, but not the episode itself', () => {
    const records = byId([episode('aaa-s01e02', [], true), episode('aaa-s02e01', [], true)])
    expect(episodesUpTo(index, records, 'aaa-s02e01')).toEqual([
      'aaa-s01e01',
      'aaa-s01e03',
      'aaa-s02e01',
    ])
  })

  it('is empty for an id the catalogue lacks', () => {
    expect(episodesUpTo(index, {}, 'zzz-s01e01')).toEqual([])
  })
})

describe('passComplete and seasonRewatchesIn (issue 10)', () => {
  const entries = aaa.seasons.flatMap((season) => seasonEntries(aaa, season))
  const allWatched = ['aaa-s01e01', 'aaa-s01e02', 'aaa-s01e03', 'aaa-s02e01', 'aaa-s02e02']

  it('a first watch of every numbered episode is complete, whatever the pilot', () => {
    const records = byId(allWatched.map((id, i) => episode(id, [onDay('2024-01-01', i + 1)])))
    const [first] = passesOf(undefined, entries, records)
    expect(first && passComplete(first, entries, records)).toBe(true)
    const missing = byId(allWatched.slice(1).map((id) => episode(id, [onDay('2024-01-01', 1)])))
    const [partial] = passesOf(undefined, entries, missing)
    expect(partial && passComplete(partial, entries, missing)).toBe(false)
    // A skipped episode is out of the way.
    const withSkip = { ...missing, 'aaa-s01e01': episode('aaa-s01e01', [], true) }
    const [skipping] = passesOf(undefined, entries, withSkip)
    expect(skipping && passComplete(skipping, entries, withSkip)).toBe(true)
  })

  it('names the seasons rewatched on their own since the series’ last rewatch', () => {
    expect(seasonRewatchesIn(aaa, byId([scope('aaa-s01', 50)]))).toEqual([
      { season: aaaS1, pass: 2 },
    ])
    // The series started again after it: that season's rewatch is part of the series' pass.
    expect(seasonRewatchesIn(aaa, byId([scope('aaa-s01', 50), scope('aaa', 60)]))).toEqual([])
    expect(
      seasonRewatchesIn(aaa, byId([scope('aaa', 40), scope('aaa-s02', 50, 70)])).map((r) => r.pass),
    ).toEqual([4])
  })
})
