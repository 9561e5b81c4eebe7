import { formatPath } from '@/lib/format-path'
import { v, validate } from '@/lib/schema'
import { migrateRecords } from '../migrations/run-migrations'
import { SCHEMA_VERSION } from '../model'
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  MAX_BACKUP_BYTES,
  backupSchema,
  type Backup,
} from './backup-format'

export type ParseResult = { ok: true; backup: Backup } | { ok: false; message: string }

const fail = (message: string): ParseResult => ({ ok: false, message })

const envelope = v.looseObject({
  format: v.optional(v.unknown()),
  formatVersion: v.optional(v.unknown()),
  schemaVersion: v.optional(v.unknown()),
  records: v.optional(v.unknown()),
})

/**
 * Reads a backup file's bytes as UTF-8, refusing bytes that are not: a lenient decode would turn
 * them into U+FFFD and quietly change the person's notes on the way in.
 */
export function parseBackupBytes(bytes: ArrayBuffer | Uint8Array): ParseResult {
  if (bytes.byteLength > MAX_BACKUP_BYTES) return parseBackup('', bytes.byteLength)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return fail(
      'This file is not a Captain’s Log backup: it holds bytes that are not UTF-8 text (it may be damaged, or re-saved in another encoding).',
    )
  }
  return parseBackup(text, bytes.byteLength)
}

/** Clocks between devices disagree a little; a day ahead is still a real edit. */
const CLOCK_SLACK_MS = 24 * 60 * 60 * 1000

/**
 * Reads a backup file's text. Never throws: every way a file can be wrong becomes one sentence
 * that says exactly what is wrong (naming the field when one is bad).
 */
export function parseBackup(
  text: string,
  byteSize = new Blob([text]).size,
  now = Date.now(),
): ParseResult {
  if (byteSize > MAX_BACKUP_BYTES) {
    const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`
    return fail(`This file is too large (${mb(byteSize)}; the limit is ${mb(MAX_BACKUP_BYTES)}).`)
  }
  let json: unknown
  try {
    // Some editors save a byte-order mark in front of the JSON.
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return fail('This file is not a Captain’s Log backup: it is not JSON.')
  }
  const head = validate(envelope, json)
  if (!head.success || head.data.format !== BACKUP_FORMAT) {
    return fail('This file is not a Captain’s Log backup (it is JSON, but not our format).')
  }
  const version = head.data.formatVersion
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return fail(
      `This backup was made by a newer version of Captain’s Log (format ${version}). Update the app, then import it again.`,
    )
  }
  const schemaVersion = head.data.schemaVersion
  if (typeof schemaVersion === 'number' && schemaVersion > SCHEMA_VERSION) {
    return fail(
      `This backup was made by a newer version of Captain’s Log (records in format ${schemaVersion}). Update the app, then import it again.`,
    )
  }
  const { records } = head.data
  // Records of an older format are brought up to today's, exactly as stored ones are.
  const current =
    Number.isInteger(schemaVersion) && Array.isArray(records)
      ? { ...head.data, records: migrateRecords(records, schemaVersion as number) }
      : json
  const result = validate(backupSchema, current)
  if (!result.success) {
    const issue = result.issues[0]
    const where = issue ? formatPath(issue.path) : 'file'
    return fail(`This backup has a bad field: ${where}: ${issue?.message ?? 'invalid'}.`)
  }
  const ids = new Set<string>()
  for (const [i, record] of result.data.records.entries()) {
    if (ids.has(record.id))
      return fail(`This backup has a bad field: records[${i}].id: duplicate id ${record.id}.`)
    ids.add(record.id)
  }
  // An edit stamped in the future (a device whose clock ran ahead, or a file made on one) would
  // win over every edit made here until that date: it is taken as made now. Nothing the person
  // sees changes; refusing the file would have made such a backup impossible to restore.
  const limit = now + CLOCK_SLACK_MS
  const stamped = result.data.records.map((record) =>
    record.updatedAt > limit ? { ...record, updatedAt: now } : record,
  )
  return { ok: true, backup: { ...result.data, records: stamped } }
}
