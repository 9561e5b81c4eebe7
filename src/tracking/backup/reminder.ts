import type { WatchRecord } from '../model'

export const REMINDER_AFTER_MS = 7 * 24 * 60 * 60 * 1000

/**
 * A backup is worth a nudge when the browser may evict the data and some change has gone
 * without a backup for a week.
 */
export function needsBackupReminder(input: {
  persisted: boolean | null
  records: Readonly<Record<string, WatchRecord>>
  lastExportAt: number | null
  now: number
}): boolean {
  if (input.persisted === true) return false
  const since = input.lastExportAt ?? 0
  let oldestUnexported = Infinity
  for (const record of Object.values(input.records)) {
    if (record.updatedAt > since && record.updatedAt < oldestUnexported) {
      oldestUnexported = record.updatedAt
    }
  }
  return oldestUnexported !== Infinity && input.now - oldestUnexported >= REMINDER_AFTER_MS
}
