import Papa from 'papaparse'
import { ImportFileError, type TextFile } from './types'

export interface CsvTable {
  /** The header's names, trimmed, as written. */
  columns: string[]
  /** Each data row by column name ('' for an empty or missing cell), with its line number. */
  rows: { line: number; cells: Record<string, string> }[]
}

/**
 * A CSV file by its header row (papaparse: quoted fields with commas, quotes and CRLF line
 * breaks inside them, as Letterboxd reviews have). `required` columns must all be there, or
 * the file is refused by name.
 */
export function readCsv(file: TextFile, required: readonly string[] = []): CsvTable {
  const result = Papa.parse<string[]>(file.text, { skipEmptyLines: 'greedy' })
  const [header, ...data] = result.data
  if (!header) throw new ImportFileError(file.name, 'the file is empty.')
  const columns = header.map((c) => c.trim())
  const missing = required.filter((c) => !columns.includes(c))
  if (missing.length > 0) {
    throw new ImportFileError(
      file.name,
      `the ${missing.length === 1 ? 'column' : 'columns'} ${missing.map((c) => `“${c}”`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing.`,
    )
  }
  // Lines counted as a spreadsheet shows them: the header is line 1. (Embedded line breaks in a
  // quoted field make this the record's number rather than the text line's; close enough to find it.)
  const rows = data.map((values, i) => {
    const cells: Record<string, string> = {}
    columns.forEach((name, j) => {
      cells[name] = (values[j] ?? '').trim()
    })
    return { line: i + 2, cells }
  })
  return { columns, rows }
}

/** The first line of a text, for recognising a file by its header. */
export function firstLine(text: string): string {
  const end = text.search(/\r?\n/)
  return end === -1 ? text : text.slice(0, end)
}

/** The header's column names (a cheap look for `claims`, not a full parse). */
export function headerColumns(text: string): string[] {
  return firstLine(text)
    .split(',')
    .map((c) => c.trim().replace(/^"|"$/g, ''))
}

/** The last part of a path: `jdoe/watched/history-1.json` → `history-1.json`. */
export function baseName(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1)
}

/** A JSON file's content, or the file refused by name. */
export function readJson(file: TextFile): unknown {
  try {
    return JSON.parse(file.text) as unknown
  } catch {
    throw new ImportFileError(file.name, 'the file is not valid JSON (it may be cut short).')
  }
}
