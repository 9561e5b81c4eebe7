import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { letterboxdFormat, reviewText } from '@/tracking/import/letterboxd/letterboxd'
import { decodeText } from '@/tracking/import/read-files'
import { ImportFileError, type ImportRow, type TextFile } from '@/tracking/import/types'

const folder = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/import/letterboxd')

/** A fixture as the import reads it, named as inside the export's ZIP. */
const fixture = (name: string): TextFile => ({
  name,
  text: decodeText(readFileSync(resolve(folder, name))),
})

const exportFiles = ['diary.csv', 'ratings.csv', 'watched.csv', 'reviews.csv'].map(fixture)

const khan = { kind: 'film', title: 'Star Trek II: The Wrath of Khan', year: 1982 } as const
const behind = {
  kind: 'film',
  title: 'What We Left Behind: Looking Back at Star Trek: Deep Space Nine',
  // Letterboxd gives its festival year, one before the catalogue's 2019.
  year: 2018,
} as const

const rowsOf = (name: string, rows: readonly ImportRow[]) =>
  rows.filter((r) => r.source.startsWith(`${name},`))

describe('Letterboxd: which files', () => {
  it('claims diary, ratings, watched and reviews at the top of the export', () => {
    for (const file of exportFiles) expect(letterboxdFormat.claims(file)).toBe(true)
    // Unpacked into a folder of its own, it is still the top of the export.
    const diary = fixture('diary.csv')
    expect(letterboxdFormat.claims({ ...diary, name: 'letterboxd-jdoe-2026/diary.csv' })).toBe(true)
  })

  it('never claims deleted or orphaned entries, the watchlist, lists or likes', () => {
    expect(letterboxdFormat.claims(fixture('deleted/diary.csv'))).toBe(false)
    const reviews = fixture('reviews.csv')
    expect(letterboxdFormat.claims({ ...reviews, name: 'orphaned/reviews.csv' })).toBe(false)
    expect(letterboxdFormat.claims({ ...reviews, name: 'export/deleted/reviews.csv' })).toBe(false)
    expect(letterboxdFormat.claims(fixture('watchlist.csv'))).toBe(false)
    const watched = fixture('watched.csv')
    expect(letterboxdFormat.claims({ ...watched, name: 'likes/films.csv' })).toBe(false)
    expect(letterboxdFormat.claims({ ...watched, name: 'lists/diary.csv' })).toBe(false)
    const list = 'Letterboxd list export v7\nDate,Name,Tags,URL,Description\n'
    expect(letterboxdFormat.claims({ name: 'diary.csv', text: list })).toBe(false)
    expect(letterboxdFormat.claims({ name: 'comments.csv', text: 'Date,Content,Comment\n' })).toBe(
      false,
    )
  })

  it('leaves IMDb’s ratings.csv to IMDb', () => {
    const text =
      'Const,Your Rating,Date Rated,Title,Original Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors\n'
    expect(letterboxdFormat.claims({ name: 'ratings.csv', text })).toBe(false)
  })
})

