import { afterEach, describe, expect, it, vi } from 'vitest'
import { validate } from '@/lib/schema'
import { skippedAndPasses } from '@/tracking/migrations/0002-skipped-and-passes'
import {
  MigrationError,
  NewerSchemaError,
  migrateRecords,
  migrationSteps,
  readRecords,
  runMigrations,
  type MigrationStep,
} from '@/tracking/migrations/run-migrations'
import { SCHEMA_VERSION, emptyRecord, watchRecordSchema, type WatchRecord } from '@/tracking/model'
import { createIdbAdapter } from '@/tracking/persistence/idb-adapter'
import { createTracking } from '@/tracking/sync-engine'
import {
  migrationFixtures,
  type MigrationFixture,
} from '../../fixtures/migrations/migration-fixtures'
import { readDb, seedDb, uniqueDbName, whenLoaded } from '../tracking-helpers'

/** Requirement 5 at today's schema version: the shipped steps, their fixtures, and runMigrations. */

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner)
    Object.freeze(value)
  }
  return value
}

const fixtures = migrationFixtures()
const named = (list: MigrationFixture[]) => list.map((f) => [f.name, f] as const)
/** Fixtures already in today's format, and fixtures of an older one. */
const current = fixtures.filter((f) => f.fromVersion === SCHEMA_VERSION)
const older = fixtures.filter((f) => f.fromVersion < SCHEMA_VERSION)
/** Fixtures of the version 1 record shape (with or without a meta entry). */
const versionOne = fixtures.filter((f) => f.name.startsWith('v1-'))

/** A version 1 record, as stored: the fields it had, and only those. */
interface V1Record {
  id: string
  plays: { precision: string; watchedAt: string | null }[]
  rating10: number | null
  note: string
  updatedAt: number
  updatedBy: string
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('shipped migration steps', () => {
  it('has exactly one step for every version up to the current one, in order', () => {
    expect(migrationSteps.map((step) => step.to)).toEqual(
      Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1),
    )
  })

  it('has a fixture of the format each step reads, and one of the current format', () => {
    const formats = new Set(fixtures.map((f) => f.fromVersion))
    for (const step of migrationSteps) expect(formats).toContain(step.to - 1)
    expect(formats).toContain(SCHEMA_VERSION)
    expect(versionOne.map((f) => f.name)).toEqual(['v1-no-meta.json', 'v1-with-meta.json'])
  })

  it.each(named(fixtures))(
    'every step is pure on %s: the stored values are not touched and the output repeats',
    (_name, fixture) => {
      const input = deepFreeze(structuredClone(fixture.records))
      for (const step of migrationSteps) {
        const first = step.migrate(input)
        expect(step.migrate(input)).toEqual(first)
      }
      expect(input).toEqual(fixture.records)
    },
  )

  it.each(named(current))('%s reads as the current format without any change', (_name, fixture) => {
    expect(runMigrations(structuredClone(fixture.records), fixture.fromVersion)).toEqual(
      fixture.records,
    )
  })

  it('the current-format fixture holds every field of format 2 worth keeping', () => {
    const records = current.flatMap((f) => f.records as WatchRecord[])
    expect(records.some((r) => r.skipped && r.plays.length === 0)).toBe(true)
    expect(records.some((r) => r.skipped && r.plays.length > 0)).toBe(true)
    expect(records.some((r) => r.rewatchStarts.length > 1)).toBe(true)
    expect(records.some((r) => new Set(r.plays.map((p) => p.loggedAt)).size > 1)).toBe(true)
  })
})

