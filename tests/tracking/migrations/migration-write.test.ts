import { afterEach, describe, expect, it, vi } from 'vitest'
import { markWatched } from '@/tracking/edits'
import {
  migrationSteps,
  readRecords,
  runMigrations,
  type MigrationStep,
} from '@/tracking/migrations/run-migrations'
import { SCHEMA_VERSION, type WatchRecord } from '@/tracking/model'
import type * as Model from '@/tracking/model'
import type { PersistenceAdapter } from '@/tracking/persistence/adapter'
import { createIdbAdapter } from '@/tracking/persistence/idb-adapter'
import { createTracking, type TrackingDeps } from '@/tracking/sync-engine'
import { createFakeAdapter } from '../../support/fake-adapter'
import { migrationFixture } from '../../fixtures/migrations/migration-fixtures'
import { readDb, seedDb, uniqueDbName, whenLoaded } from '../tracking-helpers'

/**
 * Requirement 5 through the sync engine, for the step after today's. Today's app is at schema
 * version 2; this file runs the engine as the next release will: the model says version 3, and
 * an injected `migrate` adds a v2 → v3 step after the shipped ones. Everything else (engine,
 * shipped steps, validation, IndexedDB adapter) is the real code.
 */
vi.mock('@/tracking/model', async (importOriginal) => ({
  ...(await importOriginal<typeof Model>()),
  SCHEMA_VERSION: 3,
}))

type Shape = WatchRecord
const step = (to: number, change: (record: Shape) => unknown): MigrationStep => ({
  to,
  migrate: (records) => records.map((r) => change(r as Shape)),
})

/** A simulated v2 → v3 step with a visible effect: notes are upper-cased. */
const toV3 = step(3, (r) => ({ ...r, note: r.note.toUpperCase() }))
/** A broken v2 → v3 step: "doubles" ratings past the 1–10 range. */
const brokenToV3 = step(3, (r) => ({ ...r, rating10: r.rating10 === null ? null : r.rating10 * 2 }))

const migrateWith =
  (...steps: MigrationStep[]): NonNullable<TrackingDeps['migrate']> =>
  (records, fromVersion) =>
    readRecords(records, fromVersion, [...migrationSteps, ...steps])

/** Stored at today's version 2, with a meta entry. */
const withMeta = migrationFixture('v2-current.json')
/** Stored at version 1 without a meta entry: 0 → 1 → 2 → 3. */
const noMeta = migrationFixture('v1-no-meta.json')
/** Stored at version 1 with a meta entry: 1 → 2 → 3. */
const v1WithMeta = migrationFixture('v1-with-meta.json')
const v2Records = withMeta.records as WatchRecord[]
const v3Records = v2Records.map((r) => ({ ...r, note: r.note.toUpperCase() }))

function track(adapter: PersistenceAdapter, migrate: TrackingDeps['migrate']) {
  return createTracking({ adapter, tabId: 'tab-1', retryDelays: [10], migrate })
}

afterEach(() => {
  vi.restoreAllMocks()
})

it('runs as schema version 3 (the simulation is in effect), from fixtures of version 2 and 1', () => {
  expect(SCHEMA_VERSION).toBe(3)
  expect(migrationSteps.map((s) => s.to)).toEqual([1, 2])
  expect([withMeta.fromVersion, v1WithMeta.fromVersion, noMeta.fromVersion]).toEqual([2, 1, 0])
})

describe('runMigrations, stepwise', () => {
  it('applies each step after the stored version, in order, and only those', () => {
    const seen: string[] = []
    const tag = (to: number): MigrationStep => ({
      to,
      migrate: (records) => {
        seen.push(`to ${to}`)
        return records
      },
    })
    const steps = [tag(1), tag(2), tag(3)]
    runMigrations(v2Records, 0, steps)
    expect(seen).toEqual(['to 1', 'to 2', 'to 3'])
    seen.length = 0
    runMigrations(v2Records, 1, steps)
    expect(seen).toEqual(['to 2', 'to 3'])
    seen.length = 0
    runMigrations(v2Records, 2, steps)
    expect(seen).toEqual(['to 3'])
    seen.length = 0
    runMigrations(v2Records, 3, steps)
    expect(seen).toEqual([])
  })

  it('chains the shipped v1 → v2 step and the next one', () => {
    const migrated = migrateWith(toV3)(structuredClone(v1WithMeta.records), 1).records
    for (const [i, before] of (v1WithMeta.records as WatchRecord[]).entries()) {
      expect(migrated[i]).toEqual({
        ...before,
        note: before.note.toUpperCase(),
        plays: before.plays.map((p) => ({ ...p, loggedAt: 0 })),
        skipped: false,
        rewatchStarts: [],
      })
    }
  })
})

