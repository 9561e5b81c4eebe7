import { localDay } from '@/lib/dates'
import { SCHEMA_VERSION, type WatchRecord } from '../model'
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './backup-format'

interface BackupInput {
  records: Readonly<Record<string, WatchRecord>>
  catalogueVersion: string | null
  settings?: Record<string, unknown>
  now?: Date
}

/** Everything, records sorted by id so two exports of the same data are identical files. */
export function createBackup({
  records,
  catalogueVersion,
  settings = {},
  now = new Date(),
}: BackupInput): Backup {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    schemaVersion: SCHEMA_VERSION,
    catalogueVersion,
    settings,
    records: Object.values(records).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  }
}

export function serializeBackup(backup: Backup): string {
  return JSON.stringify(backup, null, 2) + '\n'
}

export function backupFileName(now = new Date()): string {
  return `captains-log-backup-${localDay(now)}.json`
}
