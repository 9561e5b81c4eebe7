import { baseName } from '../csv'
import type { ImportRow, TextFile } from '../types'
import type { SeenTitles } from './rows'

/** What the readers of one export add to, file after file. */
export interface Collected {
  rows: ImportRow[]
  ignored: number
  /** Names of the files read, in the order they were read. */
  read: string[]
  /**
   * Titles the 2026 "export my data" files list: a GDPR row about one of them repeats it. Null
   * when no GDPR table comes after them.
   */
  newer: SeenTitles | null
}

export const lineOf = (file: TextFile, line: number): string =>
  `${baseName(file.name)}, line ${line}`
export const itemOf = (file: TextFile, item: number): string =>
  `${baseName(file.name)}, item ${item}`

/** A JSON value as the text a CSV cell would hold. */
export function text(value: unknown): string {
  if (typeof value === 'string') return value.trim()
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return ''
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
