import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCatalogueIds } from '@/catalogue/external-ids'
import { parseCatalogue } from '@/catalogue/schema'
import { decodeText } from '@/tracking/import/read-files'
import { tvTimeFormat } from '@/tracking/import/tv-time/tv-time'
import { ImportFileError, type ImportRow, type TextFile } from '@/tracking/import/types'
import { PROJECT_ROOT, PUBLIC_IDS_PATH, readPublicCatalogue } from '../../fixtures/public-catalogue'
import { generateTvTimeRecords } from '../../support/generate-tv-time'

const DIR = resolve(PROJECT_ROOT, 'tests/fixtures/import/tv-time')
const TNG = 'Star Trek: The Next Generation'

/** A fixture as the import reads it: bytes decoded, named as in the folder of an export. */
function fixture(path: string, name = path.slice(path.lastIndexOf('/') + 1)): TextFile {
  return { name, text: decodeText(readFileSync(resolve(DIR, path))) }
}

const parse = (...files: TextFile[]) => tvTimeFormat.parse(files)

function rowAt(rows: readonly ImportRow[], source: string): ImportRow {
  const row = rows.find((r) => r.source === source)
  if (!row) throw new Error(`no row from ${source}`)
  return row
}

const exact = (watchedAt: string) => ({ precision: 'exact', watchedAt })
const unknown = { precision: 'unknown', watchedAt: null }

describe('claims', () => {
  it.each([
    'export-2026/tvtime-series-episodes.csv',
    'export-2026/tvtime-series.csv',
    'export-2026/tvtime-movies.csv',
    'export-2026-json/tvtime-series.json',
    'export-2026-json/tvtime-movies.json',
    'gdpr-2024/tracking-prod-records-v2.csv',
    'gdpr-2024/tracking-prod-records.csv',
    'gdpr-2024/ratings-3-prod-episode_votes.csv',
    'gdpr-2021/seen_episode.csv',
    'gdpr-2021/rewatched_episode.csv',
    'bom-crlf/seen_episode.csv',
    'pruned/tracking-prod-records-v2.csv',
  ])('claims %s', (path) => {
    expect(tvTimeFormat.claims(fixture(path))).toBe(true)
  })

  it('tolerates hyphens, underscores, prefixes, case and folders in the name', () => {
    const v2 = fixture('gdpr-2024/tracking-prod-records-v2.csv')
    for (const name of [
      'tracking_prod_records_v2.csv',
      'gdpr/tvtime-tracking-prod-records-v2.csv',
      'Tracking-Prod-Records-V2.CSV',
    ]) {
      expect(tvTimeFormat.claims({ ...v2, name }), name).toBe(true)
    }
    expect(tvTimeFormat.claims({ name: 'TV_Time_Series_Episodes.json', text: '[]' })).toBe(true)
    expect(tvTimeFormat.claims({ name: 'watched_on_episode.csv', text: '' })).toBe(true)
  })

  it('claims a renamed CSV by its header', () => {
    expect(
      tvTimeFormat.claims({
        ...fixture('gdpr-2024/tracking-prod-records-v2.csv'),
        name: 'export.csv',
      }),
    ).toBe(true)
    expect(
      tvTimeFormat.claims({
        ...fixture('export-2026/tvtime-series-episodes.csv'),
        name: 'episodes.csv',
      }),
    ).toBe(true)
    const votes = fixture('gdpr-2024/ratings-3-prod-episode_votes.csv')
    expect(tvTimeFormat.claims({ ...votes, name: 'ratings-live-votes.csv' })).toBe(true)
  })

  it.each([
    ['tvtime-lists.csv', 'list_id,list_name,item_type,tvdb_id,uuid,name,custom_order'],
    [
      'followed_tv_show.csv',
      'notification_type,archived,tv_show_name,created_at,active,diffusion,folder_id,notification_offset,user_id,tv_show_id,updated_at',
    ],
    ['user_tv_show_data.csv', 'user_id,tv_show_id,is_followed,is_favorited,nb_episodes_seen'],
    [
      'lists-prod-lists.csv',
      'ordering,s_key,name,type,description,is_public,user_id,objects,created_at,lists,list_count',
    ],
    [
      'emotions-3-prod-episode_votes.csv',
      'series_name,season_number,episode_number,user_id,vote_key,episode_id',
    ],
    ['tracking-prod-stats.csv', 'user_id,total_runtime'],
    ['ratings.csv', 'Date,Name,Year,Letterboxd URI,Rating'],
    ['tvtime-series.txt', 'uuid,tvdb_id,imdb_id,title,status,created_at'],
  ])('does not claim %s', (name, header) => {
    expect(tvTimeFormat.claims({ name, text: `${header}\n` })).toBe(false)
  })
})