describe('version 1 → 2: a fixture of the v1 shape proves nothing is lost', () => {
  it.each(named(versionOne))(
    '%s: every v1 field of every record is kept exactly, and the v2 fields are added',
    (_name, fixture) => {
      const stored = fixture.records as V1Record[]
      const migrated = runMigrations(structuredClone(fixture.records), fixture.fromVersion)

      expect(migrated.map((r) => r.id)).toEqual(stored.map((r) => r.id))
      for (const [i, before] of stored.entries()) {
        const after = migrated[i]!
        // Nothing but the new fields is added, and nothing is dropped.
        expect(Object.keys(after).sort()).toEqual(
          [...Object.keys(before), 'skipped', 'rewatchStarts'].sort(),
        )
        expect(after.id).toBe(before.id)
        expect(after.rating10).toBe(before.rating10)
        expect(after.note).toBe(before.note)
        expect(after.updatedAt).toBe(before.updatedAt)
        expect(after.updatedBy).toBe(before.updatedBy)
        // Every play, in order, with its precision and when it was watched.
        expect(after.plays.map(({ precision, watchedAt }) => ({ precision, watchedAt }))).toEqual(
          before.plays,
        )
        // A v1 play was logged no later than the record's last edit: all in the first pass.
        for (const play of after.plays) {
          expect(Object.keys(play).sort()).toEqual(['loggedAt', 'precision', 'watchedAt'])
          expect(play.loggedAt).toBe(0)
        }
        expect(after.skipped).toBe(false)
        expect(after.rewatchStarts).toEqual([])
        expect(validate(watchRecordSchema, after).success).toBe(true)
      }
    },
  )

  it('spells out one migrated record in full', () => {
    const [withMeta] = versionOne.filter((f) => f.meta !== undefined)
    const migrated = runMigrations(structuredClone(withMeta!.records), 1)
    expect(migrated.find((r) => r.id === 'tng-s01e02')).toEqual({
      id: 'tng-s01e02',
      plays: [
        { precision: 'release', watchedAt: '1987-09-28', loggedAt: 0 },
        { precision: 'date', watchedAt: '2024-05-08', loggedAt: 0 },
      ],
      skipped: false,
      rewatchStarts: [],
      rating10: null,
      note: '',
      updatedAt: 1715200000000,
      updatedBy: 'tab-a',
    })
  })

  it('leaves what is not a record for validation to name, and logs a play at 0 without a time', () => {
    const records = [
      null,
      'x',
      { id: 'a', plays: 'none', updatedAt: 5 },
      { id: 'b', plays: [7, { precision: 'unknown', watchedAt: null }], updatedAt: 'later' },
    ]
    expect(skippedAndPasses.migrate(records)).toEqual([
      null,
      'x',
      { id: 'a', plays: 'none', updatedAt: 5, skipped: false, rewatchStarts: [] },
      {
        id: 'b',
        plays: [7, { precision: 'unknown', watchedAt: null, loggedAt: 0 }],
        updatedAt: 'later',
        skipped: false,
        rewatchStarts: [],
      },
    ])
    expect(() => runMigrations(records, 1)).toThrow(MigrationError)
    expect(() => runMigrations(records, 1)).toThrow(/records\[0\]/)
  })
})

