import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { imdbFormat } from '@/tracking/import/imdb/imdb'
import { decodeText } from '@/tracking/import/read-files'
import { ImportFileError, type TextFile } from '@/tracking/import/types'

const folder = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/import/imdb')

/** A fixture as the import reads it: bytes decoded, BOM removed, UTF-8 else Windows-1252. */
const fixture = (name: string): TextFile => ({
  name,
  text: decodeText(readFileSync(resolve(folder, name))),
})

const header2024 =
  'Const,Your Rating,Date Rated,Title,Original Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors'

describe('IMDb ratings: which files', () => {
  it('claims the ratings export of every layout', () => {
    expect(imdbFormat.claims(fixture('ratings.csv'))).toBe(true)
    expect(imdbFormat.claims(fixture('ratings-2021.csv'))).toBe(true)
    expect(imdbFormat.claims(fixture('ratings-resaved.csv'))).toBe(true)
    const older = {
      name: 'ratings.csv',
      text: '"position","const","created","modified","description","Title","Title type","Directors","You rated","IMDb Rating","Runtime (mins)","Year","Genres","Num. Votes","Release Date (month/day/year)","URL"\n',
    }
    expect(imdbFormat.claims(older)).toBe(true)
  })

  it('leaves out a list or watchlist export, Letterboxd’s ratings.csv and other files', () => {
    const watchlist = {
      name: 'WATCHLIST.csv',
      text: 'Position,Const,Created,Modified,Description,Title,Original Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors,Your Rating,Date Rated\n',
    }
    expect(imdbFormat.claims(watchlist)).toBe(false)
    const letterboxd = { name: 'ratings.csv', text: 'Date,Name,Year,Letterboxd URI,Rating\n' }
    expect(imdbFormat.claims(letterboxd)).toBe(false)
    expect(imdbFormat.claims({ name: 'ratings.json', text: `${header2024}\n` })).toBe(false)
  })
})

