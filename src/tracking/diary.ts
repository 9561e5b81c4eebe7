import type { CatalogueIndex, EpisodeEntry } from '@/catalogue/select'
import type { Play, WatchRecord } from './model'
import { playDay } from './stats'

export interface DiaryEntry {
  recordId: string
  /** Position of the play in its record, for editing or removing it. */
  playIndex: number
  play: Play
  day: string | null
  entry: EpisodeEntry | undefined
}

/** Every play, newest first; plays without a date (not remembered) last. */
export function diary(
  index: CatalogueIndex,
  records: Readonly<Record<string, WatchRecord>>,
): DiaryEntry[] {
  const rows: DiaryEntry[] = []
  for (const record of Object.values(records)) {
    const entry = index.episodes.get(record.id)
    record.plays.forEach((play, playIndex) => {
      rows.push({ recordId: record.id, playIndex, play, day: playDay(play, entry), entry })
    })
  }
  return rows.sort(newestFirst)
}

/**
 * By local day, newest first (undated last), then by time within a day. The day comes first: an
 * exact time's UTC text can sort it into another local day's rows (02:00 UTC is the evening
 * before in New York), and a day must be one group under one heading.
 */
export function newestFirst(a: DiaryEntry, b: DiaryEntry): number {
  if (a.day !== b.day) {
    if (a.day === null || b.day === null) return a.day === null ? 1 : -1
    return a.day < b.day ? 1 : -1
  }
  const time = (r: DiaryEntry) => (r.play.precision === 'exact' ? (r.play.watchedAt ?? '') : '')
  if (time(a) !== time(b)) return time(a) < time(b) ? 1 : -1
  return b.playIndex - a.playIndex
}

/** The diary as the page lists it: a heading for each day (undated last), then its viewings. */
export type DiaryItem =
  { kind: 'day'; day: string | null; count: number } | { kind: 'row'; row: DiaryEntry }

/** Groups diary rows (already newest first) under one heading per day. */
export function byDay(rows: readonly DiaryEntry[]): DiaryItem[] {
  const items: DiaryItem[] = []
  let heading: Extract<DiaryItem, { kind: 'day' }> | undefined
  for (const row of rows) {
    if (!heading || heading.day !== row.day) {
      heading = { kind: 'day', day: row.day, count: 0 }
      items.push(heading)
    }
    heading.count += 1
    items.push({ kind: 'row', row })
  }
  return items
}
