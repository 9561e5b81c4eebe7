import { afterEach, describe, expect, it, vi } from 'vitest'
import { validate } from '@/lib/schema'
import { createBackup, serializeBackup } from '@/tracking/backup/export-backup'
import { MAX_BACKUP_BYTES } from '@/tracking/backup/backup-format'
import { parseBackup, parseBackupBytes } from '@/tracking/backup/parse-backup'
import { planImport } from '@/tracking/backup/plan-import'
import {
  MAX_NOTE,
  MAX_PLAYS,
  MAX_REWATCHES,
  MAX_TIME,
  MAX_WRITER_ID,
  SCHEMA_VERSION,
  emptyRecord,
  watchRecordSchema,
  type WatchRecord,
} from '@/tracking/model'
import { createIdbAdapter } from '@/tracking/persistence/idb-adapter'
import { createTracking } from '@/tracking/sync-engine'
import { backupText } from '../../fixtures/backups/backup-files'
import { realCatalogue } from '../../support/render-with-providers'
import { currentMeta, readDb, seedDb, uniqueDbName, whenLoaded } from '../tracking-helpers'

/** Requirement 20: export, then import into an empty profile, gives identical records. */

const log: WatchRecord[] = [
  {
    id: 'tng-s01e01',
    plays: [
      { precision: 'release', watchedAt: '1987-09-28', loggedAt: 1715112800000 },
      { precision: 'exact', watchedAt: '2024-05-07T20:15:00.000+02:00', loggedAt: 1715112900000 },
      { precision: 'date', watchedAt: '2024-06-01', loggedAt: 1715112900123 },
    ],
    skipped: false,
    rewatchStarts: [],
    rating10: 9,
    note: 'Q: “Next time, Picard.”\nSecond line, with a comma; émoji 🖖',
    updatedAt: 1715112900123,
    updatedBy: '5b0c2f0e-0000-4000-8000-000000000001',
  },
  {
    id: 'tng-s01e02',
    plays: [{ precision: 'release', watchedAt: null, loggedAt: 0 }],
    skipped: false,
    rewatchStarts: [],
    rating10: 1,
    note: '',
    updatedAt: 1715112900124,
    updatedBy: 'tab-b',
  },
  {
    id: 'tng-s01e03',
    plays: [{ precision: 'unknown', watchedAt: null, loggedAt: 3 }],
    skipped: false,
    rewatchStarts: [],
    rating10: null,
    note: 'n',
    updatedAt: 3,
    updatedBy: 'tab-a',
  },
  // A tombstone: something was removed here, and when.
  { ...emptyRecord('tng-s01e04'), updatedAt: 1715112999999, updatedBy: 'tab-a' },
  // Skipped, and skipped while watched in an earlier pass (format 2).
  { ...emptyRecord('tng-s01e05'), skipped: true, updatedAt: 9, updatedBy: 'tab-a' },
  {
    ...emptyRecord('tng-s01e06'),
    plays: [{ precision: 'date', watchedAt: '2020-02-02', loggedAt: 10 }],
    skipped: true,
    updatedAt: 11,
    updatedBy: 'tab-a',
  },
  // A series and a season with rewatches started (format 2).
  {
    ...emptyRecord('tng'),
    rewatchStarts: [1715000000000, 1715112000000],
    updatedAt: 12,
    updatedBy: 'x',
  },
  {
    ...emptyRecord('tng-s01'),
    rewatchStarts: [1715100000000],
    rating10: 6,
    updatedAt: 13,
    updatedBy: 'x',
  },
  // Ids the catalogue does not know, including one named like an Object property.
  { ...emptyRecord('gone-s09e99'), rating10: 10, note: 'kept', updatedAt: 7, updatedBy: 'x' },
  { ...emptyRecord('constructor'), note: 'an odd id', updatedAt: 8, updatedBy: 'x' },
]

async function openStore(db: string) {
  const store = createTracking({ adapter: createIdbAdapter(db), tabId: 'tab-import' })
  expect((await whenLoaded(store)).status).toBe('ready')
  return store
}

