import type { CatalogueIds } from '@/catalogue/external-ids'
import { episodeCode, indexCatalogue, seasonTitle, type CatalogueIndex } from '@/catalogue/select'
import type { Catalogue } from '@/catalogue/schema'
import { formats } from './formats'
import { createMatcher, fileOfSource } from './match'
import type { MatchedRow, Unmatched } from './plan'
import { readSources, type SourceFile } from './read-files'
import { ImportFileError, type ImportRow, type Service, type TextFile } from './types'

/** What was found in the files, before matching: "Trakt export: 2,314 viewings, 410 ratings". */
export interface Found {
  service: Service
  files: string[]
  viewings: number
  ratings: number
  notes: number
}

export interface ReadExport {
  found: Found[]
  rows: MatchedRow[]
  unmatched: Unmatched[]
  /** Rows left out on purpose (not watched, watchlist, totals). */
  ignored: number
  /** Files not read: other kinds of file, credentials, what no service claims, copies. */
  notRead: string[]
  /** What the person should know before importing (an export its service says is incomplete). */
  warnings: string[]
}

export type Progress =
  | { stage: 'unpacking' }
  | { stage: 'reading'; service: Service; files: number }
  | { stage: 'matching'; done: number; total: number }

/**
 * How the catalogue names what a row matched, for the plan and its conflicts: the file's own
 * label may number a two-parter differently ("S01E02 The Naked Now" on Trakt is S01E03 here).
 */
function catalogueLabel(index: CatalogueIndex, ids: readonly string[]): string | undefined {
  const first = ids[0]
  if (first === undefined) return undefined
  const series = index.seriesById.get(first)
  if (series) return series.title
  const season = index.seasonsById.get(first)
  if (season)
    return `${season.series.title}, ${seasonTitle(season.series, season.season).toLowerCase()}`
  const entry = index.episodes.get(first)
  if (!entry) return undefined
  if (entry.series.kind !== 'series') {
    const year = entry.episode.airDate?.slice(0, 4)
    return year ? `${entry.episode.title} (${year})` : entry.episode.title
  }
  const title = ids.length > 1 ? (entry.episode.partOf ?? entry.episode.title) : entry.episode.title
  const last = ids.length > 1 ? index.episodes.get(ids.at(-1)!) : undefined
  const code = last ? `${episodeCode(entry)}–${episodeCode(last).slice(3)}` : episodeCode(entry)
  return `${entry.series.title} ${code} ${title}`
}

/**
 * Files as chosen → what they hold, matched to the catalogue: the heavy part of an import, a
 * pure function run in a Web Worker. Throws ImportFileError (with the file's name) for a file
 * it cannot read, and when nothing chosen is an export it knows.
 */
export function readExport(
  sources: readonly SourceFile[],
  catalogue: Catalogue,
  ids: CatalogueIds,
  progress: (p: Progress) => void = () => {},
): ReadExport {
  progress({ stage: 'unpacking' })
  const { files, skipped } = readSources(sources)
  const claimed = new Map<(typeof formats)[number], TextFile[]>()
  const notRead = [...skipped]
  const warnings: string[] = []
  // The same file chosen twice (loose and in its ZIP, or two copies of one export) is read once.
  const seen = new Map<string, string>()
  for (const file of files) {
    const copyOf = seen.get(file.text)
    if (copyOf !== undefined) {
      notRead.push(`${file.name} (the same as ${copyOf})`)
      continue
    }
    seen.set(file.text, file.name)
    if (/(^|\/)_errors\.json$/.test(file.name)) {
      warnings.push(
        'Trakt says this export is incomplete: some of it failed to download (its _errors.json). Export again on trakt.tv to get everything.',
      )
    }
    const format = formats.find((f) => f.claims(file))
    if (!format) {
      notRead.push(file.name)
      continue
    }
    const list = claimed.get(format)
    if (list) list.push(file)
    else claimed.set(format, [file])
  }
  if (claimed.size === 0) {
    const names = sources.map((s) => s.name).join(', ')
    throw new ImportFileError(
      names,
      files.length === 0
        ? 'there is no CSV or JSON file in it. Choose the export file as the service gave it: a ZIP, or its CSV or JSON files.'
        : 'none of these files is a TV Time, Trakt, IMDb or Letterboxd export this app reads.',
    )
  }
  const found: Found[] = []
  const parsed: { service: Service; rows: ImportRow[] }[] = []
  let ignored = 0
  for (const [format, list] of claimed) {
    progress({ stage: 'reading', service: format.service, files: list.length })
    const result = format.parse(list)
    ignored += result.ignored
    parsed.push({ service: format.service, rows: result.rows })
    found.push({
      service: format.service,
      files: result.files,
      viewings: result.rows.reduce((n, row) => n + row.viewings.length, 0),
      ratings: result.rows.filter((row) => row.rating10 !== undefined).length,
      notes: result.rows.filter((row) => row.note).length,
    })
  }
  const index = indexCatalogue(catalogue)
  const everyRow = parsed.flatMap((p) => p.rows)
  const matcher = createMatcher(index, ids, everyRow)
  const rows: MatchedRow[] = []
  const unmatched: Unmatched[] = []
  const total = everyRow.length
  let done = 0
  for (const { service, rows: list } of parsed) {
    for (const row of list) {
      const match = matcher.match(row.ref, fileOfSource(row.source))
      if (match.ok) {
        rows.push({
          service,
          source: row.source,
          ids: match.ids,
          label: catalogueLabel(index, match.ids) ?? row.label,
          viewings: row.viewings,
          ...(row.rating10 !== undefined && { rating10: row.rating10 }),
          ...(row.ratedAt !== undefined && { ratedAt: row.ratedAt }),
          ...(row.note !== undefined && { note: row.note }),
          ...(row.watchedIfRated && { watchedIfRated: true }),
        })
      } else unmatched.push({ service, source: row.source, label: row.label, reason: match.reason })
      done += 1
      if (done % 2000 === 0) progress({ stage: 'matching', done, total })
    }
  }
  return { found, rows, unmatched, ignored, notRead, warnings }
}
