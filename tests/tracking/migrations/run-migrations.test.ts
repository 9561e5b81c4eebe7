import { describe, expect, it, vi } from 'vitest'
import {
  MigrationError,
  NewerSchemaError,
  migrationSteps,
  runMigrations,
  type MigrationStep,
} from '@/tracking/migrations/run-migrations'
import { SCHEMA_VERSION, type WatchRecord } from '@/tracking/model'
import { createIdbAdapter } from '@/tracking/persistence/idb-adapter'
import { createTracking } from '@/tracking/sync-engine'
import { migrationFixtures } from '../../fixtures/migrations/migration-fixtures'
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
  })

  it.each(fixtures.map((f) => [f.name, f] as const))(
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

  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s reads as the current format without any change',
    (_name, fixture) => {
      expect(runMigrations(structuredClone(fixture.records), fixture.fromVersion)).toEqual(
        fixture.records,
      )
    },
  )
})

describe('loading every old format from IndexedDB', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s loads with every record exactly as stored, in memory and on disk',
    async (_name, fixture) => {
      const db = uniqueDbName()
      await seedDb(db, { meta: fixture.meta, records: fixture.records })
      const before = await readDb(db)

      const store = createTracking({ adapter: createIdbAdapter(db), tabId: 'tab-1' })
      const state = await whenLoaded(store)

      expect(state.status).toBe('ready')
      expect(state.problem).toBeNull()
      const records = fixture.records as WatchRecord[]
      expect(Object.values(state.records)).toHaveLength(records.length)
      for (const record of records) expect(state.records[record.id]).toEqual(record)
      const after = await readDb(db)
      for (const record of records) {
        expect(after[`record:${record.id}`]).toEqual(before[`record:${record.id}`])
      }
      if (fixture.meta) expect(after.meta).toEqual(fixture.meta)
      expect(state.meta).toMatchObject({ ...fixture.meta, schemaVersion: SCHEMA_VERSION })
    },
  )
})

describe('runMigrations', () => {
  const record = (id: string, fields: Record<string, unknown> = {}) => ({
    id,
    plays: [],
    rating10: null,
    note: '',
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
  })
})
