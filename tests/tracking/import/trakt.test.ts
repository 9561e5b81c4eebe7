import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCatalogueIds } from '@/catalogue/external-ids'
import { parseCatalogue } from '@/catalogue/schema'
import { decodeText } from '@/tracking/import/read-files'
import { traktFormat } from '@/tracking/import/trakt/trakt'
import { ImportFileError, type ImportRow, type TextFile } from '@/tracking/import/types'
import { PROJECT_ROOT, PUBLIC_IDS_PATH, readPublicCatalogue } from '../../fixtures/public-catalogue'
import { generateTraktHistory } from '../../support/generate-trakt'

const FIXTURES = resolve(PROJECT_ROOT, 'tests/fixtures/import/trakt')

/** A fixture as the import reads it: its path inside the export (as a ZIP names it), decoded. */
function fixture(folder: string, name: string): TextFile {
  return { name, text: decodeText(readFileSync(resolve(FIXTURES, folder, name))) }
}

const flatNames = [
  'watched-history-1.json',
  'watched-history-2.json',
  'ratings-episodes.json',
  'ratings-movies.json',
  'ratings-seasons.json',
  'ratings-shows.json',
  'notes-episodes.json',
]
const flat = flatNames.map((name) => fixture('flat-export', name))
const older = ['jdoe/watched/history-1.json', 'jdoe/ratings/ratings-episodes.json'].map((name) =>
  fixture('older-export', name),
)

const TNG = {
  ids: {
    imdb: 'tt0092455',
    tmdb: 655,
    tvdb: 71470,
    trakt: 1425,
    traktSlug: 'star-trek-the-next-generation',
  },
  title: 'Star Trek: The Next Generation',
  year: 1987,
}

const bySource = (rows: ImportRow[], source: string): ImportRow | undefined =>
  rows.find((row) => row.source === source)

const file = (name: string, value: unknown): TextFile => ({ name, text: JSON.stringify(value) })

describe('Trakt’s export: which files it reads', () => {
  it('claims the history, ratings and notes files of the current flat export', () => {
    for (const name of flatNames) {
      expect(traktFormat.claims(fixture('flat-export', name)), name).toBe(true)
    }
  })

  it('leaves the profile and a custom list whose slug ends in digits alone', () => {
    expect(traktFormat.claims(fixture('flat-export', 'user-profile.json'))).toBe(false)
    expect(traktFormat.claims(fixture('flat-export', 'lists-watchlist-2025.json'))).toBe(false)
  })

  it('claims the older folder layout', () => {
    for (const f of older) expect(traktFormat.claims(f), f.name).toBe(true)
  })

  it('goes by the exact names, with or without a page number or a folder', () => {
    const claims = (name: string) => traktFormat.claims({ name, text: '[]' })
    for (const name of [
      'watched-history.json',
      'watched-history-12.json',
      'trakt-export-jdoe/watched-history-3.json',
      'ratings-seasons-2.json',
      'notes-movies.json',
      'notes-shows-4.json',
      'watched/history.json',
      'jdoe/watched/history-2.json',
      'jdoe/ratings/ratings-movies.json',
    ]) {
      expect(claims(name), name).toBe(true)
    }
    for (const name of [
      'watched-shows.json',
      'watched-movies.json',
      'watched-playback.json',
      'watched-history.csv',
      'watched-history-x.json',
      'history-1.json',
      'jdoe/lists/history-1.json',
      'jdoe/watched/watched-movies.json',
      'ratings-people.json',
      'notes-people.json',
      'notes-ratings.json',
      'notes-collection_items.json',
      'comments-episodes.json',
      'collection-movies.json',
      'lists-watchlist.json',
      'lists-list-123-history-2.json',
      'hidden-progress-watched.json',
      'user-settings.json',
      'network-followers.json',
      '_errors.json',
      'jdoe/lists/watchlist.json',
    ]) {
      expect(claims(name), name).toBe(false)
    }
  })
})