describe('Letterboxd: the diary', () => {
  it('gives each diary row one viewing on its watched day, rewatch or not (a CRLF file)', () => {
    const file = fixture('diary.csv')
    expect(file.text).toContain('\r\n')
    const parsed = letterboxdFormat.parse([file])
    expect(parsed.service).toBe('letterboxd')
    expect(parsed.files).toEqual(['diary.csv'])
    expect(parsed.rows).toEqual([
      {
        source: 'diary.csv, line 2',
        label: 'Star Trek II: The Wrath of Khan (1982)',
        ref: khan,
        viewings: [{ precision: 'date', watchedAt: '2023-01-07' }],
        rating10: 9,
        ratedAt: '2023-01-08',
      },
      {
        source: 'diary.csv, line 3',
        label: 'Star Trek II: The Wrath of Khan (1982)',
        ref: khan,
        viewings: [{ precision: 'date', watchedAt: '2024-02-10' }],
        rating10: 10,
        ratedAt: '2024-02-11',
      },
      {
        source: 'diary.csv, line 4',
        label: 'Star Trek III: The Search for Spock (1984)',
        ref: { kind: 'film', title: 'Star Trek III: The Search for Spock', year: 1984 },
        viewings: [{ precision: 'date', watchedAt: '2024-02-12' }],
        rating10: 7,
        ratedAt: '2024-02-12',
      },
      {
        source: 'diary.csv, line 5',
        label: 'Star Trek IV: The Voyage Home (1986)',
        ref: { kind: 'film', title: 'Star Trek IV: The Voyage Home', year: 1986 },
        // No watched day: the day it was logged. No rating.
        viewings: [{ precision: 'date', watchedAt: '2024-03-02' }],
      },
      {
        source: 'diary.csv, line 6',
        label: 'What We Left Behind: Looking Back at Star Trek: Deep Space Nine (2018)',
        ref: behind,
        viewings: [{ precision: 'date', watchedAt: '2019-05-13' }],
        rating10: 8,
        ratedAt: '2019-06-01',
      },
      {
        source: 'diary.csv, line 7',
        label: 'Star Trek: Section 31 (2025)',
        ref: { kind: 'film', title: 'Star Trek: Section 31', year: 2025 },
        viewings: [{ precision: 'date', watchedAt: '2025-01-24' }],
        rating10: 1,
        ratedAt: '2025-01-26',
      },
    ])
    expect(parsed.rows[3]).not.toHaveProperty('rating10')
    expect(parsed.ignored).toBe(0)
  })

  it('keeps the viewing of a row whose rating is not a half star from 0.5 to 5', () => {
    const text = [
      'Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date',
      '2024-01-02,Star Trek Beyond,2016,https://boxd.it/a,6,,,2024-01-01',
      '2024-01-03,Star Trek Beyond,2016,https://boxd.it/b,0.25,,,2024-01-03',
      '2024-01-04,Star Trek Beyond,2016,https://boxd.it/c,0,,,not a day',
    ].join('\n')
    const parsed = letterboxdFormat.parse([{ name: 'diary.csv', text }])
    expect(parsed.rows.map((r) => [r.rating10, r.viewings])).toEqual([
      [undefined, [{ precision: 'date', watchedAt: '2024-01-01' }]],
      [undefined, [{ precision: 'date', watchedAt: '2024-01-03' }]],
      [undefined, [{ precision: 'unknown', watchedAt: null }]],
    ])
  })
})

describe('Letterboxd: the whole export', () => {
  const parsed = letterboxdFormat.parse(exportFiles)

  it('reads every file it was given', () => {
    expect(parsed.files).toEqual(['diary.csv', 'ratings.csv', 'watched.csv', 'reviews.csv'])
  })

  it('gives ratings with the day they were rated', () => {
    expect(rowsOf('ratings.csv', parsed.rows)).toEqual([
      {
        source: 'ratings.csv, line 2',
        label: 'Star Trek II: The Wrath of Khan (1982)',
        ref: khan,
        viewings: [],
        rating10: 10,
        ratedAt: '2024-02-11',
      },
      {
        source: 'ratings.csv, line 3',
        label: 'Star Trek III: The Search for Spock (1984)',
        ref: { kind: 'film', title: 'Star Trek III: The Search for Spock', year: 1984 },
        viewings: [],
        rating10: 7,
        ratedAt: '2024-02-12',
      },
      {
        source: 'ratings.csv, line 4',
        label: 'What We Left Behind: Looking Back at Star Trek: Deep Space Nine (2018)',
        ref: behind,
        viewings: [],
        rating10: 8,
        ratedAt: '2019-06-01',
      },
      {
        source: 'ratings.csv, line 5',
        label: 'Star Trek Beyond (2016)',
        ref: { kind: 'film', title: 'Star Trek Beyond', year: 2016 },
        viewings: [],
        rating10: 6,
        ratedAt: '2022-08-20',
      },
      {
        source: 'ratings.csv, line 6',
        label: 'Star Trek: Section 31 (2025)',
        ref: { kind: 'film', title: 'Star Trek: Section 31', year: 2025 },
        viewings: [],
        rating10: 1,
        ratedAt: '2025-01-26',
      },
    ])
  })

  it('gives a watched film one viewing of unknown date only when the diary has none', () => {
    expect(rowsOf('watched.csv', parsed.rows)).toEqual([
      {
        source: 'watched.csv, line 6',
        label: 'Star Trek Beyond (2016)',
        ref: { kind: 'film', title: 'Star Trek Beyond', year: 2016 },
        viewings: [{ precision: 'unknown', watchedAt: null }],
      },
      {
        source: 'watched.csv, line 7',
        label: 'Star Trek: The Motion Picture (1979)',
        ref: { kind: 'film', title: 'Star Trek: The Motion Picture', year: 1979 },
        viewings: [{ precision: 'unknown', watchedAt: null }],
      },
      {
        source: 'watched.csv, line 8',
        label: 'Trekkies (1997)',
        ref: { kind: 'film', title: 'Trekkies', year: 1997 },
        viewings: [{ precision: 'unknown', watchedAt: null }],
      },
      {
        source: 'watched.csv, line 10',
        // An empty Year: no year, and a label without one.
        label: 'Prelude to Axanar',
        ref: { kind: 'film', title: 'Prelude to Axanar' },
        viewings: [{ precision: 'unknown', watchedAt: null }],
      },
    ])
    // The five films of the diary are counted as left out, whatever order the files came in.
    expect(parsed.ignored).toBe(5)
    const reversed = letterboxdFormat.parse([...exportFiles].reverse())
    expect(rowsOf('watched.csv', reversed.rows)).toHaveLength(4)
    expect(reversed.ignored).toBe(5)
  })

  it('gives every viewing once: the diary’s six, the undated four, none from reviews', () => {
    expect(parsed.rows.flatMap((r) => r.viewings)).toHaveLength(10)
  })

  it('makes a film’s reviews one plain-text note, oldest first', () => {
    expect(rowsOf('reviews.csv', parsed.rows)).toEqual([
      {
        // The older review is line 3; the file lists the newer first.
        source: 'reviews.csv, line 3',
        label: 'Star Trek II: The Wrath of Khan (1982)',
        ref: khan,
        viewings: [],
        note: [
          'KHAAAN! Still the best one.',
          'Montalbán & Shatner at their peak: "I have been, and always shall be, your friend."',
          '',
          "Second time in this year's marathon.",
          'Spock’s sacrifice <3',
        ].join('\n'),
      },
      {
        source: 'reviews.csv, line 4',
        label: 'What We Left Behind: Looking Back at Star Trek: Deep Space Nine (2018)',
        ref: behind,
        viewings: [],
        note: 'Made me rewatch DS9.\nWorth it — every season.',
      },
    ])
  })

  it('does not bring back what the person deleted', () => {
    const files = [...exportFiles, fixture('deleted/diary.csv'), fixture('watchlist.csv')].filter(
      (file) => letterboxdFormat.claims(file),
    )
    const all = letterboxdFormat.parse(files)
    expect(all.files).not.toContain('deleted/diary.csv')
    expect(all.rows.some((r) => r.ref.title === 'Star Trek V: The Final Frontier')).toBe(false)
    expect(all.rows.some((r) => r.ref.title === 'Star Trek Into Darkness')).toBe(false)
  })
})