function recordEntries(disk: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(disk).filter(([key]) => key.startsWith('record:')))
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('requirement 20: export round-trip', () => {
  it('export then import into an empty profile gives identical records, in memory and on disk', async () => {
    const source = uniqueDbName()
    await seedDb(source, { meta: currentMeta, records: log })
    const from = await openStore(source)

    const text = serializeBackup(
      createBackup({
        records: from.getState().records,
        catalogueVersion: '2026-11-23',
        now: new Date('2026-11-23T20:15:00.000Z'),
      }),
    )
    const parsed = parseBackup(text)
    if (!parsed.ok) throw new Error(parsed.message)

    const target = uniqueDbName()
    const to = await openStore(target)
    const plan = planImport(to.getState().records, parsed.backup.records)
    expect(plan).toMatchObject({ added: log.length, changed: 0, conflicting: 0, unchanged: 0 })
    await to.getState().actions.importRecords(plan.toApply)

    expect({ ...to.getState().records }).toEqual({ ...from.getState().records })
    for (const record of log) expect(to.getState().records[record.id]).toEqual(record)
    const sourceDisk = await readDb(source)
    const targetDisk = await readDb(target)
    expect(recordEntries(targetDisk)).toEqual(recordEntries(sourceDisk))
    // The imported records are labelled with their format on disk, like any others.
    expect(targetDisk.meta).toMatchObject({ schemaVersion: SCHEMA_VERSION })

    // And they are all there after a reload.
    const reloaded = await openStore(target)
    expect({ ...reloaded.getState().records }).toEqual({ ...from.getState().records })
  })

  it('two exports of the same log are the same file, whatever order the records are in', () => {
    const now = new Date('2026-11-23T20:15:00.000Z')
    const forward = Object.fromEntries(log.map((r) => [r.id, r]))
    const backward = Object.fromEntries([...log].reverse().map((r) => [r.id, r]))
    expect(serializeBackup(createBackup({ records: backward, catalogueVersion: null, now }))).toBe(
      serializeBackup(createBackup({ records: forward, catalogueVersion: null, now })),
    )
  })

  it('importing the same file twice changes nothing the second time', async () => {
    const db = uniqueDbName()
    const store = await openStore(db)
    const text = serializeBackup(
      createBackup({
        records: Object.fromEntries(log.map((r) => [r.id, r])),
        catalogueVersion: null,
      }),
    )
    const first = parseBackup(text)
    if (!first.ok) throw new Error(first.message)
    await store.getState().actions.importRecords(planImport({}, first.backup.records).toApply)
    const before = await readDb(db)

    const again = parseBackup(text)
    if (!again.ok) throw new Error(again.message)
    const plan = planImport(store.getState().records, again.backup.records)
    expect(plan).toMatchObject({ added: 0, changed: 0, conflicting: 0, unchanged: log.length })
    expect(plan.toApply).toEqual([])

    const put = vi.spyOn(IDBObjectStore.prototype, 'put')
    const revision = store.getState().revision
    await store.getState().actions.importRecords(plan.toApply)
    expect(put).not.toHaveBeenCalled()
    expect(await readDb(db)).toEqual(before)
    expect(store.getState().revision).toBe(revision)
  })

  it('a backup of record format 1 imports as format 2 records, on disk and after a reload', async () => {
    const parsed = parseBackup(backupText('backup-good.json'))
    if (!parsed.ok) throw new Error(parsed.message)
    const legacy = (JSON.parse(backupText('backup-good.json')) as { records: WatchRecord[] })
      .records

    const db = uniqueDbName()
    const store = await openStore(db)
    await store.getState().actions.importRecords(planImport({}, parsed.backup.records).toApply)

    const disk = await readDb(db)
    expect(disk.meta).toMatchObject({ schemaVersion: SCHEMA_VERSION })
    for (const old of legacy) {
      const stored = disk[`record:${old.id}`]
      expect(validate(watchRecordSchema, stored).success).toBe(true)
      expect(stored).toEqual({
        ...old,
        plays: old.plays.map((p) => ({ ...p, loggedAt: 0 })),
        skipped: false,
        rewatchStarts: [],
      })
    }
    const reloaded = await openStore(db)
    expect({ ...reloaded.getState().records }).toEqual({ ...store.getState().records })
  })
})

describe('issue 8, case 3: anything the app exports restores, at the limits', () => {
  const longest = (id: string, char: string): WatchRecord => ({
    ...emptyRecord(id),
    note: char.repeat(MAX_NOTE),
    updatedAt: 1_764_000_000_000,
    updatedBy: 'tab',
  })

  it('210 notes of 100,000 characters (21 MB, refused by the old 20 MB limit) export and restore', () => {
    const records = Object.fromEntries(
      Array.from({ length: 210 }, (_, i) => [`tng-${i}`, longest(`tng-${i}`, 'x')]),
    )
    const bytes = new TextEncoder().encode(
      serializeBackup(createBackup({ records, catalogueVersion: '2026-11-26' })),
    )
    expect(bytes.byteLength).toBeGreaterThan(21_000_000)
    const result = parseBackupBytes(bytes)
    expect(result.ok && result.backup.records.length).toBe(210)
    expect(result.ok && result.backup.records[0]?.note).toHaveLength(MAX_NOTE)
  })

  it('the limit holds the largest entry the app can write, on every id of the catalogue', () => {
    // Each field at its bound: the longest id and writer id, 1,000 exact plays, 1,000 rewatch
    // starts, and a longest note in three-byte characters.
    const largest: WatchRecord = {
      id: 'i'.repeat(64),
      plays: Array.from({ length: MAX_PLAYS }, () => ({
        precision: 'exact' as const,
        watchedAt: '2026-12-03T20:15:00.000+05:30',
        loggedAt: MAX_TIME,
      })),
      skipped: true,
      rewatchStarts: Array.from({ length: MAX_REWATCHES }, () => MAX_TIME),
      rating10: 10,
      note: '星'.repeat(MAX_NOTE),
      updatedAt: MAX_TIME,
      updatedBy: 'w'.repeat(MAX_WRITER_ID),
    }
    expect(validate(watchRecordSchema, largest).success).toBe(true)
    const one = new TextEncoder().encode(
      serializeBackup(createBackup({ records: { a: largest }, catalogueVersion: null })),
    ).byteLength
    const catalogue = realCatalogue as { series: { seasons: { episodes: unknown[] }[] }[] }
    const ids = catalogue.series.reduce(
      (n, s) => n + 1 + s.seasons.reduce((m, season) => m + 1 + season.episodes.length, 0),
      0,
    )
    expect(ids).toBeGreaterThan(1000)
    expect(one * ids).toBeLessThanOrEqual(MAX_BACKUP_BYTES)
  })
})