describe('Trakt’s flat export', () => {
  const parsed = traktFormat.parse(flat)

  it('names the files read and counts nothing as ignored', () => {
    expect(parsed.service).toBe('trakt')
    expect(parsed.files).toEqual(flatNames)
    expect(parsed.ignored).toBe(0)
    // 7 + 6 plays, 4 + 2 + 1 + 2 ratings, 2 notes.
    expect(parsed.rows).toHaveLength(24)
  })

  it('reads a play of an episode as one viewing at its exact time', () => {
    expect(bySource(parsed.rows, 'watched-history-1.json, item 1')).toEqual({
      source: 'watched-history-1.json, item 1',
      label: 'Star Trek: The Next Generation S07E25 All Good Things...',
      ref: {
        kind: 'episode',
        ids: { imdb: 'tt0111281', tmdb: 37208, tvdb: 46684, trakt: 73830 },
        show: TNG,
        season: 7,
        number: 25,
        title: 'All Good Things...',
      },
      viewings: [{ precision: 'exact', watchedAt: '2026-04-01T11:10:00Z' }],
    })
  })

  it('keeps Trakt’s numbering: Encounter at Farpoint is one episode, The Naked Now the second', () => {
    const farpoint = bySource(parsed.rows, 'watched-history-2.json, item 3')
    expect(farpoint?.ref).toEqual({
      kind: 'episode',
      ids: { imdb: 'tt0094030', trakt: 73640 },
      show: TNG,
      season: 1,
      number: 1,
      title: 'Encounter at Farpoint',
    })
    const naked = bySource(parsed.rows, 'watched-history-2.json, item 2')
    expect(naked?.label).toBe('Star Trek: The Next Generation S01E02 The Naked Now')
    expect(naked?.ref).toMatchObject({ season: 1, number: 2, ids: { imdb: 'tt0708810' } })
  })

  it('reads a film with its slug as the Trakt slug', () => {
    expect(bySource(parsed.rows, 'watched-history-1.json, item 2')).toEqual({
      source: 'watched-history-1.json, item 2',
      label: 'Star Trek (2009)',
      ref: {
        kind: 'film',
        ids: { imdb: 'tt0796366', tmdb: 13475, trakt: 6536, traktSlug: 'star-trek-2009' },
        title: 'Star Trek',
        year: 2009,
      },
      viewings: [{ precision: 'exact', watchedAt: '2026-03-28T19:42:17Z' }],
    })
  })

  it('gives each rewatch its own row, never a rating', () => {
    const plays = parsed.rows.filter((row) => row.viewings.length > 0)
    expect(plays).toHaveLength(13)
    expect(plays.every((row) => row.viewings.length === 1 && row.rating10 === undefined)).toBe(true)
    const watchedAt = (title: string) =>
      plays.filter((row) => row.ref.title === title).map((row) => row.viewings[0]?.watchedAt)
    expect(watchedAt('Descent, Part II')).toEqual([
      '2026-01-10T20:30:00Z',
      '2025-11-05T21:00:00Z',
      '2024-12-24T21:45:10Z',
    ])
    expect(watchedAt('Strange New Worlds')).toEqual([
      '2026-03-14T20:01:00Z',
      '2026-03-14T20:00:00Z',
    ])
  })

  it('keeps a show the catalogue does not have, for the unmatched list', () => {
    const sopranos = bySource(parsed.rows, 'watched-history-1.json, item 5')
    expect(sopranos?.label).toBe('The Sopranos S01E01 The Sopranos')
    expect(sopranos?.ref).toEqual({
      kind: 'episode',
      ids: { trakt: 76071 },
      show: {
        ids: { imdb: 'tt0141842', tmdb: 1398, tvdb: 75299, trakt: 1389, traktSlug: 'the-sopranos' },
        title: 'The Sopranos',
        year: 1999,
      },
      season: 1,
      number: 1,
      title: 'The Sopranos',
    })
  })

  it('reads ratings of episodes, seasons, shows and films, with when they were rated', () => {
    expect(bySource(parsed.rows, 'ratings-episodes.json, item 4')).toEqual({
      source: 'ratings-episodes.json, item 4',
      label: 'Star Trek: The Next Generation S01E02 The Naked Now',
      ref: {
        kind: 'episode',
        ids: { imdb: 'tt0708810', trakt: 73641 },
        show: TNG,
        season: 1,
        number: 2,
        title: 'The Naked Now',
      },
      viewings: [],
      rating10: 4,
      ratedAt: '2025-09-28T19:50:02.000Z',
    })
    expect(bySource(parsed.rows, 'ratings-seasons.json, item 1')).toEqual({
      source: 'ratings-seasons.json, item 1',
      label: 'Star Trek: The Next Generation season 2',
      ref: { kind: 'season', show: TNG, season: 2, ids: { trakt: 3964 } },
      viewings: [],
      rating10: 5,
      ratedAt: '2025-10-12T18:30:00.000Z',
    })
    expect(bySource(parsed.rows, 'ratings-shows.json, item 1')).toEqual({
      source: 'ratings-shows.json, item 1',
      label: 'Star Trek: Picard',
      ref: {
        kind: 'series',
        ids: {
          imdb: 'tt8806524',
          tmdb: 85949,
          tvdb: 364093,
          trakt: 147922,
          traktSlug: 'star-trek-picard',
        },
        title: 'Star Trek: Picard',
        year: 2020,
      },
      viewings: [],
      rating10: 7,
      ratedAt: '2026-02-03T09:00:00.000Z',
    })
    const intoDarkness = bySource(parsed.rows, 'ratings-movies.json, item 2')
    expect(intoDarkness?.label).toBe('Star Trek Into Darkness (2013)')
    expect(intoDarkness?.ref).toEqual({
      kind: 'film',
      ids: {
        imdb: 'tt1408101',
        tmdb: 54138,
        trakt: 38322,
        traktSlug: 'star-trek-into-darkness-2013',
      },
      title: 'Star Trek Into Darkness',
      year: 2013,
    })
    expect(intoDarkness?.rating10).toBe(6)
  })

  it('reads notes as plain text on their episode, whether on the episode or on a play', () => {
    const notes = parsed.rows.filter((row) => row.note !== undefined)
    expect(notes.map((row) => [row.label, row.note])).toEqual([
      [
        'Star Trek: The Next Generation S07E25 All Good Things...',
        'Watched with Dad — the tent scene still gets me.\nQ was right about the anomaly.',
      ],
      [
        'Star Trek: The Next Generation S01E01 Encounter at Farpoint',
        'The feature-length pilot, in one go.',
      ],
    ])
    expect(notes.every((row) => row.viewings.length === 0 && row.rating10 === undefined)).toBe(true)
  })
})

