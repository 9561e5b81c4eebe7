import { baseName, headerColumns, readCsv, type CsvTable } from '../csv'
import { calendarDay, unknownViewing, viewingAt } from '../times'
import {
  ImportFileError,
  type ExportFormat,
  type ImportRow,
  type Ref,
  type TextFile,
} from '../types'

/**
 * Letterboxd's export (import-formats.md §4): a ZIP of CSVs about films only, with no ids of
 * other services, so a film is its Name and Year. The same film is joined across files on
 * those two (diary URIs point at diary entries, not films).
 */
type FileKind = 'diary' | 'ratings' | 'watched' | 'reviews'

const required: Record<FileKind, readonly string[]> = {
  diary: ['Date', 'Name', 'Year', 'Rating', 'Watched Date'],
  ratings: ['Date', 'Name', 'Year', 'Rating'],
  watched: ['Name', 'Year'],
  reviews: ['Date', 'Name', 'Year', 'Review'],
}

/**
 * Folders whose files look like the top-level ones but are not the person's log: `deleted/`
 * holds entries they deleted (they must never come back), `orphaned/` entries of films
 * Letterboxd lost, `lists/` and `likes/` are lists, whatever a list is called.
 */
const otherFolders = new Set(['deleted', 'orphaned', 'lists', 'likes'])

function kindOf(name: string): FileKind | null {
  const folders = name.split('/').slice(0, -1)
  if (folders.some((folder) => otherFolders.has(folder.toLowerCase()))) return null
  switch (baseName(name).toLowerCase()) {
    case 'diary.csv':
      return 'diary'
    case 'ratings.csv':
      return 'ratings'
    case 'watched.csv':
      return 'watched'
    case 'reviews.csv':
      return 'reviews'
    default:
      return null
  }
}

type Cells = Record<string, string>

const filmKey = (cells: Cells): string => `${cells.Name ?? ''}\n${cells.Year ?? ''}`

function filmOf(cells: Cells): { ref: Ref; label: string } {
  const name = cells.Name ?? ''
  const yearText = cells.Year ?? ''
  const ref: Ref = { kind: 'film', title: name }
  if (/^\d{4}$/.test(yearText)) ref.year = Number(yearText)
  return { ref, label: ref.year === undefined ? name : `${name} (${ref.year})` }
}

/** Stars 0.5–5 in half steps → 1–10; anything else is no rating. */
function rating10Of(value: string): number | undefined {
  if (!/^\d+(\.\d+)?$/.test(value)) return undefined
  const rating = Number(value) * 2
  return Number.isInteger(rating) && rating >= 1 && rating <= 10 ? rating : undefined
}

const entities = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
  ['hellip', '…'],
  ['mdash', '—'],
  ['ndash', '–'],
  ['lsquo', '‘'],
  ['rsquo', '’'],
  ['ldquo', '“'],
  ['rdquo', '”'],
])

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1))
      const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
      return valid ? String.fromCodePoint(code) : whole
    }
    return entities.get(body.toLowerCase()) ?? whole
  })
}

/**
 * A review as plain text: notes are never markup. A break tag right before a line break is one
 * break, not two (the person pressed Enter once). Only things shaped like tags are removed, so
 * "<3" and "a < b" stay; entities are decoded last, so an escaped `&lt;b&gt;` stays as text.
 */
export function reviewText(review: string): string {
  const text = review
    .replace(/\r\n?/g, '\n')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\s*\/?>\n?/gi, '\n')
    .replace(/<\/p\s*>\n?/gi, '\n')
    .replace(/<\/?[a-z][^>]*>/gi, '')
  return decodeEntities(text).trim()
}

interface Table {
  file: TextFile
  kind: FileKind
  table: CsvTable
}

const sourceOf = (file: TextFile, line: number) => `${file.name}, line ${line}`