describe('IMDb ratings: the 2024+ layout', () => {
  it('gives one rating per title, episodes with their full title, other types left out', () => {
    const parsed = imdbFormat.parse([fixture('ratings.csv')])
    expect(parsed.service).toBe('imdb')
    expect(parsed.files).toEqual(['ratings.csv'])
    expect(parsed.rows).toEqual([
      {
        source: 'ratings.csv, line 2',
        label: 'Star Trek (2009)',
        ref: {
          kind: 'film',
          ids: { imdb: 'tt0796366' },
          title: 'Star Trek',
          year: 2009,
          airDate: '2009-05-08',
        },
        viewings: [],
        rating10: 7,
        ratedAt: '2021-11-13',
        watchedIfRated: true,
      },
      {
        source: 'ratings.csv, line 3',
        label: 'Star Trek: The Next Generation: The Naked Now',
        ref: {
          kind: 'episode',
          ids: { imdb: 'tt0708810' },
          title: 'Star Trek: The Next Generation: The Naked Now',
          airDate: '1987-10-05',
        },
        viewings: [],
        rating10: 6,
        ratedAt: '2023-02-14',
        watchedIfRated: true,
      },
      {
        source: 'ratings.csv, line 4',
        label: 'Star Trek: The Next Generation',
        ref: {
          kind: 'series',
          ids: { imdb: 'tt0092455' },
          title: 'Star Trek: The Next Generation',
          year: 1987,
        },
        viewings: [],
        rating10: 9,
        ratedAt: '2022-06-01',
        watchedIfRated: true,
      },
      // Line 5, a video game, is left out.
      {
        source: 'ratings.csv, line 6',
        label: 'Galaxy Quest (1999)',
        ref: {
          kind: 'film',
          ids: { imdb: 'tt0177789' },
          title: 'Galaxy Quest',
          year: 1999,
          airDate: '1999-12-25',
        },
        viewings: [],
        rating10: 8,
        ratedAt: '2024-01-02',
        watchedIfRated: true,
      },
      {
        source: 'ratings.csv, line 7',
        label: 'Star Trek: Beyond the Final Frontier (2007)',
        // A Const without `tt` is no id; the title and year still find it.
        ref: {
          kind: 'film',
          title: 'Star Trek: Beyond the Final Frontier',
          year: 2007,
          airDate: '2007-02-19',
        },
        viewings: [],
        rating10: 6,
        ratedAt: '2024-05-03',
        watchedIfRated: true,
      },
      {
        source: 'ratings.csv, line 8',
        // Title, not Original Title.
        label: 'Star Trek Nemesis (2002)',
        ref: {
          kind: 'film',
          ids: { imdb: 'tt0253754' },
          title: 'Star Trek Nemesis',
          year: 2002,
          airDate: '2002-12-13',
        },
        viewings: [],
        rating10: 5,
        ratedAt: '2025-02-09',
        watchedIfRated: true,
      },
    ])
    expect(parsed.ignored).toBe(1)
    expect(parsed.rows[4]?.ref).not.toHaveProperty('ids')
  })

  it('reads every title type IMDb writes', () => {
    const types = [
      ['Movie', 'film'],
      ['TV Movie', 'film'],
      ['TV Special', 'film'],
      ['Video', 'film'],
      ['Short', 'film'],
      ['TV Short', 'film'],
      ['TV Episode', 'episode'],
      ['TV Series', 'series'],
      ['TV Mini Series', 'series'],
      ['Video Game', null],
      ['Music Video', null],
      ['Podcast Series', null],
      ['Podcast Episode', null],
    ] as const
    const lines = types.map(
      ([type], i) => `tt${1000 + i},5,2024-01-01,"Title ${i}","Title ${i}",,${type},,,2000,,,,`,
    )
    const parsed = imdbFormat.parse([
      { name: 'ratings.csv', text: [header2024, ...lines].join('\n') },
    ])
    expect(parsed.rows.map((r) => [r.ref.title, r.ref.kind])).toEqual(
      types.flatMap(([, kind], i) => (kind ? [[`Title ${i}`, kind]] : [])),
    )
    expect(parsed.ignored).toBe(4)
  })

  it('leaves out a row whose rating is not a whole number from 1 to 10', () => {
    const lines = ['0', '11', '7.5', '', 'ten', '10'].map(
      (rating) => `tt0796366,${rating},2021-11-13,"Star Trek","Star Trek",,Movie,,,2009,,,,`,
    )
    const parsed = imdbFormat.parse([
      { name: 'ratings.csv', text: [header2024, ...lines].join('\n') },
    ])
    expect(parsed.rows.map((r) => r.rating10)).toEqual([10])
    expect(parsed.ignored).toBe(5)
  })
})

