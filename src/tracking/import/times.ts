import { isValidDay } from '@/lib/dates'
import type { PlayTime } from './types'

/**
 * The dates and times other trackers write, as a viewing's time. Anything else gives null, and
 * the parser decides (an unreadable date is a viewing of unknown date, never a made-up one).
 */

/** The file's time as an exact UTC instant: ISO with a zone, or a zoneless time read as UTC. */
export function utcInstant(value: string): string | null {
  const text = value.trim()
  // 2026-04-01T11:10:00.000Z, 2026-04-01T11:10:00+02:00, 2022-04-27T01:49:07.123456Z
  let m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/.exec(text)
  if (m) return toIso(`${m[1]}T${m[2]}${m[3]?.slice(0, 4) ?? ''}${m[4]}`)
  // TV Time: `2022-04-27 01:49:07` (no zone: UTC), Go: `2017-05-02 21:24:51 +0000 UTC`
  m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(?: ?([+-]\d{4}))?(?: UTC)?$/.exec(
    text,
  )
  if (m) {
    const zone = m[3] ? `${m[3].slice(0, 3)}:${m[3].slice(3)}` : 'Z'
    return toIso(`${m[1]}T${m[2]}${zone}`)
  }
  return null
}

function toIso(text: string): string | null {
  const day = text.slice(0, 10)
  if (!isValidDay(day)) return null
  const date = new Date(text)
  if (Number.isNaN(date.getTime())) return null
  // Whole seconds, as the app writes them: `2026-04-01T11:10:00Z`.
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** A calendar day: `2024-05-03`, or as a spreadsheet re-saves it, `5/3/2024` (US order). */
export function calendarDay(value: string): string | null {
  const text = value.trim()
  if (isValidDay(text)) return text
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text)
  if (!m) return null
  const day = `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`
  return isValidDay(day) ? day : null
}

/** A viewing at an instant, on a day, or of unknown date, from whatever the file wrote. */
export function viewingAt(value: string | null | undefined): PlayTime {
  if (value) {
    const exact = utcInstant(value)
    if (exact) return { precision: 'exact', watchedAt: exact }
    const day = calendarDay(value)
    if (day) return { precision: 'date', watchedAt: day }
  }
  return { precision: 'unknown', watchedAt: null }
}

export const unknownViewing = (): PlayTime => ({ precision: 'unknown', watchedAt: null })
