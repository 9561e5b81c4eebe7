import { cell } from '../backup/csv'
import type { Unmatched } from './plan'
import { serviceNames } from './types'

/** The rows not imported, for a spreadsheet: what each was and why it was left out. */
export function unmatchedCsv(rows: readonly Unmatched[]): string {
  const lines = [['service', 'where', 'title', 'reason'].join(',')]
  for (const row of rows) {
    lines.push([serviceNames[row.service], row.source, row.label, row.reason].map(cell).join(','))
  }
  return `${lines.join('\r\n')}\r\n`
}
