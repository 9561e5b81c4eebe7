import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { QueryClient } from '@tanstack/react-query'
import { render, type RenderResult } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { MemoryRouter } from 'react-router'
import { vi, type MockInstance } from 'vitest'
import { CatalogueGate } from '@/app/catalogue-gate'
import { Providers } from '@/app/providers'
import { AppRoutes } from '@/app/routes'
import {
  SCHEMA_VERSION,
  emptyRecord,
  sameStamp,
  type Meta,
  type WatchRecord,
} from '@/tracking/model'
import {
  StorageUnavailableError,
  type PersistenceAdapter,
  type StoredData,
} from '@/tracking/persistence/adapter'
import { createTracking, type TrackingStore } from '@/tracking/sync-engine'

const here = dirname(fileURLToPath(import.meta.url))

/** The real catalogue the app ships, parsed once per test file. */
export const realCatalogue: unknown = JSON.parse(
  readFileSync(resolve(here, '../../public/catalogue.json'), 'utf8'),
)

/** Other services' ids, as public/catalogue-ids.json serves them (for imports). */
const realCatalogueIds = readFileSync(resolve(here, '../../public/catalogue-ids.json'), 'utf8')

/** Valid JSON that fails the catalogue schema (a catalogue needs at least one series). */
export const invalidCatalogue = { version: 'broken', series: [] }

export const TAB_ID = 'test-tab'

/** A record as the store keeps it, with every field filled in. */
export function watchRecord(id: string, fields: Partial<WatchRecord> = {}): WatchRecord {
  return { ...emptyRecord(id), updatedAt: 1, updatedBy: 'seed', ...fields }
}

/** A record with one play on a given day. */
export function watchedRecord(id: string, updatedAt = 1): WatchRecord {
  return watchRecord(id, {
    plays: [{ precision: 'date', watchedAt: '2024-01-01', loggedAt: updatedAt }],
    updatedAt,
  })
}

export interface FakeAdapterOptions {
  /** What load() resolves with: these records (and a current-version meta unless `meta` says). */
  records?: readonly WatchRecord[]
  /** The stored meta entry; defaults to the app's current schema version. */
  meta?: unknown
  /** load() rejects with StorageUnavailableError (no IndexedDB in this browser). */
  loadUnavailable?: boolean
  /** write() rejects with a DOMException named QuotaExceededError. Can be switched later. */
  failWrites?: boolean
  /** load() stays pending until releaseLoad() (a slow start-up with a big log). */
  holdLoad?: boolean
}

export interface FakeAdapter extends PersistenceAdapter {
  /** Every write() call, in order, including rejected ones. */
  readonly writeCalls: { records: WatchRecord[]; meta: Meta | undefined; failed: boolean }[]
  /** Every replace() call (undo of an import), in order. */
  readonly replaceCalls: { records: WatchRecord[]; removeIds: string[] }[]
  /** What a successful write left on "disk", by record id. */
  readonly saved: Map<string, WatchRecord>
  /** Switch write failures on or off mid-test (e.g. space freed up). */
  failWrites: boolean
  /** Lets a held load() finish (see `holdLoad`). */
  releaseLoad: () => void
}

/** An in-memory PersistenceAdapter: no IndexedDB, every call observable. */
export function createFakeAdapter(options: FakeAdapterOptions = {}): FakeAdapter {
  const seed = options.records ?? []
  const meta = 'meta' in options ? options.meta : { schemaVersion: SCHEMA_VERSION, createdAt: 0 }
  let releaseLoad = () => undefined as void
  const held = options.holdLoad
    ? new Promise<void>((resolve) => {
        releaseLoad = resolve
      })
    : Promise.resolve()
  const adapter: FakeAdapter = {
    writeCalls: [],
    replaceCalls: [],
    saved: new Map(seed.map((r) => [r.id, structuredClone(r)])),
    failWrites: options.failWrites ?? false,
    releaseLoad: () => releaseLoad(),
    async load(): Promise<StoredData> {
      await held
      if (options.loadUnavailable) throw new StorageUnavailableError()
      return {
        meta: structuredClone(meta),
        records: structuredClone([...seed]),
        keys: seed.map((r) => `record:${r.id}`),
        aside: [],
      }
    },
    write(records: readonly WatchRecord[], writtenMeta?: Meta): Promise<WatchRecord[]> {
      const failed = adapter.failWrites
      adapter.writeCalls.push({
        records: structuredClone([...records]),
        meta: writtenMeta,
        failed,
      })
      if (failed) {
        return Promise.reject(
          new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
        )
      }
      for (const record of records) adapter.saved.set(record.id, structuredClone(record))
      return Promise.resolve([])
    },
    writeIfUnchanged(records: readonly WatchRecord[], expected: readonly WatchRecord[]) {
      adapter.writeCalls.push({
        records: structuredClone([...records]),
        meta: undefined,
        failed: adapter.failWrites,
      })
      if (adapter.failWrites) {
        return Promise.reject(
          new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
        )
      }
      const result = { skipped: [] as string[], stored: [] as WatchRecord[] }
      for (const [i, record] of records.entries()) {
        const stored = adapter.saved.get(record.id)
        const want = expected[i]
        if (stored && want && sameStamp(stored, want)) {
          adapter.saved.set(record.id, structuredClone(record))
        } else {
          result.skipped.push(record.id)
          if (stored) result.stored.push(structuredClone(stored))
        }
      }
      return Promise.resolve(result)
    },
    writeNow(records: readonly WatchRecord[], writtenMeta?: Meta): Promise<void> {
      return adapter.write(records, writtenMeta).then(() => undefined)
    },
    replace(records: readonly WatchRecord[], removeIds: readonly string[]): Promise<void> {
      adapter.replaceCalls.push({
        records: structuredClone([...records]),
        removeIds: [...removeIds],
      })
      if (adapter.failWrites) {
        return Promise.reject(
          new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
        )
      }
      for (const id of removeIds) adapter.saved.delete(id)
      for (const record of records) adapter.saved.set(record.id, structuredClone(record))
      return Promise.resolve()
    },
    setAside(): Promise<void> {
      return Promise.resolve()
    },
  }
  return adapter
}