describe('requirement 5: a migration is verified, then written in one transaction', () => {
  it('writes the migrated records and the new meta through one replace, and nothing else', async () => {
    const adapter = createFakeAdapter({
      stored: { meta: withMeta.meta, records: withMeta.records },
    })
    const store = track(adapter, migrateWith(toV3))
    const state = await whenLoaded(store)

    expect(state.status).toBe('ready')
    expect(Object.values(state.records)).toEqual(expect.arrayContaining(v3Records))
    expect(adapter.writes).toEqual([])
    expect(adapter.replaces).toHaveLength(1)
    const [replace] = adapter.replaces
    expect(replace?.records).toEqual(expect.arrayContaining(v3Records))
    expect(replace?.records).toHaveLength(v3Records.length)
    expect(replace?.removeIds).toEqual([])
    // Meta moves to the new version and keeps everything else it knew.
    expect(replace?.meta).toEqual({ ...withMeta.meta, schemaVersion: 3 })
  })

  it('migrates records stored before meta existed, and stamps them with the version', async () => {
    const adapter = createFakeAdapter({ stored: { records: noMeta.records } })
    const store = track(adapter, migrateWith(toV3))
    await whenLoaded(store)

    expect(adapter.replaces).toHaveLength(1)
    expect(adapter.replaces[0]?.records).toHaveLength(noMeta.records.length)
    expect(adapter.replaces[0]?.meta?.schemaVersion).toBe(3)
    // What is on disk now is all version 3, labelled as such: an edit cannot leave old records
    // behind under a version 3 label.
    store.getState().actions.edit(['tng-s01e04'], markWatched(new Date('2024-06-01T20:00:00Z')))
    await store.getState().actions.flush()
    for (const record of noMeta.records as WatchRecord[]) {
      expect(adapter.disk.get(`record:${record.id}`)).toMatchObject({
        note: record.note.toUpperCase(),
        skipped: false,
        rewatchStarts: [],
      })
    }
    expect(adapter.disk.get('meta')).toMatchObject({ schemaVersion: 3 })
  })

  it('a step that produces an invalid record: read-only, nothing written, the field named', async () => {
    const adapter = createFakeAdapter({
      stored: { meta: withMeta.meta, records: withMeta.records },
    })
    const diskBefore = structuredClone([...adapter.disk])
    const store = track(adapter, migrateWith(brokenToV3))
    const state = await whenLoaded(store)

    expect(state.status).toBe('readonly')
    expect(state.problem).toMatch(/records\[0\]\.rating10/)
    expect(state.problem).toMatch(/Nothing has been changed/)
    store.getState().actions.edit(['tng-s01e04'], markWatched(new Date('2024-06-01T20:00:00Z')))
    store.getState().actions.updateMeta({ lastExportAt: 5 })
    await store.getState().actions.flush()

    expect(adapter.replaces).toEqual([])
    expect(adapter.writes).toEqual([])
    expect([...adapter.disk]).toEqual(diskBefore)
    const raw = JSON.parse(await store.getState().actions.exportRaw()) as {
      meta: unknown
      records: unknown[]
    }
    expect(raw.meta).toEqual(withMeta.meta)
    expect(raw.records).toEqual(withMeta.records)
  })
})

describe('requirement 5 on IndexedDB', () => {
  it('migrates in exactly one readwrite transaction holding every record and the meta', async () => {
    const db = uniqueDbName()
    await seedDb(db, { meta: withMeta.meta, records: withMeta.records })
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction')
    const store = track(createIdbAdapter(db), migrateWith(toV3))
    expect((await whenLoaded(store)).status).toBe('ready')

    const readwrite = transaction.mock.calls.filter(([, mode]) => mode === 'readwrite')
    expect(readwrite).toHaveLength(1)
    const disk = await readDb(db)
    for (const record of v3Records) expect(disk[`record:${record.id}`]).toEqual(record)
    expect(disk.meta).toEqual({ ...withMeta.meta, schemaVersion: 3 })
  })

  it('migrates version 1 through every step (1 → 2 → 3) in that one transaction', async () => {
    const db = uniqueDbName()
    await seedDb(db, { meta: v1WithMeta.meta, records: v1WithMeta.records })
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction')
    const store = track(createIdbAdapter(db), migrateWith(toV3))
    expect((await whenLoaded(store)).status).toBe('ready')

    expect(transaction.mock.calls.filter(([, mode]) => mode === 'readwrite')).toHaveLength(1)
    const disk = await readDb(db)
    for (const record of migrateWith(toV3)(structuredClone(v1WithMeta.records), 1).records) {
      expect(disk[`record:${record.id}`]).toEqual(record)
    }
    expect(disk.meta).toEqual({ ...v1WithMeta.meta, schemaVersion: 3 })
  })

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
        // As a full disk does: the transaction aborts. Or as a value that cannot be stored
        // does: put throws.
        if (how === 'abort') this.transaction.abort()
        throw new DOMException('Interrupted by the test', 'QuotaExceededError')
      }
      return put.apply(this, args)
    })
  }

  it.each(['abort', 'throw'] as const)(
    'an interrupted migration (%s on the 3rd put) leaves the old data intact, and runs again next time',
    async (how) => {
      const db = uniqueDbName()
      await seedDb(db, { meta: withMeta.meta, records: withMeta.records })
      const before = await readDb(db)

      const put = interruptThirdPut(how)
      const store = track(createIdbAdapter(db), migrateWith(toV3))
      const state = await whenLoaded(store)
      expect(put).toHaveBeenCalledTimes(3)
      put.mockRestore()

      expect(state.status).toBe('readonly')
      expect(state.problem).toMatch(/Nothing has been changed/)
      await new Promise((resolve) => setTimeout(resolve, 20))
      expect(await readDb(db)).toEqual(before)
      const raw = JSON.parse(await store.getState().actions.exportRaw()) as { meta: unknown }
      expect(raw.meta).toEqual(withMeta.meta)

      // The next start finds version 2 data as it was, and migrates it.
      const again = track(createIdbAdapter(db), migrateWith(toV3))
      expect((await whenLoaded(again)).status).toBe('ready')
      const disk = await readDb(db)
      for (const record of v3Records) expect(disk[`record:${record.id}`]).toEqual(record)
      expect(disk.meta).toMatchObject({ schemaVersion: 3 })
    },
  )
})
