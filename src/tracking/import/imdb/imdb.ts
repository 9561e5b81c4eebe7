import { isValidDay } from '@/lib/dates'
import { headerColumns, readCsv } from '../csv'
import { calendarDay } from '../times'
import {
  ImportFileError,
  type ExportFormat,
  type ImportRow,
  type Ref,
  type RefIds,
  type TextFile,
} from '../types'

/**
 * IMDb's ratings export (import-formats.md §3): one row per rated title, no viewings. The
 * column names changed over the years; a layout names the columns this reader needs.
 */
interface Layout {
  id: string
  rating: string
  ratedAt: string
  title: string
  type: string
  year: string
  /** Not required: the title is found without it. */
  releaseDate: string
}

/** 2018 onwards (2021 and 2024+ differ only in columns not read here). */
const currentLayout: Layout = {
  id: 'Const',
  rating: 'Your Rating',
  ratedAt: 'Date Rated',
  title: 'Title',
  type: 'Title Type',
  year: 'Year',
  releaseDate: 'Release Date',
}

/** Until 2017 (TraktRater still reads it): `created` is the day the title was rated. */
const olderLayout: Layout = {
  id: 'const',
  rating: 'You rated',
  ratedAt: 'created',
  title: 'Title',
  type: 'Title type',
  year: 'Year',
  releaseDate: 'Release Date (month/day/year)',
}

function layoutOf(columns: readonly string[]): Layout | null {
  if (columns.includes('Const') && columns.includes('Your Rating')) {
    // A list or watchlist export carries the person's ratings too, but it is a list: the
    // ratings export of the same account has them.
    return columns.includes('Position') ? null : currentLayout
  }
  // The older ratings export starts with a lower-case `position` of its own, so it is not
  // refused for that.
  if (columns.includes('const') && columns.includes('You rated')) return olderLayout
  return null
}

/**
 * Title types, lower-cased without spaces or hyphens as trakt-web compares them. The older
 * export's names (`Feature Film`, `Mini-Series`, `Documentary`, `Short Film`) are here too.
 * Anything else (video games, podcasts, music videos) is not something the app tracks.
 */
const kinds = new Map<string, Ref['kind']>([
  ['tvepisode', 'episode'],
  ['tvseries', 'series'],
  ['tvminiseries', 'series'],
  ['miniseries', 'series'],
  ['movie', 'film'],
  ['featurefilm', 'film'],
  ['documentary', 'film'],
  ['tvmovie', 'film'],
  ['tvspecial', 'film'],
  ['video', 'film'],
  ['short', 'film'],
  ['shortfilm', 'film'],
  ['tvshort', 'film'],
])

const kindOf = (type: string): Ref['kind'] | undefined =>
  kinds.get(type.toLowerCase().replace(/[\s-]/g, ''))

function ratingOf(value: string): number | undefined {
  if (!/^\d{1,2}$/.test(value)) return undefined
  const rating = Number(value)
  return rating >= 1 && rating <= 10 ? rating : undefined
}

function yearOf(value: string): number | undefined {
  return /^\d{4}$/.test(value) ? Number(value) : undefined
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** `2021-11-13`, a re-saved `11/13/2021`, or the older export's `Sat Dec 31 00:00:00 2016`. */
function ratedDay(value: string): string | undefined {
  const day = calendarDay(value)
  if (day) return day
  const m = /^[A-Za-z]{3} ([A-Za-z]{3}) +(\d{1,2}) \d{2}:\d{2}:\d{2} (\d{4})$/.exec(value.trim())
  if (!m) return undefined
  const month = months.indexOf(m[1] ?? '') + 1
  if (month === 0) return undefined
  const text = `${m[3]}-${String(month).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`
  return isValidDay(text) ? text : undefined
}

function refOf(kind: Ref['kind'], cells: Record<string, string>, layout: Layout): Ref {
  const id = cells[layout.id] ?? ''
  const title = cells[layout.title] ?? ''
  const year = yearOf(cells[layout.year] ?? '')
  const airDate = calendarDay(cells[layout.releaseDate] ?? '') ?? undefined
  const ref: Ref = { kind }
  // Yamtrack has met a Const without `tt`: the row is still matched by its title.
  if (/^tt\d+$/.test(id)) ref.ids = { imdb: id } satisfies RefIds
  if (title) ref.title = title
  // An episode's Title stays "Series: Episode" as written: Star Trek series names contain
  // colons themselves, so only the matcher, knowing the series, can split it. Its Year is its
  // air year, which the air date already says.
  if (kind !== 'episode' && year !== undefined) ref.year = year
  if (kind !== 'series' && airDate) ref.airDate = airDate
  return ref
}

function readFile(file: TextFile, rows: ImportRow[]): number {
  const layout = layoutOf(headerColumns(file.text))
  if (!layout) throw new ImportFileError(file.name, 'this is not an IMDb ratings export.')
  const table = readCsv(file, [
    layout.id,
    layout.rating,
    layout.ratedAt,
    layout.title,
    layout.type,
    layout.year,
  ])
  let ignored = 0
  for (const { line, cells } of table.rows) {
    const kind = kindOf(cells[layout.type] ?? '')
    const rating10 = ratingOf(cells[layout.rating] ?? '')
    if (!kind || rating10 === undefined) {
      ignored += 1
      continue
    }
    const ref = refOf(kind, cells, layout)
    const title = ref.title ?? cells[layout.id] ?? ''
    const row: ImportRow = {
      source: `${file.name}, line ${line}`,
      label: kind === 'film' && ref.year !== undefined ? `${title} (${ref.year})` : title,
      ref,
      viewings: [],
      rating10,
      // IMDb has ratings only: whether a rating also means "seen" is the person's choice.
      watchedIfRated: true,
    }
    const ratedAt = ratedDay(cells[layout.ratedAt] ?? '')
    if (ratedAt) row.ratedAt = ratedAt
    rows.push(row)
  }
  return ignored
}

export const imdbFormat: ExportFormat = {
  service: 'imdb',
  claims: (file) =>
    file.name.toLowerCase().endsWith('.csv') && layoutOf(headerColumns(file.text)) !== null,
  parse: (files) => {
    const rows: ImportRow[] = []
    let ignored = 0
    for (const file of files) ignored += readFile(file, rows)
    return { service: 'imdb', files: files.map((f) => f.name), rows, ignored }
  },
}