describe('the 2026 "export my data" CSV files', () => {
  const files = [
    fixture('export-2026/tvtime-series-episodes.csv'),
    fixture('export-2026/tvtime-series.csv'),
    fixture('export-2026/tvtime-movies.csv'),
  ]
  const result = parse(...files)

  it('reads watched episodes and films, named from tvtime-series.csv', () => {
    expect(result.service).toBe('tvtime')
    expect(result.files).toEqual([
      'tvtime-series.csv',
      'tvtime-series-episodes.csv',
      'tvtime-movies.csv',
    ])
    expect(rowAt(result.rows, 'tvtime-series-episodes.csv, line 2')).toStrictEqual({
      source: 'tvtime-series-episodes.csv, line 2',
      label: `${TNG} S01E01 Encounter at Farpoint`,
      ref: {
        kind: 'episode',
        ids: { tvdb: 46458 },
        show: { ids: { tvdb: 71470, imdb: 'tt0092455' }, title: TNG },
        season: 1,
        number: 1,
        title: 'Encounter at Farpoint',
      },
      viewings: [exact('2022-04-27T01:49:07Z')],
    })
  })

  it('adds rewatch_count viewings of unknown date after the dated one', () => {
    const nakedNow = rowAt(result.rows, 'tvtime-series-episodes.csv, line 3')
    expect(nakedNow.label).toBe(`${TNG} S01E02 The Naked Now`)
    expect(nakedNow.viewings).toEqual([exact('2022-04-28T20:15:00Z'), unknown, unknown])
  })

  it('leaves out unwatched episodes and films, and counts them', () => {
    expect(result.rows.map((r) => r.ref.title)).not.toContain('Code of Honor')
    expect(result.rows.map((r) => r.ref.title)).not.toContain('Star Trek Into Darkness')
    expect(result.rows).toHaveLength(6)
    expect(result.ignored).toBe(2)
  })

  it('reads quoted titles, specials as season 0, and other shows', () => {
    expect(rowAt(result.rows, 'tvtime-series-episodes.csv, line 5').ref).toMatchObject({
      season: 7,
      number: 1,
      title: 'Descent, Part II',
    })
    expect(rowAt(result.rows, 'tvtime-series-episodes.csv, line 6').ref).toMatchObject({
      season: 0,
      number: 1,
    })
    expect(rowAt(result.rows, 'tvtime-series-episodes.csv, line 7').label).toBe(
      'The Expanse S01E01 Dulcinea',
    )
  })

  it('reads films with their ids and year', () => {
    expect(rowAt(result.rows, 'tvtime-movies.csv, line 2')).toStrictEqual({
      source: 'tvtime-movies.csv, line 2',
      label: 'Star Trek (2009)',
      ref: { kind: 'film', ids: { tvdb: 190, imdb: 'tt0796366' }, title: 'Star Trek', year: 2009 },
      viewings: [exact('2023-02-01T20:30:00Z'), unknown],
    })
  })

  it('leaves the series name out when tvtime-series is not there', () => {
    const alone = parse(fixture('export-2026/tvtime-series-episodes.csv'))
    const farpoint = rowAt(alone.rows, 'tvtime-series-episodes.csv, line 2')
    expect(farpoint.ref.show).toStrictEqual({ ids: { tvdb: 71470, imdb: 'tt0092455' } })
    expect(farpoint.label).toBe('TVDB series 71470 S01E01 Encounter at Farpoint')
  })
})