describe('Trakt’s older folder layout', () => {
  it('reads the same objects, with the path as the source', () => {
    const parsed = traktFormat.parse(older)
    expect(parsed.files).toEqual([
      'jdoe/watched/history-1.json',
      'jdoe/ratings/ratings-episodes.json',
    ])
    expect(parsed.ignored).toBe(0)
    expect(parsed.rows.map((row) => [row.source, row.label])).toEqual([
      [
        'jdoe/watched/history-1.json, item 1',
        'Star Trek: The Next Generation S01E02 The Naked Now',
      ],
      [
        'jdoe/watched/history-1.json, item 2',
        'Star Trek: The Next Generation S01E01 Encounter at Farpoint',
      ],
      ['jdoe/watched/history-1.json, item 3', 'Star Trek (2009)'],
      [
        'jdoe/ratings/ratings-episodes.json, item 1',
        'Star Trek: The Next Generation S01E01 Encounter at Farpoint',
      ],
    ])
    expect(parsed.rows[3]?.rating10).toBe(7)
    expect(parsed.rows[2]?.viewings).toEqual([
      { precision: 'exact', watchedAt: '2023-01-14T21:30:00Z' },
    ])
  })
})

describe('what Trakt’s parser leaves out', () => {
  const movie = { ids: { trakt: 6536, slug: 'star-trek-2009' }, year: 2009, title: 'Star Trek' }

  it('counts elements it cannot use, without stopping', () => {
    const parsed = traktFormat.parse([
      file('watched-history.json', [
        42,
        null,
        { id: 1, action: 'watch', type: 'movie', movie },
        { id: 2, watched_at: '2026-01-01T10:00:00.000Z', action: 'watch', movie },
        { id: 3, watched_at: '2026-01-01T10:00:00.000Z', action: 'watch', type: 'movie' },
        { id: 4, watched_at: '2026-01-01T10:00:00.000Z', type: 'episode', episode: { ids: {} } },
        { id: 5, watched_at: '2026-01-01T10:00:00.000Z', action: 'watch', type: 'movie', movie },
      ]),
    ])
    expect(parsed.ignored).toBe(6)
    expect(parsed.rows.map((row) => row.source)).toEqual(['watched-history.json, item 7'])
  })

  it('keeps a play whose time it cannot read, as a viewing of unknown date', () => {
    const parsed = traktFormat.parse([
      file('watched-history.json', [{ watched_at: 'someday', type: 'movie', movie }]),
    ])
    expect(parsed.rows[0]?.viewings).toEqual([{ precision: 'unknown', watchedAt: null }])
  })

  it('ignores a rating that is not a whole number from 1 to 10', () => {
    const rated = (rating: unknown) => ({
      rated_at: '2026-01-01T10:00:00.000Z',
      rating,
      type: 'movie',
      movie,
    })
    const parsed = traktFormat.parse([
      file('ratings-movies.json', [
        rated(0),
        rated(11),
        rated(7.5),
        rated('8'),
        rated(null),
        rated(1),
      ]),
    ])
    expect(parsed.ignored).toBe(5)
    expect(parsed.rows.map((row) => row.rating10)).toEqual([1])
  })

  it('ignores notes on people and empty notes', () => {
    const parsed = traktFormat.parse([
      file('notes-movies.json', [
        {
          attached_to: { type: 'person' },
          type: 'person',
          person: { name: 'Patrick Stewart', ids: { trakt: 1, slug: 'patrick-stewart' } },
          note: { id: 1, notes: 'Make it so.' },
        },
        { attached_to: { type: 'movie' }, type: 'movie', movie, note: { id: 2, notes: '  ' } },
        {
          attached_to: { type: 'movie' },
          type: 'movie',
          movie,
          note: { id: 3, notes: 'Lens flares.' },
        },
      ]),
    ])
    expect(parsed.ignored).toBe(2)
    expect(parsed.rows.map((row) => [row.label, row.note])).toEqual([
      ['Star Trek (2009)', 'Lens flares.'],
    ])
  })

  it('reads an empty page as no rows', () => {
    const parsed = traktFormat.parse([{ name: 'watched-history-3.json', text: '[]' }])
    expect(parsed).toEqual({
      service: 'trakt',
      files: ['watched-history-3.json'],
      rows: [],
      ignored: 0,
    })
  })
})

