import { describe, expect, it } from 'vitest'
import { BACKUP_VERSION, MAX_BACKUP_BYTES } from '@/tracking/backup/backup-format'
import { parseBackup, parseBackupBytes } from '@/tracking/backup/parse-backup'
import { markUnwatched } from '@/tracking/edits'
import { SCHEMA_VERSION, type WatchRecord } from '@/tracking/model'
import { backupText, type BackupName } from '../../fixtures/backups/backup-files'

type FileShape = { schemaVersion: number; records: Record<string, unknown>[] }
const read = (name: BackupName) => JSON.parse(backupText(name)) as FileShape

/** Today's record format (2). */
const current = read('backup-good-v2.json')
/** Record format 1, from before skipped and rewatch passes. */
const legacy = read('backup-good.json')
const good = current

function withChanges(change: (file: Record<string, unknown>) => void, from = good): string {
  const file = structuredClone(from) as unknown as Record<string, unknown>
  change(file)
  return JSON.stringify(file)
}

function rejection(text: string, byteSize?: number): string {
  const result = parseBackup(text, byteSize)
  if (result.ok) throw new Error('expected the file to be rejected')
  return result.message
}

function accepted(text: string): WatchRecord[] {
  const result = parseBackup(text)
  if (!result.ok) throw new Error(result.message)
  return result.backup.records
}

describe('parseBackup accepts', () => {
  it('the fixtures are of the formats they are named for', () => {
    expect(current.schemaVersion).toBe(SCHEMA_VERSION)
    expect(SCHEMA_VERSION).toBe(2)
    expect(legacy.schemaVersion).toBe(1)
  })

  it('a good backup file, with every record as written', () => {
    expect(accepted(backupText('backup-good-v2.json'))).toEqual(current.records)
  })

  it('skipped episodes, rewatch starts and when each play was logged, exactly', () => {
    const byId = new Map(accepted(backupText('backup-good-v2.json')).map((r) => [r.id, r]))
    expect(byId.get('tng')?.rewatchStarts).toEqual([1763500000000])
    expect(byId.get('tng-s01')?.rewatchStarts).toEqual([1763400000000, 1763600000000])
    expect(byId.get('tng-s01e03')).toMatchObject({
      skipped: true,
      plays: [{ loggedAt: 1736100000000 }],
    })
    expect(byId.get('tng-s01e04')).toMatchObject({ skipped: true, plays: [] })
    expect(byId.get('tng-s01e01')?.plays.map((p) => p.loggedAt)).toEqual([
      1700000000000, 1763665331000,
    ])
  })

  it('a file without a trailing newline or indentation', () => {
    expect(parseBackup(JSON.stringify(good)).ok).toBe(true)
    expect(parseBackup(JSON.stringify(legacy)).ok).toBe(true)
  })
})

describe('a backup of an older record format is migrated on import', () => {
  it('reads a format 1 file with every field of every record kept, and the new ones added', () => {
    const records = accepted(backupText('backup-good.json'))
    expect(records).toEqual(
      legacy.records.map((r) => ({
        ...r,
        plays: (r.plays as object[]).map((p) => ({ ...p, loggedAt: 0 })),
        skipped: false,
        rewatchStarts: [],
      })),
    )
    // Spelled out for one record, so the expectation above cannot drift with the code.
    expect(records[1]).toEqual({
      id: 'tng-s01e01',
      plays: [
        { precision: 'release', watchedAt: '1987-09-28', loggedAt: 0 },
        { precision: 'exact', watchedAt: '2026-11-20T19:02:11.000Z', loggedAt: 0 },
      ],
      skipped: false,
      rewatchStarts: [],
      rating10: 7,
      note: 'Rewatched with the kids.\nQ is back, "as ever", with commas.',
      updatedAt: 1763665331000,
      updatedBy: 'laptop-tab',
    })
  })

  it('places every play of a format 1 file before any rewatch, so unticking in a rewatch keeps it', () => {
    const records = accepted(backupText('backup-good.json'))
    // Edited long after a rewatch of this profile began, yet its viewings are older than it.
    const rewatchBegan = 1_000
    for (const record of records) {
      expect(record.updatedAt).toBeGreaterThan(rewatchBegan)
      expect(markUnwatched(rewatchBegan)(record).plays).toEqual(record.plays)
    }
  })

  it('refuses a record format below 1, which no backup was ever written in, naming the field', () => {
    expect(rejection(withChanges((f) => (f.schemaVersion = 0), legacy))).toMatch(
      /^This backup has a bad field: schemaVersion: /,
    )
  })

  it('does not migrate a file that says it is of today’s format: a missing field is named', () => {
    const text = withChanges((f) => {
      const records = f.records as FileShape['records']
      records[0] = { ...legacy.records[0] }
    })
    expect(rejection(text)).toMatch(
      /^This backup has a bad field: records\[0\]\.plays\[0\]\.loggedAt: /,
    )
  })

  it.each([
    ['today’s', current],
    ['a format 1', legacy],
  ])('refuses %s file labelled with a newer record format, saying so', (_what, file) => {
    const message = rejection(withChanges((f) => (f.schemaVersion = SCHEMA_VERSION + 1), file))
    expect(message).toBe(
      `This backup was made by a newer version of Captain’s Log (records in format ${SCHEMA_VERSION + 1}). Update the app, then import it again.`,
    )
  })
})