describe('Letterboxd: a review as plain text', () => {
  it('turns markup into text and keeps the person’s line breaks', () => {
    expect(reviewText('  <b>Bold</b> and <i>italic</i>\r\nnext line\r\n\r\nnew paragraph  ')).toBe(
      'Bold and italic\nnext line\n\nnew paragraph',
    )
    expect(reviewText('one<br>two<br/>three<br />four')).toBe('one\ntwo\nthree\nfour')
    // A break tag at the end of a typed line is the same break, not a second one.
    expect(reviewText('one<br>\ntwo')).toBe('one\ntwo')
    expect(reviewText('<p>one</p><p>two</p>')).toBe('one\ntwo')
    expect(reviewText('<a href="https://example.org/?a=1&amp;b=2">link</a> <!-- x -->')).toBe(
      'link',
    )
  })

  it('decodes entities once, after the tags are gone', () => {
    expect(reviewText('&amp; &lt; &gt; &quot; &#39; &#8217; &#x2019; &hellip;')).toBe(
      '& < > " \' ’ ’ …',
    )
    expect(reviewText('&lt;b&gt;not bold&lt;/b&gt; &amp;lt;')).toBe('<b>not bold</b> &lt;')
    expect(reviewText('I <3 Spock, 2 < 3, &unknown; &#0;')).toBe(
      'I <3 Spock, 2 < 3, &unknown; &#0;',
    )
  })
})

describe('Letterboxd: files it cannot read', () => {
  it('refuses a file without a column it needs, naming the file and the column', () => {
    const cases = [
      ['diary.csv', 'Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags', 'Watched Date'],
      ['ratings.csv', 'Date,Name,Letterboxd URI,Rating', 'Year'],
      ['watched.csv', 'Date,Year,Letterboxd URI', 'Name'],
      ['reviews.csv', 'Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date', 'Review'],
    ] as const
    for (const [name, header, column] of cases) {
      const file = { name, text: `${header}\n` }
      expect(letterboxdFormat.claims(file)).toBe(true)
      let error: unknown
      try {
        letterboxdFormat.parse([file])
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(ImportFileError)
      expect((error as ImportFileError).fileName).toBe(name)
      expect((error as ImportFileError).message).toContain(`“${column}”`)
    }
  })
})