describe('IMDb ratings: older and re-saved files', () => {
  it('reads the ≤2021 layout from its Windows-1252 bytes', () => {
    const bytes = readFileSync(resolve(folder, 'ratings-2021.csv'))
    // The file really is Latin-1: ñ is one byte, 0xF1.
    expect(bytes.includes(0xf1)).toBe(true)
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
    const file = fixture('ratings-2021.csv')
    expect(file.text).toContain('Alejandro G. Iñárritu')
    const parsed = imdbFormat.parse([file])
    expect(parsed.rows.map((r) => [r.label, r.ref.kind, r.ref.ids?.imdb, r.rating10])).toEqual([
      ['Star Trek II: The Wrath of Khan (1982)', 'film', 'tt0084726', 9],
      ['Birdman or (The Unexpected Virtue of Ignorance) (2014)', 'film', 'tt2562232', 8],
      ['Trekkies (1997)', 'film', 'tt0120370', 7],
      ['Building Star Trek (2016)', 'film', 'tt6071476', 6],
    ])
    expect(parsed.rows[2]).toMatchObject({
      source: 'ratings-2021.csv, line 4',
      ref: { year: 1997, airDate: '1999-05-21' },
      ratedAt: '2019-08-30',
    })
    expect(parsed.ignored).toBe(0)
  })

  it('reads a spreadsheet’s M/D/YYYY dates', () => {
    const parsed = imdbFormat.parse([fixture('ratings-resaved.csv')])
    expect(parsed.rows).toEqual([
      {
        source: 'ratings-resaved.csv, line 2',
        label: 'Star Trek: First Contact (1996)',
        ref: {
          kind: 'film',
          ids: { imdb: 'tt0117731' },
          title: 'Star Trek: First Contact',
          year: 1996,
          airDate: '1996-11-22',
        },
        viewings: [],
        rating10: 8,
        ratedAt: '2024-03-07',
        watchedIfRated: true,
      },
      {
        source: 'ratings-resaved.csv, line 3',
        label: 'Star Trek: The Next Generation: Encounter at Farpoint',
        ref: {
          kind: 'episode',
          ids: { imdb: 'tt0094030' },
          title: 'Star Trek: The Next Generation: Encounter at Farpoint',
          airDate: '1987-09-28',
        },
        viewings: [],
        rating10: 7,
        ratedAt: '2023-12-25',
        watchedIfRated: true,
      },
    ])
    // Trekkies was re-typed as 11.
    expect(parsed.ignored).toBe(1)
  })

  it('reads the layout before 2018, with its `created` day and older type names', () => {
    const text = [
      '"position","const","created","modified","description","Title","Title type","Directors","You rated","IMDb Rating","Runtime (mins)","Year","Genres","Num. Votes","Release Date (month/day/year)","URL"',
      '"1","tt0092007","Sun Mar  1 00:00:00 2015","","","Star Trek IV: The Voyage Home","Feature Film","Leonard Nimoy","8","7.3","119","1986","adventure, comedy, sci_fi","80000","1986-11-26","http://www.imdb.com/title/tt0092007/"',
      '"2","tt0708810","Sat Dec 31 00:00:00 2016","","","Star Trek: The Next Generation: The Naked Now","TV Episode","Paul Lynch","6","6.7","45","1987","action, adventure","4000","1987-10-05","http://www.imdb.com/title/tt0708810/"',
      '"3","tt0120370","Sat Dec 31 00:00:00 2016","","","Trekkies","Documentary","Roger Nygard","","6.6","86","1997","documentary","6000","1999-05-21","http://www.imdb.com/title/tt0120370/"',
    ].join('\n')
    const parsed = imdbFormat.parse([{ name: 'ratings.csv', text }])
    expect(parsed.rows).toEqual([
      {
        source: 'ratings.csv, line 2',
        label: 'Star Trek IV: The Voyage Home (1986)',
        ref: {
          kind: 'film',
          ids: { imdb: 'tt0092007' },
          title: 'Star Trek IV: The Voyage Home',
          year: 1986,
          airDate: '1986-11-26',
        },
        viewings: [],
        rating10: 8,
        ratedAt: '2015-03-01',
        watchedIfRated: true,
      },
      {
        source: 'ratings.csv, line 3',
        label: 'Star Trek: The Next Generation: The Naked Now',
        ref: {
          kind: 'episode',
          ids: { imdb: 'tt0708810' },
          title: 'Star Trek: The Next Generation: The Naked Now',
          airDate: '1987-10-05',
        },
        viewings: [],
        rating10: 6,
        ratedAt: '2016-12-31',
        watchedIfRated: true,
      },
    ])
    // Not rated: nothing to import.
    expect(parsed.ignored).toBe(1)
  })

  it('refuses a file without a column it needs, naming the file and the column', () => {
    const text = `Const,Your Rating,Date Rated,Title,URL,IMDb Rating,Year\ntt0796366,7,2021-11-13,Star Trek,,7.9,2009\n`
    const file = { name: 'jdoe/ratings.csv', text }
    expect(imdbFormat.claims(file)).toBe(true)
    let error: unknown
    try {
      imdbFormat.parse([file])
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ImportFileError)
    expect((error as ImportFileError).fileName).toBe('jdoe/ratings.csv')
    expect((error as ImportFileError).message).toContain('Title Type')
  })

  it('reads several files in one go', () => {
    const parsed = imdbFormat.parse([fixture('ratings.csv'), fixture('ratings-2021.csv')])
    expect(parsed.files).toEqual(['ratings.csv', 'ratings-2021.csv'])
    expect(parsed.rows).toHaveLength(10)
    expect(parsed.ignored).toBe(1)
  })
})