describe('loading every format from IndexedDB', () => {
  it.each(named(current))(
    '%s loads with every record exactly as stored, in memory and on disk, writing nothing',
    async (_name, fixture) => {
      const db = uniqueDbName()
      await seedDb(db, { meta: fixture.meta, records: fixture.records })
      const before = await readDb(db)
      const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction')

      const store = createTracking({ adapter: createIdbAdapter(db), tabId: 'tab-1' })
      const state = await whenLoaded(store)

      expect(state.status).toBe('ready')
      expect(state.problem).toBeNull()
      const records = fixture.records as WatchRecord[]
      expect(Object.values(state.records)).toHaveLength(records.length)
      for (const record of records) expect(state.records[record.id]).toEqual(record)
      expect(transaction.mock.calls.filter(([, mode]) => mode === 'readwrite')).toEqual([])
      expect(await readDb(db)).toEqual(before)
      expect(state.meta).toEqual(fixture.meta)
    },
  )

  it.each(named(older))(
    '%s is migrated: the records and meta of format 2 go to disk in one transaction',
    async (_name, fixture) => {
      const db = uniqueDbName()
      await seedDb(db, { meta: fixture.meta, records: fixture.records })
      const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction')

      const store = createTracking({ adapter: createIdbAdapter(db), tabId: 'tab-1' })
      const state = await whenLoaded(store)

      expect(state.status).toBe('ready')
      expect(state.problem).toBeNull()
      const expected = runMigrations(structuredClone(fixture.records), fixture.fromVersion)
      expect(Object.values(state.records)).toHaveLength(expected.length)
      for (const record of expected) expect(state.records[record.id]).toEqual(record)

      // Exactly one readwrite transaction: the migrated records and the new meta together.
      expect(transaction.mock.calls.filter(([, mode]) => mode === 'readwrite')).toHaveLength(1)
      const disk = await readDb(db)
      expect(Object.keys(disk).sort()).toEqual(
        ['meta', ...expected.map((r) => `record:${r.id}`)].sort(),
      )
      for (const record of expected) expect(disk[`record:${record.id}`]).toEqual(record)
      // Meta moves to format 2 and keeps what it knew; without one, it is created now.
      expect(disk.meta).toEqual({
        createdAt: expect.any(Number) as unknown,
        ...fixture.meta,
        schemaVersion: SCHEMA_VERSION,
      })
      expect(state.meta).toEqual(disk.meta)

      // And the next start reads format 2 as it is, writing nothing more.
      const again = createTracking({ adapter: createIdbAdapter(db), tabId: 'tab-2' })
      const reloaded = await whenLoaded(again)
      expect(reloaded.status).toBe('ready')
      for (const record of expected) expect(reloaded.records[record.id]).toEqual(record)
      expect(transaction.mock.calls.filter(([, mode]) => mode === 'readwrite')).toHaveLength(1)
    },
  )

  /** Fails the 3rd put of the next transaction, the way the browser would. */
  function interruptThirdPut(how: 'abort' | 'throw') {
    const put = Reflect.get<IDBObjectStore, 'put'>(IDBObjectStore.prototype, 'put')
    let calls = 0
    return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      calls += 1
      if (calls === 3) {
        if (how === 'abort') this.transaction.abort()
        throw new DOMException('Interrupted by the test', 'QuotaExceededError')
      }
      return put.apply(this, args)
    })
  }

  it.each(
    versionOne.flatMap((f) =>
      (['abort', 'throw'] as const).map((how) => [f.name, how, f] as const),
    ),
  )(
    '%s: a v1 → v2 migration interrupted (%s on the 3rd put) leaves the v1 bytes untouched, and runs again next time',
    async (_name, how, fixture) => {
      const db = uniqueDbName()
      await seedDb(db, { meta: fixture.meta, records: fixture.records })
      const before = await readDb(db)

      const put = interruptThirdPut(how)
      const store = createTracking({ adapter: createIdbAdapter(db), tabId: 'tab-1' })
      const state = await whenLoaded(store)
      expect(put).toHaveBeenCalledTimes(3)
      put.mockRestore()

      expect(state.status).toBe('readonly')
      expect(state.problem).toMatch(/Nothing has been changed/)
      await new Promise((resolve) => setTimeout(resolve, 20))
      expect(await readDb(db)).toEqual(before)
      const raw = JSON.parse(await store.getState().actions.exportRaw()) as {
        meta: unknown
        records: unknown[]
      }
      expect(raw.meta).toEqual(fixture.meta)
      expect(raw.records).toEqual(expect.arrayContaining(fixture.records))

      const again = createTracking({ adapter: createIdbAdapter(db), tabId: 'tab-2' })
      expect((await whenLoaded(again)).status).toBe('ready')
      const disk = await readDb(db)
      for (const record of runMigrations(structuredClone(fixture.records), fixture.fromVersion)) {
        expect(disk[`record:${record.id}`]).toEqual(record)
      }
      expect(disk.meta).toMatchObject({ schemaVersion: SCHEMA_VERSION })
    },
  )

  it('a v1 record that cannot become a valid v2 one: read-only, the field named, nothing written', async () => {
    const [withMeta] = versionOne.filter((f) => f.meta !== undefined)
    const records = structuredClone(withMeta!.records) as V1Record[]
    records[2] = { ...records[2]!, rating10: 11 }
    const db = uniqueDbName()
    await seedDb(db, { meta: withMeta!.meta, records })
    const before = await readDb(db)
    const put = vi.spyOn(IDBObjectStore.prototype, 'put')

    const store = createTracking({ adapter: createIdbAdapter(db), tabId: 'tab-1' })
    const state = await whenLoaded(store)

    expect(state.status).toBe('readonly')
    expect(state.problem).toMatch(/records\[\d\]\.rating10/)
    expect(state.problem).toMatch(/Nothing has been changed/)
    expect(put).not.toHaveBeenCalled()
    expect(await readDb(db)).toEqual(before)
  })
})

