import { describe, expect, it } from 'vitest'
import { indexCatalogue } from '@/catalogue/select'
import { toCsv } from '@/tracking/backup/csv'
import { emptyRecord, type WatchRecord } from '@/tracking/model'
import { miniCatalogue } from '../../fixtures/mini-catalogue'
import { byId } from '../../fixtures/watch-records'

const index = indexCatalogue(miniCatalogue)
const HEADER = 'series,season,episode,title,id,watched,rating,note,skipped'

function record(id: string, fields: Partial<WatchRecord>): WatchRecord {
  return { ...emptyRecord(id), updatedAt: 1, updatedBy: 'tab', ...fields }
}

/** Splits CSV text into rows of cells the way a spreadsheet reads RFC 4180. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"'
        i += 1
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(cell)
      cell = ''
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i += 1
    } else cell += c
  }
  return rows
}

describe('toCsv', () => {
  it('starts with a header row and ends every row with CRLF', () => {
    expect(toCsv(index, {})).toBe(`${HEADER}\r\n`)
  })

  it('writes one row per play: a rewatch is two rows, in catalogue order', () => {
    const csv = toCsv(
      index,
      byId([
        record('aaa-s01e02', {
          plays: [{ precision: 'date', watchedAt: '2024-05-09', loggedAt: 1 }],
          rating10: 7,
        }),
        record('aaa-s01e01', {
          plays: [
            { precision: 'release', watchedAt: '2000-01-01', loggedAt: 1 },
            { precision: 'exact', watchedAt: '2024-05-07T12:00:00.000Z', loggedAt: 1 },
          ],
          rating10: 8,
        }),
      ]),
    )
    expect(csv.split('\r\n')).toEqual([
      HEADER,
      'Series A,1,1,A1,aaa-s01e01,2000-01-01,4,,',
      'Series A,1,1,A1,aaa-s01e01,2024-05-07,4,,',
      'Series A,1,2,A2,aaa-s01e02,2024-05-09,3.5,,',
      '',
    ])
  })

  it('quotes notes with commas, quotes and line breaks so a spreadsheet reads them whole', () => {
    const note = 'Loved it, "really".\nSecond line\r\nthird, too'
    const csv = toCsv(
      index,
      byId([
        record('aaa-s01e01', {
          plays: [{ precision: 'unknown', watchedAt: null, loggedAt: 1 }],
          note,
        }),
      ]),
    )
    expect(csv).toContain('"Loved it, ""really"".\nSecond line\r\nthird, too"')
    const rows = parseCsv(csv)
    expect(rows).toHaveLength(2)
    expect(rows[1]).toEqual(['Series A', '1', '1', 'A1', 'aaa-s01e01', '', '', note, ''])
  })

  it.each([
    '=HYPERLINK("http://example.com")',
    '+1+2',
    '-3',
    '@SUM(A1)',
    '\tpadded',
    ' =1+1',
    '\u3000=1+1',
    '\uFF1D1+1',
    '\uFF0B1',
    '\n=cmd',
    ';=1+1',
    ' ; @SUM(A1)',
  ])('defuses a note that a spreadsheet would run as a formula: %j', (note) => {
    const rows = parseCsv(toCsv(index, byId([record('aaa-s01e01', { note })])))
    expect(rows[1]?.at(-2)).toBe(`'${note}`)
  })

  it.each(['Loved it', 'Q: 10/10', 'A 2-parter', '  indented'])(
    'leaves ordinary text as it is: %j',
    (note) => {
      const rows = parseCsv(toCsv(index, byId([record('aaa-s01e01', { note })])))
      expect(rows[1]?.at(-2)).toBe(note)
    },
  )

  it('lists ids the catalogue does not know as "Unknown episode", after the known ones', () => {
    const csv = toCsv(
      index,
      byId([
        record('gone-s09e99', {
          plays: [{ precision: 'date', watchedAt: '2023-01-02', loggedAt: 1 }],
        }),
        record('bbb-s01e01', { rating10: 10 }),
      ]),
    )
    expect(csv.split('\r\n')).toEqual([
      HEADER,
      'Series B,1,1,B1,bbb-s01e01,,5,,',
      ',,,Unknown episode,gone-s09e99,2023-01-02,,,',
      '',
    ])
  })

  it('marks skipped episodes, and lists a series’ and its seasons’ own ratings and notes first', () => {
    const csv = toCsv(
      index,
      byId([
        record('aaa-s01e02', { skipped: true }),
        record('aaa-s01', { rating10: 6 }),
        record('aaa', { note: 'Whole show.' }),
      ]),
    )
    const rows = parseCsv(csv).slice(1)
    expect(rows).toContainEqual(['Series A', '1', '', '(whole season)', 'aaa-s01', '', '3', '', ''])
    expect(rows).toContainEqual([
      'Series A',
      '',
      '',
      '(whole series)',
      'aaa',
      '',
      '',
      'Whole show.',
      '',
    ])
    expect(rows.at(-1)).toEqual(['Series A', '1', '2', 'A2', 'aaa-s01e02', '', '', '', 'yes'])
  })

  it('leaves out records with nothing in them (tombstones)', () => {
    const csv = toCsv(index, byId([record('aaa-s01e01', {}), record('aaa-s01e02', { note: 'x' })]))
    expect(parseCsv(csv).map((row) => row[4])).toEqual(['id', 'aaa-s01e02'])
  })
})