describe('the 2026 "export my data" JSON files', () => {
  const result = parse(
    fixture('export-2026-json/tvtime-series.json'),
    fixture('export-2026-json/tvtime-movies.json'),
  )

  it('reads the watched episodes nested in tvtime-series.json', () => {
    const episodes = result.rows.filter((r) => r.ref.kind === 'episode')
    expect(episodes.map((r) => r.label)).toEqual([
      `${TNG} S01E01`,
      `${TNG} S01E02`,
      'The Expanse S01E01',
    ])
    expect(episodes[0]).toStrictEqual({
      source: 'tvtime-series.json, item 1',
      label: `${TNG} S01E01`,
      ref: {
        kind: 'episode',
        ids: { tvdb: 46458, imdb: 'tt0094030' },
        show: { ids: { tvdb: 71470, imdb: 'tt0092455' }, title: TNG },
        season: 1,
        number: 1,
      },
      viewings: [exact('2022-04-27T01:49:07Z')],
    })
    expect(episodes[1]?.viewings).toEqual([unknown])
  })

  it('reads tvtime-movies.json and counts what is not watched', () => {
    const films = result.rows.filter((r) => r.ref.kind === 'film')
    expect(films).toEqual([
      {
        source: 'tvtime-movies.json, item 1',
        label: 'Star Trek (2009)',
        ref: {
          kind: 'film',
          ids: { tvdb: 190, imdb: 'tt0796366' },
          title: 'Star Trek',
          year: 2009,
        },
        viewings: [exact('2023-02-01T20:30:00Z')],
      },
    ])
    expect(result.ignored).toBe(2)
  })

  it('reads one form when an export has both the CSV and the JSON', () => {
    const both = parse(
      fixture('export-2026/tvtime-series-episodes.csv'),
      fixture('export-2026/tvtime-series.csv'),
      fixture('export-2026/tvtime-movies.csv'),
      fixture('export-2026-json/tvtime-series.json'),
      fixture('export-2026-json/tvtime-movies.json'),
    )
    expect(both.rows).toHaveLength(6)
    expect(both.rows.every((r) => r.source.includes('.csv'))).toBe(true)
    expect(both.files).not.toContain('tvtime-movies.json')
  })

  it('refuses a JSON file that is not a list', () => {
    expect(() => parse({ name: 'tvtime-movies.json', text: '{"movies": []}' })).toThrow(
      new ImportFileError('tvtime-movies.json', 'the file is not a list of movies.'),
    )
  })
})