describe('runMigrations', () => {
  const record = (id: string, fields: Record<string, unknown> = {}) => ({
    ...emptyRecord(id),
    updatedAt: 1,
    updatedBy: 'tab-a',
    ...fields,
  })

  it('runs a step only when the stored version is below it', () => {
    const migrate = vi.fn((records: unknown[]) =>
      records.map((r) => ({ ...(r as object), note: 'stepped' })),
    )
    const steps: MigrationStep[] = [{ to: 1, migrate }]

    expect(runMigrations([record('a')], 0, steps)).toEqual([record('a', { note: 'stepped' })])
    expect(migrate).toHaveBeenCalledTimes(1)
    expect(runMigrations([record('a')], SCHEMA_VERSION, steps)).toEqual([record('a')])
    expect(migrate).toHaveBeenCalledTimes(1)
  })

  it('never runs a step for a version this app does not know yet', () => {
    const future = vi.fn((records: unknown[]) => records.map(() => ({ broken: true })))
    const steps: MigrationStep[] = [...migrationSteps, { to: SCHEMA_VERSION + 1, migrate: future }]
    expect(runMigrations([record('a')], 0, steps)).toEqual([record('a')])
    expect(future).not.toHaveBeenCalled()
  })

  it('validates the result and names the bad field instead of returning part of it', () => {
    const steps: MigrationStep[] = [
      {
        to: 1,
        migrate: (records) =>
          records.map((r, i) => (i === 1 ? { ...(r as object), rating10: 11 } : r)),
      },
    ]
    expect(() => runMigrations([record('a'), record('b')], 0, steps)).toThrow(MigrationError)
    expect(() => runMigrations([record('a'), record('b')], 0, steps)).toThrow(
      /records\[1\]\.rating10/,
    )
  })

  it('refuses data from a newer version', () => {
    expect(() => runMigrations([], SCHEMA_VERSION + 1)).toThrow(NewerSchemaError)
    expect(() => migrateRecords([], SCHEMA_VERSION + 1)).toThrow(NewerSchemaError)
  })
})

describe('migrateRecords', () => {
  it('runs the same steps without validating: what it cannot fix is passed on as it is', () => {
    const bad = { id: 'a', plays: [], rating10: 11, note: '', updatedAt: 1, updatedBy: 't' }
    expect(migrateRecords([bad], 1)).toEqual([{ ...bad, skipped: false, rewatchStarts: [] }])
  })

  it('changes nothing for records already at the current version', () => {
    const v2 = current.flatMap((f) => f.records)
    expect(migrateRecords(structuredClone(v2), SCHEMA_VERSION)).toEqual(v2)
  })
})

describe('a current-format record that breaks a bound', () => {
  it('is named unreadable as it is, never "repaired" as an older format (which drops its rewatches)', () => {
    const record = {
      id: 'pic',
      plays: [],
      skipped: true,
      rewatchStarts: [Date.UTC(2300, 0, 1)],
      rating10: 8,
      note: 'keep all of this',
      updatedAt: 5,
      updatedBy: 'tab',
    }
    const result = readRecords([record], SCHEMA_VERSION)
    expect(result.records).toEqual([])
    expect(result.unreadable).toHaveLength(1)
    expect(result.unreadable[0]?.reason).toMatch(/^records\[0\]\.rewatchStarts\[0\]/)
  })
})