export interface RenderAppOptions extends FakeAdapterOptions {
  /** Where the MemoryRouter starts. */
  url?: string
  /** What is rendered inside the router; defaults to the routes inside the catalogue gate. */
  element?: ReactNode
  /** The body fetch() returns for the catalogue; defaults to public/catalogue.json. */
  catalogue?: unknown
  /** Waits between retries of a failed write (ms). Long by default so retries never race a test. */
  retryDelays?: readonly number[]
  /** Served as the catalogue's body as it is (for files that are not JSON). */
  rawCatalogue?: string
}

export interface RenderAppResult extends RenderResult {
  user: UserEvent
  store: TrackingStore
  adapter: FakeAdapter
  queryClient: QueryClient
  /** The mocked global fetch. */
  fetchMock: MockInstance<typeof fetch>
  /** Changes what the catalogue request returns from now on (e.g. the server was fixed). */
  setCatalogue: (body: unknown) => void
  /** The record the store holds in memory now. */
  record: (id: string) => WatchRecord | undefined
}

export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // retryDelay 0: catalogueQuery sets its own `retry`, so a retry happens at once, not in 1 s.
      queries: { retry: false, retryDelay: 0, refetchOnWindowFocus: false },
    },
  })
}

/**
 * Renders the app at `url` with a fresh QueryClient, a real tracking store over an in-memory
 * adapter, and a mocked fetch that serves the catalogue.
 */
export function renderApp(options: RenderAppOptions = {}): RenderAppResult {
  const { url = '/', element, retryDelays = [60_000] } = options
  let catalogue = 'catalogue' in options ? options.catalogue : realCatalogue
  const fetchMock = vi.spyOn(globalThis, 'fetch').mockImplementation((input) =>
    Promise.resolve(
      new Response(
        (input instanceof Request ? input.url : String(input)).endsWith('catalogue-ids.json')
          ? realCatalogueIds
          : (options.rawCatalogue ?? JSON.stringify(catalogue)),
        {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        },
      ),
    ),
  )
  const adapter = createFakeAdapter(options)
  const store = createTracking({ adapter, channel: null, tabId: TAB_ID, retryDelays })
  const queryClient = createTestQueryClient()
  const user = userEvent.setup()

  const result = render(
    <Providers tracking={store} queryClient={queryClient}>
      <MemoryRouter initialEntries={[url]}>
        {element ?? (
          <CatalogueGate>
            <AppRoutes />
          </CatalogueGate>
        )}
      </MemoryRouter>
    </Providers>,
  )

  return {
    ...result,
    user,
    store,
    adapter,
    queryClient,
    fetchMock,
    setCatalogue: (body) => {
      catalogue = body
    },
    record: (id) => store.getState().records[id],
  }
}

export interface StorageManagerStub {
  persist: MockInstance<() => Promise<boolean>>
  persisted: MockInstance<() => Promise<boolean>>
  estimate: MockInstance<() => Promise<StorageEstimate>>
  /** Takes navigator.storage away again (jsdom has none). */
  remove: () => void
}

/**
 * Puts a mocked `navigator.storage` in place. `persist()` resolves with `grant` and, when granted,
 * later `persisted()` calls say so, as a browser would. Call `remove()` after the test (or use
 * `vi.restoreAllMocks` and a fresh stub).
 */
export function stubStorageManager(
  options: { persisted?: boolean; usage?: number; quota?: number; grant?: boolean } = {},
): StorageManagerStub {
  let persisted = options.persisted ?? false
  const grant = options.grant ?? true
  const storage = {
    persist: vi.fn(() => {
      if (grant) persisted = true
      return Promise.resolve(grant)
    }),
    persisted: vi.fn(() => Promise.resolve(persisted)),
    estimate: vi.fn(() =>
      Promise.resolve<StorageEstimate>({ usage: options.usage, quota: options.quota }),
    ),
  }
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true })
  return {
    ...storage,
    remove: () => {
      Reflect.deleteProperty(navigator, 'storage')
    },
  }
}