describe('the 2024–2026 GDPR export', () => {
  const result = parse(
    fixture('gdpr-2024/tracking-prod-records-v2.csv'),
    fixture('gdpr-2024/tracking-prod-records.csv'),
    fixture('gdpr-2024/ratings-3-prod-episode_votes.csv'),
  )
  const v2 = result.rows.filter((r) => r.source.startsWith('tracking-prod-records-v2.csv'))

  it('reads watch-episode rows by s_id, s_no, ep_no and ep_id', () => {
    expect(v2).toHaveLength(5)
    expect(v2[0]).toStrictEqual({
      source: 'tracking-prod-records-v2.csv, line 2',
      label: `${TNG} S01E01`,
      ref: {
        kind: 'episode',
        ids: { tvdb: 46458 },
        show: { ids: { tvdb: 71470 }, title: TNG },
        season: 1,
        number: 1,
      },
      viewings: [exact('2022-04-27T01:49:07Z')],
    })
    expect(v2[1]?.viewings).toEqual([exact('2022-04-28T20:15:00Z'), unknown, unknown])
    expect(rowAt(v2, 'tracking-prod-records-v2.csv, line 6').ref).toMatchObject({
      ids: { tvdb: 46660 },
      season: 7,
      number: 1,
    })
    expect(rowAt(v2, 'tracking-prod-records-v2.csv, line 7').label).toBe('The Expanse S01E01')
  })

  it('falls back to season_number / episode_number when the s_/ep_ columns are empty', () => {
    expect(rowAt(v2, 'tracking-prod-records-v2.csv, line 4').ref).toStrictEqual({
      kind: 'episode',
      show: { ids: { tvdb: 71470 }, title: TNG },
      season: 1,
      number: 3,
    })
  })

  it('reads watched films of v1, leaving out the watchlist', () => {
    expect(rowAt(result.rows, 'tracking-prod-records.csv, line 2')).toStrictEqual({
      source: 'tracking-prod-records.csv, line 2',
      label: 'Star Trek (2009)',
      ref: { kind: 'film', title: 'Star Trek', year: 2009, airDate: '2009-05-08' },
      viewings: [exact('2023-02-01T20:30:00Z')],
    })
    // Go's zero time is no release date; this one has no watch-date key either.
    expect(rowAt(result.rows, 'tracking-prod-records.csv, line 3')).toStrictEqual({
      source: 'tracking-prod-records.csv, line 3',
      label: 'Star Trek : Sans limites',
      ref: { kind: 'film', title: 'Star Trek : Sans limites' },
      viewings: [exact('2023-03-04T21:10:00Z'), unknown],
    })
    expect(result.rows.some((r) => r.ref.title === 'Star Trek Into Darkness')).toBe(false)
  })

  it('reads episode votes as ratings', () => {
    const votes = result.rows.filter((r) => r.source.startsWith('ratings-3-prod-episode_votes.csv'))
    expect(votes.map((r) => [r.label, r.rating10])).toEqual([
      [`${TNG} S01E02`, 8],
      [`${TNG} S07E01`, 10],
      ['The Expanse S01E01', 2],
    ])
    expect(votes[0]).toStrictEqual({
      source: 'ratings-3-prod-episode_votes.csv, line 2',
      label: `${TNG} S01E02`,
      ref: { kind: 'episode', ids: { tvdb: 46459 }, show: { title: TNG }, season: 1, number: 2 },
      viewings: [],
      rating10: 8,
    })
  })

  it('counts user-series, tracking-stats and towatch rows as ignored', () => {
    expect(result.rows).toHaveLength(5 + 2 + 3)
    expect(result.ignored).toBe(3)
  })

  it('reads a pruned header as a file without history', () => {
    const pruned = parse(fixture('pruned/tracking-prod-records-v2.csv'))
    expect(pruned.rows).toEqual([])
    expect(pruned.ignored).toBe(1)
    expect(pruned.files).toEqual(['tracking-prod-records-v2.csv'])
  })

  it('leaves out GDPR rows the 2026 export of the same account already has', () => {
    const both = parse(
      fixture('export-2026/tvtime-series-episodes.csv'),
      fixture('export-2026/tvtime-series.csv'),
      fixture('export-2026/tvtime-movies.csv'),
      fixture('gdpr-2024/tracking-prod-records-v2.csv'),
      fixture('gdpr-2024/tracking-prod-records.csv'),
    )
    const gdpr = both.rows.filter((r) => r.source.startsWith('tracking-prod-records'))
    // Code of Honor (unwatched in 2026) and the Go-zero film are the only ones it adds.
    expect(gdpr.map((r) => r.label)).toEqual([`${TNG} S01E03`, 'Star Trek : Sans limites'])
  })
})

