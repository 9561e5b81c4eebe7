import { readFileSync } from 'node:fs'
import { strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { parseCatalogueIds } from '@/catalogue/external-ids'
import { parseCatalogue } from '@/catalogue/schema'
import { planImport, recordsToWrite, type ImportPlan, type Unmatched } from '@/tracking/import/plan'
import { readExport } from '@/tracking/import/read-export'
import { readSources, type SourceFile } from '@/tracking/import/read-files'
import { tvTimeFormat } from '@/tracking/import/tv-time/tv-time'
import type { WatchRecord } from '@/tracking/model'
import { PUBLIC_IDS_PATH, readPublicCatalogue } from '../../fixtures/public-catalogue'
import { fixtureFolder, looseFile, zipOf } from '../../support/export-files'

/**
 * Each fixture export, read and planned against an empty log, checked against what the files
 * say when read by hand (the expected values come from the fixtures and public/catalogue.json,
 * not from running the code): which entries get which viewings, ratings and notes, and which
 * rows are not imported and why.
 */

const catalogue = parseCatalogue(readPublicCatalogue())
const ids = parseCatalogueIds(JSON.parse(readFileSync(PUBLIC_IDS_PATH, 'utf8')))
const now = new Date('2026-12-04T12:00:00Z')
const stamp = { at: now.getTime(), by: 'import' }

type Log = Record<string, WatchRecord>

function plan(sources: readonly SourceFile[], log: Log = {}, ratedMeansWatched = false) {
  const read = readExport(sources, catalogue, ids)
  return planImport(log, read.rows, read.unmatched, { ratedMeansWatched, now })
}

/** The plan applied: the log as it is after the import. */
function apply(log: Log, planned: ImportPlan): Log {
  const next = { ...log }
  for (const record of recordsToWrite(log, planned, new Map(), stamp)) next[record.id] = record
  return next
}

interface Entry {
  /** `exact <instant>`, `date <day>` or `unknown`, in log order. */
  plays: string[]
  rating10?: number
  note?: string
}

const exact = (at: string) => `exact ${at}`
const day = (at: string) => `date ${at}`
const unknown = 'unknown'

/** What the plan would write, per entry. */
function entries(planned: ImportPlan): Record<string, Entry> {
  const out: Record<string, Entry> = {}
  for (const change of planned.entries) {
    const entry: Entry = {
      plays: change.plays.map((p) =>
        p.watchedAt === null ? p.precision : `${p.precision} ${p.watchedAt}`,
      ),
    }
    if (change.rating10 !== undefined) entry.rating10 = change.rating10
    if (change.note !== undefined) entry.note = change.note
    out[change.id] = entry
  }
  return out
}

const bySource = (list: readonly Unmatched[]) =>
  [...list].sort((a, b) => a.source.localeCompare(b.source))

const TNG = 'Star Trek: The Next Generation'
const EXPANSE = 'Not a series in the Star Trek catalogue (“The Expanse”)'
const NOT_A_FILM = 'Not a film in the Star Trek catalogue'

interface FixtureSet {
  name: string
  sources: () => SourceFile[]
  ratedMeansWatched?: boolean
  entries: Record<string, Entry>
  unmatched: Unmatched[]
}

const traktFlat: FixtureSet = {
  name: 'Trakt, flat export ZIP',
  sources: () => [zipOf('trakt-export-jdoe.zip', fixtureFolder('trakt/flat-export'))],
  entries: {
    // All Good Things... is one element on Trakt, both halves here; its rating and its note too.
    'tng-s07e25': {
      plays: [exact('2026-04-01T11:10:00Z')],
      rating10: 10,
      note: 'Watched with Dad — the tent scene still gets me.\nQ was right about the anomaly.',
    },
    'tng-s07e26': {
      plays: [exact('2026-04-01T11:10:00Z')],
      rating10: 10,
      note: 'Watched with Dad — the tent scene still gets me.\nQ was right about the anomaly.',
    },
    'films-11': { plays: [exact('2026-03-28T19:42:17Z')], rating10: 8 },
    // Two plays a minute apart are two viewings.
    'snw-s01e01': {
      plays: [exact('2026-03-14T20:00:00Z'), exact('2026-03-14T20:01:00Z')],
      rating10: 9,
    },
    'pic-s01e03': { plays: [exact('2026-02-02T22:05:33Z')] },
    // Three history elements, on both pages: three viewings.
    'tng-s07e01': {
      plays: [
        exact('2024-12-24T21:45:10Z'),
        exact('2025-11-05T21:00:00Z'),
        exact('2026-01-10T20:30:00Z'),
      ],
    },
    // S01E02 on Trakt.
    'tng-s01e03': { plays: [exact('2025-09-28T19:00:00Z')], rating10: 4 },
    'tng-s01e01': {
      plays: [exact('2025-09-28T18:00:00Z')],
      note: 'The feature-length pilot, in one go.',
    },
    'tng-s01e02': {
      plays: [exact('2025-09-28T18:00:00Z')],
      note: 'The feature-length pilot, in one go.',
    },
    'films-12': { plays: [exact('2025-06-01T20:00:00Z')], rating10: 6 },
    'ds9-s06e10': { plays: [exact('2024-08-15T20:00:00Z')] },
    'tng-s02': { plays: [], rating10: 5 },
    pic: { plays: [], rating10: 7 },
    tng: { plays: [], rating10: 10 },
  },
  unmatched: [
    {
      service: 'trakt',
      source: 'watched-history-1.json, item 5',
      label: 'The Sopranos S01E01 The Sopranos',
      reason: 'Not a series in the Star Trek catalogue (“The Sopranos”)',
    },
    {
      service: 'trakt',
      source: 'ratings-episodes.json, item 3',
      label: 'The Sopranos S01E01 The Sopranos',
      reason: 'Not a series in the Star Trek catalogue (“The Sopranos”)',
    },
  ],
}

const traktOlder: FixtureSet = {
  name: 'Trakt, older folder layout',
  sources: () => [zipOf('jdoe.zip', fixtureFolder('trakt/older-export'))],
  entries: {
    'tng-s01e03': { plays: [exact('2023-05-06T20:00:00Z')] },
    'tng-s01e01': { plays: [exact('2023-05-06T19:00:00Z')], rating10: 7 },
    'tng-s01e02': { plays: [exact('2023-05-06T19:00:00Z')], rating10: 7 },
    'films-11': { plays: [exact('2023-01-14T21:30:00Z')] },
  },
  unmatched: [],
}

const tvTime2026Csv: FixtureSet = {
  name: 'TV Time, 2026 export (CSV)',
  sources: () => [zipOf('tvtime-export-jdoe.zip', fixtureFolder('tv-time/export-2026'))],
  entries: {
    // Zoneless times are UTC.
    'tng-s01e01': { plays: [exact('2022-04-27T01:49:07Z')] },
    'tng-s01e02': { plays: [exact('2022-04-27T01:49:07Z')] },
    // rewatch_count 2: two more viewings of unknown date.
    'tng-s01e03': { plays: [unknown, unknown, exact('2022-04-28T20:15:00Z')] },
    // Code of Honor is not watched: not a viewing.
    'tng-s07e01': { plays: [exact('2023-01-10T19:00:00Z')] },
    'films-11': { plays: [unknown, exact('2023-02-01T20:30:00Z')] },
  },
  unmatched: [
    {
      service: 'tvtime',
      source: 'tvtime-series-episodes.csv, line 6',
      label: `${TNG} S00E01 ${TNG} - The Making Of`,
      reason: `${TNG} has no season 0`,
    },
    {
      service: 'tvtime',
      source: 'tvtime-series-episodes.csv, line 7',
      label: 'The Expanse S01E01 Dulcinea',
      reason: EXPANSE,
    },
  ],
}

const tvTime2026Json: FixtureSet = {
  name: 'TV Time, 2026 export (JSON)',
  sources: () => [zipOf('tvtime-export-jdoe.zip', fixtureFolder('tv-time/export-2026-json'))],
  entries: {
    'tng-s01e01': { plays: [exact('2022-04-27T01:49:07Z')] },
    'tng-s01e02': { plays: [exact('2022-04-27T01:49:07Z')] },
    // No title in the JSON form: episode 2 in TV Time's numbering, watched without a date.
    'tng-s01e03': { plays: [unknown] },
    'films-11': { plays: [exact('2023-02-01T20:30:00Z')] },
  },
  unmatched: [
    {
      service: 'tvtime',
      source: 'tvtime-series.json, item 2',
      label: 'The Expanse S01E01',
      reason: EXPANSE,
    },
  ],
}

const tvTimeGdpr2024: FixtureSet = {
  name: 'TV Time, GDPR export 2024',
  sources: () => [zipOf('tvtime-gdpr.zip', fixtureFolder('tv-time/gdpr-2024'))],
  entries: {
    'tng-s01e01': { plays: [exact('2022-04-27T01:49:07Z')] },
    'tng-s01e02': { plays: [exact('2022-04-27T01:49:07Z')] },
    // Vote 29 is "great", 8 of 10.
    'tng-s01e03': { plays: [unknown, unknown, exact('2022-04-28T20:15:00Z')], rating10: 8 },
    // Only season_number / episode_number filled: episode 3 in TV Time's numbering.
    'tng-s01e04': { plays: [exact('2022-05-02T18:00:00Z')] },
    // Ticked with its season (bulk_type=season): created_at is the tick, not the viewing.
    'tng-s07e01': { plays: [unknown], rating10: 10 },
    // v1 dates a watch by watch-date-1675283400.
    'films-11': { plays: [exact('2023-02-01T20:30:00Z')] },
  },
  unmatched: [
    {
      service: 'tvtime',
      source: 'tracking-prod-records-v2.csv, line 7',
      label: 'The Expanse S01E01',
      reason: EXPANSE,
    },
    {
      service: 'tvtime',
      source: 'tracking-prod-records.csv, line 3',
      label: 'Star Trek : Sans limites',
      reason: NOT_A_FILM,
    },
    {
      service: 'tvtime',
      source: 'ratings-3-prod-episode_votes.csv, line 4',
      label: 'The Expanse S01E01',
      reason: EXPANSE,
    },
  ],
}

const tvTimeGdpr2021: FixtureSet = {
  name: 'TV Time, GDPR export 2021',
  sources: () => [zipOf('tvtime-gdpr.zip', fixtureFolder('tv-time/gdpr-2021'))],
  entries: {
    'tng-s01e01': { plays: [exact('2019-03-01T20:00:00Z')] },
    'tng-s01e02': { plays: [exact('2019-03-01T20:00:00Z')] },
    // Seen once (dated), rewatched twice (cpt 2, no dates).
    'tng-s01e03': { plays: [unknown, unknown, exact('2019-03-02T20:00:00Z')] },
    // Only in rewatched_episode: watched, at its one time, plus one rewatch.
    'tng-s01e04': { plays: [unknown, exact('2020-02-01T18:00:00Z')] },
  },
  unmatched: [
    {
      service: 'tvtime',
      source: 'seen_episode.csv, line 4',
      label: 'The Expanse S01E01',
      reason: EXPANSE,
    },
  ],
}

const tvTimeBomCrlf: FixtureSet = {
  name: 'TV Time, 2020 seen_episode.csv with a BOM and CRLF',
  sources: () => [looseFile('tv-time/bom-crlf', 'seen_episode.csv')],
  // The 2020 layout has TheTVDB episode ids only, and the catalogue has none for these.
  entries: {},
  unmatched: [
    {
      service: 'tvtime',
      source: 'seen_episode.csv, line 2',
      label: 'TVDB episode 46458',
      reason:
        'Only the episode’s ids (TVDB 46458), which the catalogue does not have, and no series',
    },
    {
      service: 'tvtime',
      source: 'seen_episode.csv, line 3',
      label: 'TVDB episode 46459',
      reason:
        'Only the episode’s ids (TVDB 46459), which the catalogue does not have, and no series',
    },
  ],
}

const imdbCurrentUnmatched: Unmatched[] = [
  {
    service: 'imdb',
    source: 'ratings.csv, line 6',
    label: 'Galaxy Quest (1999)',
    reason: NOT_A_FILM,
  },
]

const imdbCurrent: FixtureSet = {
  name: 'IMDb ratings.csv',
  sources: () => [looseFile('imdb', 'ratings.csv')],
  // The video game is not something the app tracks: left out, not unmatched.
  entries: {
    'films-11': { plays: [], rating10: 7 },
    'tng-s01e03': { plays: [], rating10: 6 },
    tng: { plays: [], rating10: 9 },
    // Const without `tt`: found by its title and year.
    'docs-07': { plays: [], rating10: 6 },
    'films-10': { plays: [], rating10: 5 },
  },
  unmatched: imdbCurrentUnmatched,
}

const imdbCurrentWatched: FixtureSet = {
  name: 'IMDb ratings.csv, rated means watched',
  sources: imdbCurrent.sources,
  ratedMeansWatched: true,
  entries: {
    'films-11': { plays: [unknown], rating10: 7 },
    'tng-s01e03': { plays: [unknown], rating10: 6 },
    // A series is never "watched" by a rating.
    tng: { plays: [], rating10: 9 },
    'docs-07': { plays: [unknown], rating10: 6 },
    'films-10': { plays: [unknown], rating10: 5 },
  },
  unmatched: imdbCurrentUnmatched,
}

const imdb2021Unmatched: Unmatched[] = [
  {
    service: 'imdb',
    source: 'ratings-2021.csv, line 3',
    // Windows-1252 in the file; the title itself is plain ASCII.
    label: 'Birdman or (The Unexpected Virtue of Ignorance) (2014)',
    reason: NOT_A_FILM,
  },
]

const imdb2021: FixtureSet = {
  name: 'IMDb ratings-2021.csv',
  sources: () => [looseFile('imdb', 'ratings-2021.csv')],
  entries: {
    'films-02': { plays: [], rating10: 9 },
    'docs-03': { plays: [], rating10: 7 },
    'docs-14': { plays: [], rating10: 6 },
  },
  unmatched: imdb2021Unmatched,
}

const imdb2021Watched: FixtureSet = {
  name: 'IMDb ratings-2021.csv, rated means watched',
  sources: imdb2021.sources,
  ratedMeansWatched: true,
  entries: {
    'films-02': { plays: [unknown], rating10: 9 },
    'docs-03': { plays: [unknown], rating10: 7 },
    'docs-14': { plays: [unknown], rating10: 6 },
  },
  unmatched: imdb2021Unmatched,
}

const imdbResaved: FixtureSet = {
  name: 'IMDb ratings-resaved.csv',
  sources: () => [looseFile('imdb', 'ratings-resaved.csv')],
  // Trekkies rated 11 is no rating: left out.
  entries: {
    'films-08': { plays: [], rating10: 8 },
    'tng-s01e01': { plays: [], rating10: 7 },
    'tng-s01e02': { plays: [], rating10: 7 },
  },
  unmatched: [],
}

const imdbResavedWatched: FixtureSet = {
  name: 'IMDb ratings-resaved.csv, rated means watched',
  sources: imdbResaved.sources,
  ratedMeansWatched: true,
  entries: {
    'films-08': { plays: [unknown], rating10: 8 },
    'tng-s01e01': { plays: [unknown], rating10: 7 },
    'tng-s01e02': { plays: [unknown], rating10: 7 },
  },
  unmatched: [],
}

const letterboxd: FixtureSet = {
  name: 'Letterboxd, ZIP of the export folder',
  sources: () => [zipOf('letterboxd-jdoe-2026-12-01-10-00-utc.zip', fixtureFolder('letterboxd'))],
  // Nothing from deleted/ (Star Trek V) or the watchlist (Into Darkness).
  entries: {
    // Two diary rows, two viewings on the watched days; the latest rating; both reviews.
    'films-02': {
      plays: [day('2023-01-07'), day('2024-02-10')],
      rating10: 10,
      note:
        'KHAAAN! Still the best one.\nMontalbán & Shatner at their peak: "I have been, and always shall be, your friend."' +
        '\n\n' +
        "Second time in this year's marathon.\nSpock’s sacrifice <3",
    },
    'films-03': { plays: [day('2024-02-12')], rating10: 7 },
    // No watched day: the day it was logged.
    'films-04': { plays: [day('2024-03-02')] },
    // 2018 on Letterboxd, 2019 here.
    'docs-17': {
      plays: [day('2019-05-13')],
      rating10: 8,
      note: 'Made me rewatch DS9.\nWorth it — every season.',
    },
    'films-14': { plays: [day('2025-01-24')], rating10: 1 },
    // Only in watched.csv: watched, day unknown.
    'films-13': { plays: [unknown], rating10: 6 },
    'films-01': { plays: [unknown] },
    'docs-03': { plays: [unknown] },
  },
  unmatched: [
    {
      service: 'letterboxd',
      source: 'watched.csv, line 10',
      label: 'Prelude to Axanar',
      reason: NOT_A_FILM,
    },
  ],
}

const sets: FixtureSet[] = [
  traktFlat,
  traktOlder,
  tvTime2026Csv,
  tvTime2026Json,
  tvTimeGdpr2024,
  tvTimeGdpr2021,
  tvTimeBomCrlf,
  imdbCurrent,
  imdbCurrentWatched,
  imdb2021,
  imdb2021Watched,
  imdbResaved,
  imdbResavedWatched,
  letterboxd,
]

const count = (set: FixtureSet) => {
  const list = Object.values(set.entries)
  return {
    viewings: list.reduce((n, e) => n + e.plays.length, 0),
    ratings: list.filter((e) => e.rating10 !== undefined).length,
    notes: list.filter((e) => e.note !== undefined).length,
  }
}

describe('each fixture export, planned against an empty log', () => {
  it.each(sets.map((set) => [set.name, set] as const))('%s', (_, set) => {
    const planned = plan(set.sources(), {}, set.ratedMeansWatched)
    expect(entries(planned)).toEqual(set.entries)
    expect(bySource(planned.unmatched)).toEqual(bySource(set.unmatched))
    const { viewings, ratings, notes } = count(set)
    expect(planned.viewings).toEqual({ add: viewings, already: 0, dated: 0 })
    expect(planned.ratings).toEqual({ add: ratings, already: 0 })
    expect(planned.notes).toEqual({ add: notes, already: 0 })
    expect(planned.conflicts).toEqual([])
    // Each play is logged when it happened; one of unknown date at the start of time.
    for (const change of planned.entries) {
      for (const play of change.plays) {
        const at =
          play.watchedAt === null
            ? 0
            : Date.parse(
                play.precision === 'exact' ? play.watchedAt : `${play.watchedAt}T00:00:00Z`,
              )
        expect(play.loggedAt, `${change.id} ${play.watchedAt}`).toBe(at)
      }
    }
  })

  it('reads the BOM and CRLF file as TV Time, with its Go-style times in UTC', () => {
    const { files } = readSources(tvTimeBomCrlf.sources())
    const parsed = tvTimeFormat.parse(files)
    expect(parsed.rows.map((r) => [r.ref.ids, r.viewings])).toEqual([
      [{ tvdb: 46458 }, [{ precision: 'exact', watchedAt: '2017-05-02T21:24:51Z' }]],
      [{ tvdb: 46459 }, [{ precision: 'exact', watchedAt: '2017-05-03T20:10:00Z' }]],
    ])
  })
})

describe('importing the same export again', () => {
  it.each(sets.map((set) => [set.name, set] as const))('adds nothing: %s', (_, set) => {
    const first = plan(set.sources(), {}, set.ratedMeansWatched)
    const log = apply({}, first)
    const again = plan(set.sources(), log, set.ratedMeansWatched)
    const { viewings, ratings, notes } = count(set)
    // A rating that counted as a viewing is not one the second time: the entry is watched.
    const already = set.ratedMeansWatched ? 0 : viewings
    expect(again.viewings).toEqual({ add: 0, already, dated: 0 })
    expect(again.ratings).toEqual({ add: 0, already: ratings })
    expect(again.notes).toEqual({ add: 0, already: notes })
    expect(again.conflicts).toEqual([])
    expect(recordsToWrite(log, again, new Map(), stamp)).toEqual([])
  })
})

describe('TV Time, then Trakt, of the same history', () => {
  const tvTime = () => [zipOf('tvtime-export-jdoe.zip', fixtureFolder('same-history/tv-time'))]
  const trakt = () => [zipOf('trakt-export-jdoe.zip', fixtureFolder('same-history/trakt'))]
  const history = {
    // 00:20 without a zone on TV Time is 00:20 UTC on Trakt: the same minute, the same day.
    'tng-s01e01': [exact('2024-03-01T00:20:00Z')],
    'tng-s01e02': [exact('2024-03-01T00:20:00Z')],
    // TV Time's rewatch of unknown date is Trakt's second play, which dates it.
    'tng-s01e03': [exact('2024-03-02T21:10:00Z'), exact('2024-04-10T19:00:00Z')],
    'tng-s07e25': [exact('2024-03-08T20:00:00Z')],
    'tng-s07e26': [exact('2024-03-08T20:00:00Z')],
    'films-11': [exact('2024-03-09T20:00:00Z')],
  }
  /** Each entry's viewings by date (a play given a date keeps the place it was logged at). */
  const playsOf = (log: Log) =>
    Object.fromEntries(
      Object.values(log).map((r) => [
        r.id,
        r.plays
          .map((p) => (p.watchedAt === null ? p.precision : `${p.precision} ${p.watchedAt}`))
          .sort(),
      ]),
    )

  it('does not double a viewing, and dates the one TV Time had without a date', () => {
    const first = plan(tvTime())
    expect(first.viewings).toEqual({ add: 8, already: 0, dated: 0 })
    const log = apply({}, first)
    const second = plan(trakt(), log)
    // Code of Honor: marked at 22:45 on TV Time, scrobbled at 21:58 on Trakt, one viewing.
    expect(second.viewings).toEqual({ add: 0, already: 7, dated: 1 })
    expect(second.unmatched).toEqual([])
    expect(playsOf(apply(log, second))).toEqual({
      ...history,
      'tng-s01e04': [exact('2024-03-03T22:45:00Z')],
    })
  })

  it('comes to the same history the other way round, and both in one import', () => {
    const log = apply({}, plan(trakt()))
    const second = plan(tvTime(), log)
    expect(second.viewings).toEqual({ add: 0, already: 8, dated: 0 })
    expect(playsOf(apply(log, second))).toEqual({
      ...history,
      'tng-s01e04': [exact('2024-03-03T21:58:00Z')],
    })

    const both = plan([...tvTime(), ...trakt()])
    // One viewing each, whichever service has it: nothing was in the log.
    expect(both.viewings).toEqual({ add: 8, already: 0, dated: 0 })
    expect(playsOf(apply({}, both))).toEqual({
      ...history,
      'tng-s01e04': [exact('2024-03-03T22:45:00Z')],
    })
  })
})

describe('merged two-parters and numbering', () => {
  const json = (name: string, value: unknown): SourceFile => ({
    name,
    bytes: strToU8(JSON.stringify(value)),
  })
  const csv = (name: string, text: string): SourceFile => ({ name, bytes: strToU8(text) })
  const matched = (sources: SourceFile[]) => {
    const read = readExport(sources, catalogue, ids)
    return {
      ids: read.rows.map((r) => r.ids),
      unmatched: read.unmatched.map((u) => u.reason),
    }
  }
  const tngShow = { ids: { slug: 'star-trek-the-next-generation' }, title: TNG }

  it('Trakt: one element marks both halves; The Naked Now by title or by its number', () => {
    const element = (season: number, number: number, title: string | null) => ({
      id: season * 100 + number,
      watched_at: '2024-05-01T20:00:00.000Z',
      type: 'episode',
      episode: { ids: { trakt: 1 }, title, number, season },
      show: tngShow,
    })
    const dsn = {
      ids: { slug: 'star-trek-deep-space-nine' },
      title: 'Star Trek: Deep Space Nine',
    }
    expect(
      matched([
        json('watched-history.json', [
          element(1, 1, 'Encounter at Farpoint'),
          element(1, 2, 'The Naked Now'),
          element(7, 25, 'All Good Things...'),
          {
            ...element(1, 1, 'Emissary'),
            show: dsn,
          },
        ]),
      ]),
    ).toEqual({
      ids: [
        ['tng-s01e01', 'tng-s01e02'],
        ['tng-s01e03'],
        ['tng-s07e25', 'tng-s07e26'],
        ['ds9-s01e01', 'ds9-s01e02'],
      ],
      unmatched: [],
    })
    // Without a title: Trakt's numbering (Farpoint one episode), or this app's when the file
    // numbers the season past Trakt's count.
    expect(
      matched([json('watched-history.json', [element(1, 1, null), element(1, 2, null)])]).ids,
    ).toEqual([['tng-s01e01', 'tng-s01e02'], ['tng-s01e03']])
    // The title decides when the number says otherwise.
    expect(matched([json('watched-history.json', [element(1, 3, 'The Naked Now')])]).ids).toEqual([
      ['tng-s01e03'],
    ])
    expect(
      matched([
        json('watched-history.json', [
          element(1, 3, null),
          element(1, 26, null),
          element(1, 1, null),
        ]),
      ]).ids,
    ).toEqual([['tng-s01e03'], ['tng-s01e26'], ['tng-s01e01']])
  })

  it('TV Time: episode numbers only, in TheTVDB numbering or in this app’s', () => {
    const series = (title: string, numbers: number[]) => ({
      id: { tvdb: null, imdb: null },
      title,
      status: 'continuing',
      seasons: [
        {
          number: 1,
          episodes: numbers.map((number) => ({
            id: { tvdb: 1000 + number, imdb: null },
            number,
            is_watched: true,
            watched_at: '2024-05-01 20:00:00',
          })),
        },
      ],
    })
    expect(
      matched([
        json('tvtime-series.json', [
          series(TNG, [1, 2]),
          series('Star Trek: Voyager', [1, 2]),
          series('Star Trek: Deep Space Nine', [1, 2]),
        ]),
      ]).ids,
    ).toEqual([
      ['tng-s01e01', 'tng-s01e02'],
      ['tng-s01e03'],
      ['voy-s01e01', 'voy-s01e02'],
      ['voy-s01e03'],
      ['ds9-s01e01', 'ds9-s01e02'],
      ['ds9-s01e03'],
    ])
    expect(matched([json('tvtime-series.json', [series(TNG, [1, 2, 3, 26])])]).ids).toEqual([
      ['tng-s01e01'],
      ['tng-s01e02'],
      ['tng-s01e03'],
      ['tng-s01e26'],
    ])
  })

  it('TV Time GDPR: season and number only', () => {
    const header = 'tv_show_name,episode_season_number,episode_number,episode_id,created_at'
    expect(
      matched([
        csv(
          'seen_episode.csv',
          [
            header,
            `${TNG},1,1,1,2019-03-01 20:00:00`,
            `${TNG},1,2,2,2019-03-02 20:00:00`,
            `${TNG},7,25,3,2019-03-03 20:00:00`,
          ].join('\n'),
        ),
      ]).ids,
    ).toEqual([['tng-s01e01', 'tng-s01e02'], ['tng-s01e03'], ['tng-s07e25', 'tng-s07e26']])
  })

  it('IMDb: the series and the episode’s title, without a usable Const', () => {
    const header =
      'Const,Your Rating,Date Rated,Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors'
    const line = (title: string, airDate: string) =>
      `,7,2024-01-01,"${title}",,TV Episode,7,45,${airDate.slice(0, 4)},,1,${airDate},`
    expect(
      matched([
        csv(
          'ratings.csv',
          [
            header,
            line(`${TNG}: Encounter at Farpoint`, '1987-09-28'),
            line(`${TNG}: The Naked Now`, '1987-10-05'),
            line('Star Trek: Voyager: Caretaker', '1995-01-16'),
          ].join('\n'),
        ),
      ]),
    ).toEqual({
      ids: [['tng-s01e01', 'tng-s01e02'], ['tng-s01e03'], ['voy-s01e01', 'voy-s01e02']],
      unmatched: [],
    })
  })
})

describe('Letterboxd', () => {
  it('reads a ZIP with the export folder inside it, deleted/ and the watchlist left out', () => {
    const inside: Record<string, Uint8Array> = {}
    for (const [path, bytes] of Object.entries(fixtureFolder('letterboxd'))) {
      inside[`letterboxd-jdoe-2026-12-01-10-00-utc/${path}`] = bytes
    }
    inside['__MACOSX/letterboxd-jdoe-2026-12-01-10-00-utc/._diary.csv'] = strToU8('junk')
    const planned = plan([zipOf('letterboxd-jdoe.zip', inside)])
    expect(entries(planned)).toEqual(letterboxd.entries)
    expect(planned.unmatched).toEqual([
      {
        ...letterboxd.unmatched[0]!,
        source: 'letterboxd-jdoe-2026-12-01-10-00-utc/watched.csv, line 10',
      },
    ])
  })

  it('a day from Letterboxd takes the time Trakt gives the same viewing', () => {
    const diary = {
      name: 'diary.csv',
      bytes: strToU8(
        'Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n' +
          '2024-03-10,Star Trek,2009,https://boxd.it/a1,,,,2024-03-09\n',
      ),
    }
    const log = apply({}, plan([diary]))
    const trakt = plan([zipOf('trakt.zip', fixtureFolder('same-history/trakt'))], log)
    expect(trakt.entries.find((e) => e.id === 'films-11')).toMatchObject({
      added: 0,
      dated: 1,
      plays: [{ precision: 'exact', watchedAt: '2024-03-09T20:00:00Z' }],
    })
    // Chosen together: one new viewing, at Trakt's time, logged then.
    const both = plan([diary, zipOf('trakt.zip', fixtureFolder('same-history/trakt'))])
    expect(both.entries.find((e) => e.id === 'films-11')).toEqual(
      expect.objectContaining({
        added: 1,
        dated: 0,
        plays: [
          {
            precision: 'exact',
            watchedAt: '2024-03-09T20:00:00Z',
            loggedAt: Date.parse('2024-03-09T20:00:00Z'),
          },
        ],
      }),
    )
  })

  it('matches a film whose year is off by one, and not a title the catalogue lacks', () => {
    const planned = plan([
      {
        name: 'diary.csv',
        bytes: strToU8(
          [
            'Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date',
            '2024-01-02,Star Trek Into Darkness,2012,https://boxd.it/a1,4,,,2024-01-01',
            '2024-01-03,Star Trek,2008,https://boxd.it/a2,,,,2024-01-03',
            '2024-01-04,What We Left Behind: Looking Back at Star Trek: Deep Space Nine,2018,https://boxd.it/a3,,,,2024-01-04',
          ].join('\n'),
        ),
      },
    ])
    expect(entries(planned)).toEqual({
      'films-12': { plays: [day('2024-01-01')], rating10: 8 },
      'films-11': { plays: [day('2024-01-03')] },
      'docs-17': { plays: [day('2024-01-04')] },
    })
    expect(planned.unmatched).toEqual([])
  })
})
