import { describe, expect, it } from 'vitest'
import { BACKUP_VERSION, MAX_BACKUP_BYTES } from '@/tracking/backup/backup-format'
import { parseBackup } from '@/tracking/backup/parse-backup'
import { backupText } from '../../fixtures/backups/backup-files'

const good = JSON.parse(backupText('backup-good.json')) as { records: Record<string, unknown>[] }

function withChanges(change: (file: Record<string, unknown>) => void): string {
  const file = structuredClone(good) as unknown as Record<string, unknown>
  change(file)
  return JSON.stringify(file)
}

function rejection(text: string, byteSize?: number): string {
  const result = parseBackup(text, byteSize)
  if (result.ok) throw new Error('expected the file to be rejected')
  return result.message
}

describe('parseBackup accepts', () => {
  it('a good backup file, with every record as written', () => {
    const result = parseBackup(backupText('backup-good.json'))
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.backup.records).toEqual(good.records)
  })

  it('a file without a trailing newline or indentation', () => {
    expect(parseBackup(JSON.stringify(good)).ok).toBe(true)
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

  it('says a file from a newer version was made by a newer version, naming the format', () => {
    const message = rejection(withChanges((f) => (f.formatVersion = BACKUP_VERSION + 1)))
    expect(message).toMatch(/made by a newer version of Captain’s Log \(format 2\)/)
    expect(message).toMatch(/Update the app/)
  })

  it('says a file over the size limit is too large, without reading it', () => {
    const message = rejection(backupText('backup-good.json'), MAX_BACKUP_BYTES + 1)
    expect(message).toMatch(/too large/)
    expect(message).toMatch(/the limit is 20 MB/)
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
    ['records[1].rating10', (f: typeof good) => (f.records[1]!.rating10 = 11)],
    ['records[0].rating10', (f: typeof good) => (f.records[0]!.rating10 = 4.5)],
    ['records[2].updatedAt', (f: typeof good) => (f.records[2]!.updatedAt = '2024-01-01')],
    ['records[2].updatedBy', (f: typeof good) => delete f.records[2]!.updatedBy],
    ['records[0].id', (f: typeof good) => (f.records[0]!.id = '')],
    ['records[1].plays[0].precision', (f: typeof good) => (f.records[1]!.plays = [{}])],
    [
      'records[2].plays[0].watchedAt',
      (f: typeof good) => (f.records[2]!.plays = [{ precision: 'date', watchedAt: '2024-02-30' }]),
    ],
    ['records[3].note', (f: typeof good) => (f.records[3]!.note = 'x'.repeat(100_001))],
    ['records', (f: typeof good) => ((f as Record<string, unknown>).records = {})],
    ['exportedAt', (f: typeof good) => ((f as Record<string, unknown>).exportedAt = 'today')],
  ])('names %s', (path, change) => {
    const text = withChanges((f) => change(f as unknown as typeof good))
    expect(rejection(text)).toMatch(
      new RegExp(`^This backup has a bad field: ${path.replace(/[[\].]/g, '\\$&')}: `),
    )
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
