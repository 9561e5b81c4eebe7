import { createStore, entries, setMany } from 'idb-keyval'
import { SCHEMA_VERSION, META_KEY, recordKey, type WatchRecord } from '@/tracking/model'
import { STORE_NAME } from '@/tracking/persistence/idb-adapter'
import type { TrackingState, TrackingStore } from '@/tracking/sync-engine'

/** Resolves with the state once the store has finished its first load (whatever the outcome). */
export function whenLoaded(store: TrackingStore): Promise<TrackingState> {
  return new Promise((resolve) => {
    if (store.getState().status !== 'loading') {
      resolve(store.getState())
      return
    }
    const unsubscribe = store.subscribe((state) => {
      if (state.status === 'loading') return
      unsubscribe()
      resolve(state)
    })
  })
}

/** Lets pending timers and promise callbacks run (real timers). */
export function aMoment(ms = 20): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

export const currentMeta = { schemaVersion: SCHEMA_VERSION, createdAt: 1 }

let dbCount = 0
/** A fresh IndexedDB database name, so tests never see each other's data. */
export function uniqueDbName(): string {
  dbCount += 1
  return `captains-log-test-${dbCount}-${Math.random().toString(36).slice(2)}`
}

/** Writes raw values straight into a test database, as an earlier session would have. */
export async function seedDb(
  dbName: string,
  data: { meta?: unknown; records?: readonly unknown[]; other?: Record<string, unknown> },
): Promise<void> {
  const pairs: [IDBValidKey, unknown][] = []
  if (data.meta !== undefined) pairs.push([META_KEY, data.meta])
  for (const record of data.records ?? []) {
    pairs.push([recordKey((record as WatchRecord).id), record])
  }
  for (const [key, value] of Object.entries(data.other ?? {})) pairs.push([key, value])
  await setMany(pairs, createStore(dbName, STORE_NAME))
}

/** Everything in a test database, by key (a snapshot: later changes do not show). */
export async function readDb(dbName: string): Promise<Record<string, unknown>> {
  const all = await entries<IDBValidKey, unknown>(createStore(dbName, STORE_NAME))
  return Object.fromEntries(
    all.map(([key, value]) => [typeof key === 'string' ? key : JSON.stringify(key), value]),
  )
}