describe('requirement 22: files that are not a backup we can read, with specific messages', () => {
  it.each(['', '{', 'Hello, Captain', '{"format": "captains-log-backup",}', '\u0000\u0001'])(
    'says a file that is not JSON (%j) is not a backup because it is not JSON',
    (text) => {
      expect(rejection(text)).toBe('This file is not a Captain’s Log backup: it is not JSON.')
    },
  )

  it.each([
    ['null', 'null'],
    ['an array', '[]'],
    ['a number', '42'],
    ['another app’s file', '{"version": 3, "episodes": []}'],
    ['a wrong format name', withChanges((f) => (f.format = 'trek-tracker-backup'))],
    ['no format name', withChanges((f) => delete f.format)],
  ])('says JSON that is not our format (%s) is not a backup', (_what, text) => {
    expect(rejection(text)).toBe(
      'This file is not a Captain’s Log backup (it is JSON, but not our format).',
    )
  })

  it('reads files of format 1 and 2; this version writes 2, which a format 1 reader refuses', () => {
    expect(BACKUP_VERSION).toBe(2)
    expect(parseBackup(backupText('backup-good.json')).ok).toBe(true)
    expect(parseBackup(backupText('backup-good-v2.json')).ok).toBe(true)
    // What the previous release checked: any formatVersion above its own 1 is refused.
    const previousReleaseRefuses = (text: string) =>
      (JSON.parse(text) as { formatVersion: number }).formatVersion > 1
    expect(previousReleaseRefuses(backupText('backup-good-v2.json'))).toBe(true)
  })

  it('says a file from a newer version was made by a newer version, naming the format', () => {
    const message = rejection(withChanges((f) => (f.formatVersion = BACKUP_VERSION + 1)))
    expect(message).toMatch(/made by a newer version of Captain’s Log \(format 3\)/)
    expect(message).toMatch(/Update the app/)
  })

  it('says a file over the size limit is too large, without reading it', () => {
    const message = rejection(backupText('backup-good.json'), MAX_BACKUP_BYTES + 1)
    expect(message).toMatch(/too large/)
    expect(message).toMatch(/the limit is 512 MB/)
    expect(parseBackup(backupText('backup-good.json'), MAX_BACKUP_BYTES).ok).toBe(true)
  })
})

