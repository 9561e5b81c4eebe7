import type { CatalogueIndex } from '@/catalogue/select'
import { dayOf } from '@/lib/dates'
import type { WatchRecord } from '../model'

const columns = [
  'series',
  'season',
  'episode',
  'title',
  'id',
  'watched',
  'rating',
  'note',
  'skipped',
] as const

/**
 * A cell a spreadsheet might run as a formula: = + - @ (or their full-width forms) first, also
 * after spaces, line breaks or the ; and , that some spreadsheets read as a separator; or a
 * leading tab or carriage return.
 */
const formulaLike = /^(?:[\t\r]|[\s;,\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/

/** RFC 4180 quoting; a formula-like cell is defused with a leading ' so it stays text. */
export function cell(value: string | number | null): string {
  if (value === null) return ''
  let text = String(value)
  if (formulaLike.test(text)) text = `'${text}`
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * One row per play (a rewatch is a second row), in catalogue order, a series' and its seasons'
 * own ratings and notes first; unknown ids last. For spreadsheets, not for restoring: the JSON
 * backup is the complete copy.
 */
export function toCsv(
  index: CatalogueIndex,
  records: Readonly<Record<string, WatchRecord>>,
): string {
  const rows: string[] = [columns.join(',')]
  const known: { order: [number, number]; lines: string[] }[] = []
  const unknown: string[] = []
  const seriesOrder = new Map(index.catalogue.series.map((s, i) => [s.id, i]))
  for (const record of Object.values(records)) {
    const entry = index.episodes.get(record.id)
    // Series and seasons carry a rating and a note of their own.
    const scope = index.seasonsById.get(record.id)
    const series = entry?.series ?? scope?.series ?? index.seriesById.get(record.id)
    const rating = record.rating10 === null ? null : record.rating10 / 2
    const plays = record.plays.length > 0 ? record.plays : [null]
    if (
      record.plays.length === 0 &&
      record.rating10 === null &&
      record.note === '' &&
      !record.skipped
    )
      continue
    const title = entry
      ? entry.episode.title
      : scope
        ? '(whole season)'
        : series
          ? '(whole series)'
          : 'Unknown episode'
    const lines = plays.map((play) =>
      [
        series?.title ?? null,
        entry && entry.series.kind === 'series'
          ? entry.season.number
          : (scope?.season.number ?? null),
        entry?.episode.number ?? null,
        title,
        record.id,
        play?.watchedAt ? dayOf(play.watchedAt) : null,
        rating,
        record.note,
        record.skipped ? 'yes' : null,
      ]
        .map(cell)
        .join(','),
    )
    if (entry) known.push({ order: [seriesOrder.get(entry.series.id) ?? 0, entry.index], lines })
    else if (series) known.push({ order: [seriesOrder.get(series.id) ?? 0, -1], lines })
    else unknown.push(...lines)
  }
  known.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1])
  for (const k of known) rows.push(...k.lines)
  rows.push(...unknown)
  return rows.join('\r\n') + '\r\n'
}