describe('a Trakt file it cannot read', () => {
  const refusal = (f: TextFile): unknown => {
    try {
      traktFormat.parse([f])
    } catch (error) {
      return error
    }
    return undefined
  }

  it('is refused by name when the JSON is broken (a download cut short)', () => {
    const text = readFileSync(resolve(FIXTURES, 'flat-export/watched-history-1.json'), 'utf8')
    const error = refusal({ name: 'watched-history-1.json', text: text.slice(0, 500) })
    expect(error).toBeInstanceOf(ImportFileError)
    expect(error).toMatchObject({ fileName: 'watched-history-1.json' })
  })

  it('is refused by name when it is not a list', () => {
    const error = refusal({ name: 'jdoe/watched/history-1.json', text: '{"history":[]}' })
    expect(error).toBeInstanceOf(ImportFileError)
    expect(error).toMatchObject({ fileName: 'jdoe/watched/history-1.json' })
    expect((error as Error).message).toMatch(/^jdoe\/watched\/history-1\.json: .+\.$/)
  })
})

describe('a big Trakt history', () => {
  it('reads 20,000 plays as 20,000 viewings over real catalogue titles', () => {
    const catalogue = parseCatalogue(readPublicCatalogue())
    const ids = parseCatalogueIds(JSON.parse(readFileSync(PUBLIC_IDS_PATH, 'utf8')))
    const text = generateTraktHistory(20_000, catalogue, ids)
    const parsed = traktFormat.parse([{ name: 'watched-history-1.json', text }])
    expect(parsed.ignored).toBe(0)
    expect(parsed.rows).toHaveLength(20_000)
    expect(parsed.rows.reduce((n, row) => n + row.viewings.length, 0)).toBe(20_000)
    expect(parsed.rows.every((row) => row.viewings[0]?.precision === 'exact')).toBe(true)
    const farpoint = parsed.rows.find((row) => row.ref.ids?.imdb === 'tt0094030')
    expect(farpoint?.ref).toMatchObject({
      kind: 'episode',
      season: 1,
      number: 1,
      title: 'Encounter at Farpoint',
    })
    expect(parsed.rows.find((row) => row.ref.ids?.imdb === 'tt0708810')?.ref.number).toBe(2)
  })
})