function diaryRows({ file, table }: Table, rows: ImportRow[]): number {
  let ignored = 0
  for (const { line, cells } of table.rows) {
    if (!cells.Name) {
      ignored += 1
      continue
    }
    const watched = cells['Watched Date'] ?? ''
    // Each diary row is one viewing, a rewatch or not; `Date` is the day it was logged, the
    // best there is when no watched day was given.
    const row: ImportRow = {
      source: sourceOf(file, line),
      ...filmOf(cells),
      viewings: [viewingAt(watched === '' ? cells.Date : watched)],
    }
    const rating10 = rating10Of(cells.Rating ?? '')
    if (rating10 !== undefined) {
      row.rating10 = rating10
      const ratedAt = calendarDay(cells.Date ?? '')
      if (ratedAt) row.ratedAt = ratedAt
    }
    rows.push(row)
  }
  return ignored
}

function ratingRows({ file, table }: Table, rows: ImportRow[]): number {
  let ignored = 0
  for (const { line, cells } of table.rows) {
    const rating10 = rating10Of(cells.Rating ?? '')
    if (!cells.Name || rating10 === undefined) {
      ignored += 1
      continue
    }
    const row: ImportRow = {
      source: sourceOf(file, line),
      ...filmOf(cells),
      viewings: [],
      rating10,
    }
    const ratedAt = calendarDay(cells.Date ?? '')
    if (ratedAt) row.ratedAt = ratedAt
    rows.push(row)
  }
  return ignored
}

function watchedRows(
  { file, table }: Table,
  inDiary: ReadonlySet<string>,
  rows: ImportRow[],
): number {
  let ignored = 0
  for (const { line, cells } of table.rows) {
    // watched.csv lists every film watched, the diary's too: another viewing for those would
    // double what the diary says. Its Date is when the film was marked, not when it was seen.
    if (!cells.Name || inDiary.has(filmKey(cells))) {
      ignored += 1
      continue
    }
    rows.push({ source: sourceOf(file, line), ...filmOf(cells), viewings: [unknownViewing()] })
  }
  return ignored
}

function reviewRows({ file, table }: Table, rows: ImportRow[]): number {
  let ignored = 0
  const byFilm = new Map<string, { line: number; cells: Cells; day: string; text: string }[]>()
  for (const { line, cells } of table.rows) {
    const text = reviewText(cells.Review ?? '')
    if (!cells.Name || text === '') {
      ignored += 1
      continue
    }
    // Undated reviews sort after the dated ones.
    const day = calendarDay(cells.Date ?? '') ?? calendarDay(cells['Watched Date'] ?? '') ?? '~'
    const key = filmKey(cells)
    const reviews = byFilm.get(key) ?? []
    reviews.push({ line, cells, day, text })
    byFilm.set(key, reviews)
  }
  for (const reviews of byFilm.values()) {
    // A film has one note: its reviews in the order they were written.
    reviews.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
    const [first] = reviews
    if (!first) continue
    // No viewings: each review's viewing is its diary row.
    rows.push({
      source: sourceOf(file, first.line),
      ...filmOf(first.cells),
      viewings: [],
      note: reviews.map((r) => r.text).join('\n\n'),
    })
  }
  return ignored
}

export const letterboxdFormat: ExportFormat = {
  service: 'letterboxd',
  claims: (file) =>
    kindOf(file.name) !== null && headerColumns(file.text).includes('Letterboxd URI'),
  parse: (files) => {
    const tables: Table[] = files.map((file) => {
      const kind = kindOf(file.name)
      if (!kind) throw new ImportFileError(file.name, 'this is not a file of a Letterboxd export.')
      return { file, kind, table: readCsv(file, required[kind]) }
    })
    // Known before watched.csv is read, whichever order the files came in.
    const inDiary = new Set(
      tables.flatMap((t) => (t.kind === 'diary' ? t.table.rows.map((r) => filmKey(r.cells)) : [])),
    )
    const rows: ImportRow[] = []
    let ignored = 0
    for (const table of tables) {
      if (table.kind === 'diary') ignored += diaryRows(table, rows)
      else if (table.kind === 'ratings') ignored += ratingRows(table, rows)
      else if (table.kind === 'watched') ignored += watchedRows(table, inDiary, rows)
      else ignored += reviewRows(table, rows)
    }
    return { service: 'letterboxd', files: files.map((f) => f.name), rows, ignored }
  },
}
