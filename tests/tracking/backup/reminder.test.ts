import { describe, expect, it } from 'vitest'
import { REMINDER_AFTER_MS, needsBackupReminder } from '@/tracking/backup/reminder'
import type { WatchRecord } from '@/tracking/model'
import { byId, watched } from '../../fixtures/watch-records'

const DAY = 24 * 60 * 60 * 1000
const now = Date.UTC(2020, 2, 1, 20, 0)

/** The log with one change made `daysAgo` days before `now`. */
function changed(daysAgo: number): Record<string, WatchRecord> {
  return byId([watched('tng-s01e01', now - daysAgo * DAY)])
}

describe('needsBackupReminder', () => {
  it('waits a week: the reminder period is 7 days', () => {
    expect(REMINDER_AFTER_MS).toBe(7 * DAY)
  })

  it('never nudges when the browser has made storage persistent', () => {
    expect(
      needsBackupReminder({ persisted: true, records: changed(30), lastExportAt: null, now }),
    ).toBe(false)
  })

  it('never nudges when nothing has been tracked', () => {
    expect(needsBackupReminder({ persisted: false, records: {}, lastExportAt: null, now })).toBe(
      false,
    )
  })

  it('does not nudge for a change made 6 days ago', () => {
    expect(
      needsBackupReminder({ persisted: false, records: changed(6), lastExportAt: null, now }),
    ).toBe(false)
  })

  it('nudges for a change 8 days old that was never exported', () => {
    expect(
      needsBackupReminder({ persisted: false, records: changed(8), lastExportAt: null, now }),
    ).toBe(true)
  })

  it('nudges when the browser cannot say whether storage is persistent', () => {
    expect(
      needsBackupReminder({ persisted: null, records: changed(8), lastExportAt: null, now }),
    ).toBe(true)
  })

  it('does not nudge when a backup was exported after the change', () => {
    expect(
      needsBackupReminder({
        persisted: false,
        records: changed(8),
        lastExportAt: now - 7.5 * DAY,
        now,
      }),
    ).toBe(false)
  })

  it('nudges when the oldest change since the last export is over a week old', () => {
    const records = byId([
      watched('tng-s01e01', now - 20 * DAY), // in the last backup
      watched('tng-s01e02', now - 9 * DAY), // not yet
      watched('tng-s01e03', now - 1 * DAY), // not yet
    ])
    expect(
      needsBackupReminder({ persisted: false, records, lastExportAt: now - 10 * DAY, now }),
    ).toBe(true)
    expect(
      needsBackupReminder({ persisted: false, records, lastExportAt: now - 5 * DAY, now }),
    ).toBe(false)
  })
})