describe('requirement 21: a bad field is named', () => {
  it('names records[3].plays[0].watchedAt in backup-bad-field.json', () => {
    expect(rejection(backupText('backup-bad-field.json'))).toBe(
      'This backup has a bad field: records[3].plays[0].watchedAt: Invalid ISO datetime.',
    )
  })

  it.each([
    ['records[1].rating10', (f: FileShape) => (f.records[1]!.rating10 = 11)],
    ['records[0].rating10', (f: FileShape) => (f.records[0]!.rating10 = 4.5)],
    ['records[2].updatedAt', (f: FileShape) => (f.records[2]!.updatedAt = '2024-01-01')],
    ['records[2].updatedBy', (f: FileShape) => delete f.records[2]!.updatedBy],
    ['records[0].id', (f: FileShape) => (f.records[0]!.id = '')],
    ['records[1].plays[0].precision', (f: FileShape) => (f.records[1]!.plays = [{}])],
    [
      'records[2].plays[0].watchedAt',
      (f: FileShape) =>
        (f.records[2]!.plays = [{ precision: 'date', watchedAt: '2024-02-30', loggedAt: 1 }]),
    ],
    ['records[3].note', (f: FileShape) => (f.records[3]!.note = 'x'.repeat(100_001))],
    ['records', (f: FileShape) => ((f as Record<string, unknown>).records = {})],
    ['exportedAt', (f: FileShape) => ((f as Record<string, unknown>).exportedAt = 'today')],
  ])('names %s, in a file of today’s format and in a format 1 file', (path, change) => {
    for (const file of [current, legacy]) {
      const text = withChanges((f) => change(f as unknown as FileShape), file)
      expect(rejection(text)).toMatch(
        new RegExp(`^This backup has a bad field: ${path.replace(/[[\].]/g, '\\$&')}: `),
      )
    }
  })

  it.each([
    ['records[4].skipped', (f: FileShape) => (f.records[4]!.skipped = 'yes')],
    ['records[1].rewatchStarts', (f: FileShape) => (f.records[1]!.rewatchStarts = 1763500000000)],
    ['records[2].rewatchStarts[1]', (f: FileShape) => (f.records[2]!.rewatchStarts = [1, -2])],
    [
      'records[3].plays[1].loggedAt',
      (f: FileShape) =>
        ((f.records[3]!.plays as Record<string, unknown>[])[1]!.loggedAt = '2026-11-20'),
    ],
    // Issue 8, case 2: values no app can produce, which once locked the whole log.
    ['records[2].updatedAt', (f: FileShape) => (f.records[2]!.updatedAt = Number.MAX_SAFE_INTEGER)],
    [
      'records[1].rewatchStarts[0]',
      (f: FileShape) => (f.records[1]!.rewatchStarts = [Number.MAX_SAFE_INTEGER]),
    ],
    ['records[0].updatedBy', (f: FileShape) => (f.records[0]!.updatedBy = 'x'.repeat(65))],
    ['records[0].id', (f: FileShape) => (f.records[0]!.id = 'x'.repeat(65))],
  ])('names %s, a field of record format 2', (path, change) => {
    const text = withChanges((f) => change(f as unknown as FileShape))
    expect(rejection(text)).toMatch(
      new RegExp(`^This backup has a bad field: ${path.replace(/[[\].]/g, '\\$&')}: `),
    )
  })

  it('takes an edit stamped later than now (a clock that ran ahead) as made now, and keeps the rest', () => {
    const now = Date.UTC(2026, 11, 3)
    const day = 24 * 60 * 60 * 1000
    const parse = (updatedAt: number) => {
      const result = parseBackup(
        withChanges((f) => ((f as unknown as FileShape).records[2]!.updatedAt = updatedAt)),
        undefined,
        now,
      )
      if (!result.ok) throw new Error(result.message)
      return result.backup.records[2]
    }
    // A day of difference between clocks is an ordinary edit; beyond it, the stamp is now.
    expect(parse(now + day)?.updatedAt).toBe(now + day)
    expect(parse(Date.UTC(2199, 0, 1))?.updatedAt).toBe(now)
    const kept = parse(Date.UTC(2199, 0, 1))
    const original = parse(now - 1)
    expect({ ...kept, updatedAt: 0 }).toEqual({ ...original, updatedAt: 0 })
  })

  it('refuses two records with the same id, naming the second', () => {
    const text = withChanges((f) => {
      const records = f.records as Record<string, unknown>[]
      records[2] = { ...records[2], id: records[0]!.id }
    })
    expect(rejection(text)).toBe(
      'This backup has a bad field: records[2].id: duplicate id gone-s09e99.',
    )
  })
})

describe('parseBackupBytes reads the file as UTF-8', () => {
  const encode = (text: string) => new TextEncoder().encode(text)

  it('accepts a good backup, notes in any script kept exactly', () => {
    const text = JSON.stringify({
      ...good,
      records: [{ ...good.records[0], note: 'Q’s “best” — 最高 🖖' }],
    })
    const result = parseBackupBytes(encode(text))
    if (!result.ok) throw new Error(result.message)
    expect(result.backup.records[0]?.note).toBe('Q’s “best” — 最高 🖖')
  })

  it('refuses bytes that are not UTF-8 instead of turning them into U+FFFD', () => {
    const text = encode(JSON.stringify({ ...good, records: [{ ...good.records[0], note: 'XX' }] }))
    const at = text.indexOf(0x58) // the first "X" of the note
    const bytes = Uint8Array.from(text)
    bytes[at] = 0xe9 // "é" in Windows-1252: a lone byte UTF-8 does not allow
    const result = parseBackupBytes(bytes)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toMatch(/not UTF-8 text/)
  })

  it('refuses a file over the limit by its size', () => {
    // Only its size is looked at: no need to allocate half a gigabyte to say so.
    const result = parseBackupBytes({ byteLength: MAX_BACKUP_BYTES + 1 } as ArrayBuffer)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toMatch(/too large/)
  })
})