describe('the older GDPR export', () => {
  const result = parse(
    fixture('gdpr-2021/seen_episode.csv'),
    fixture('gdpr-2021/rewatched_episode.csv'),
  )

  it('reads seen_episode with its show name, season and episode', () => {
    expect(result.rows.filter((r) => r.source.startsWith('seen_episode.csv'))).toHaveLength(3)
    expect(rowAt(result.rows, 'seen_episode.csv, line 2')).toStrictEqual({
      source: 'seen_episode.csv, line 2',
      label: `${TNG} S01E01`,
      ref: { kind: 'episode', ids: { tvdb: 46458 }, show: { title: TNG }, season: 1, number: 1 },
      viewings: [exact('2019-03-01T20:00:00Z')],
    })
  })

  it('adds cpt rewatches of unknown date, and no second dated viewing of a seen episode', () => {
    expect(rowAt(result.rows, 'rewatched_episode.csv, line 2').viewings).toEqual([unknown, unknown])
  })

  it('dates a rewatched episode no other table lists', () => {
    expect(rowAt(result.rows, 'rewatched_episode.csv, line 3').viewings).toEqual([
      exact('2020-02-01T18:00:00Z'),
      unknown,
    ])
    expect(result.ignored).toBe(0)
  })

  it('reads a file with a BOM and CRLF line endings, and Go times', () => {
    const file = fixture('bom-crlf/seen_episode.csv')
    expect(tvTimeFormat.claims(file)).toBe(true)
    const bom = parse(file)
    expect(bom.rows).toStrictEqual([
      {
        source: 'seen_episode.csv, line 2',
        label: 'TVDB episode 46458',
        ref: { kind: 'episode', ids: { tvdb: 46458 } },
        viewings: [exact('2017-05-02T21:24:51Z')],
      },
      {
        source: 'seen_episode.csv, line 3',
        label: 'TVDB episode 46459',
        ref: { kind: 'episode', ids: { tvdb: 46459 } },
        viewings: [exact('2017-05-03T20:10:00Z')],
      },
    ])
  })
})

describe('missing columns', () => {
  it('names the file and the column', () => {
    const v2 = fixture('gdpr-2024/tracking-prod-records-v2.csv')
    const text = v2.text.replace(',s_id,', ',series_tvdb,')
    expect(() => parse({ ...v2, text })).toThrow(
      new ImportFileError(v2.name, 'the column “s_id” is missing.'),
    )
  })

  it('refuses a 2026 episodes file without is_watched', () => {
    const file = fixture('export-2026/tvtime-series-episodes.csv')
    const text = file.text.replace(',is_watched,', ',watched,')
    expect(() => parse({ ...file, text })).toThrow(
      'tvtime-series-episodes.csv: the column “is_watched” is missing.',
    )
  })

  it('refuses watched episodes in a header without episode columns', () => {
    const file = fixture('pruned/tracking-prod-records-v2.csv')
    const text = `${file.text}2024-03-02 09:00:00,40215577,watch-episode-a-b,0,2024-03-02 09:00:00,0,0,0,0,b\n`
    expect(() => parse({ ...file, text })).toThrow(ImportFileError)
  })
})

describe('a large tracking-prod-records-v2.csv', () => {
  it('reads 30,000 watched episodes', () => {
    const catalogue = parseCatalogue(readPublicCatalogue())
    const ids = parseCatalogueIds(JSON.parse(readFileSync(PUBLIC_IDS_PATH, 'utf8')) as unknown)
    const text = generateTvTimeRecords(30_000, catalogue, ids)
    const result = parse({ name: 'tracking-prod-records-v2.csv', text })
    expect(result.rows).toHaveLength(30_000)
    expect(result.rows.every((r) => r.viewings.length === 1)).toBe(true)
    expect(result.ignored).toBe(0)
    const tng = result.rows.find((r) => r.ref.show?.title === TNG)
    expect(tng?.ref.show?.ids?.tvdb).toBe(71470)
  })
})
