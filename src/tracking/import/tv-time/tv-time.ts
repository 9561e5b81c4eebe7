import type { ExportFormat, ParsedExport, TextFile } from '../types'
import type { Collected } from './collect'
import { kindOfFile, type KindOfFile } from './files'
import { gdprOrder, readGdpr } from './gdpr'
import { readMyData } from './my-data'
import { SeenTitles } from './rows'

/**
 * TV Time (shut down 15 July 2026): the 2026 "export my data" files and the GDPR exports of
 * 2020–2026, in any mix. Everything keys on TheTVDB; only the 2026 files carry IMDb ids.
 * Only watches become viewings, plus the episode votes as ratings.
 */
export const tvTimeFormat: ExportFormat = {
  service: 'tvtime',
  claims: (file) => kindOfFile(file) !== null,
  parse: (files) => {
    const known = files.flatMap((file) => {
      const kind = kindOfFile(file)
      return kind ? [{ file, kind }] : []
    })
    const gdpr: { file: TextFile; kind: KindOfFile['kind'] }[] = []
    for (const kind of gdprOrder) {
      for (const entry of known) if (entry.kind.kind === kind) gdpr.push({ file: entry.file, kind })
    }
    const out: Collected = {
      rows: [],
      ignored: 0,
      read: [],
      newer: gdpr.length > 0 ? new SeenTitles() : null,
    }
    // The 2026 files first: they are the fullest copy, so a GDPR table of the same account
    // only adds what they lack.
    readMyData(known, out)
    readGdpr(gdpr, out)
    const result: ParsedExport = {
      service: 'tvtime',
      files: out.read,
      rows: out.rows,
      ignored: out.ignored,
    }
    return result
  },
}
