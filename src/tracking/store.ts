import { createContext, createElement, useContext, useMemo, type ReactNode } from 'react'
import { useStore } from 'zustand'
import type { WatchRecord } from './model'
import { createIdbAdapter } from './persistence/idb-adapter'
import {
  createTracking,
  type SyncChannel,
  type TrackingState,
  type TrackingStore,
} from './sync-engine'

const TrackingContext = createContext<TrackingStore | null>(null)

export function TrackingProvider({
  store,
  children,
}: {
  store: TrackingStore
  children: ReactNode
}) {
  return createElement(TrackingContext.Provider, { value: store }, children)
}

export function useTrackingStore(): TrackingStore {
  const store = useContext(TrackingContext)
  if (!store) throw new Error('useTracking needs a <TrackingProvider>')
  return store
}

/** Narrow selectors only: a component re-renders when its slice changes, nothing else. */
export function useTracking<T>(selector: (state: TrackingState) => T): T {
  return useStore(useTrackingStore(), selector)
}

export interface RecordsSnapshot {
  records: Readonly<Record<string, WatchRecord>>
  /** Changes with every edit: use the snapshot (not `records`) as a memo dependency. */
  revision: number
}

/** The whole log, for screens that aggregate it: re-renders on every change. */
export function useAllRecords(): RecordsSnapshot {
  const store = useTrackingStore()
  const revision = useStore(store, (s) => s.revision)
  // The map's identity changes only when the log loads or is replaced (edits are in place), but
  // it is selected rather than read so that a hydrating page sees the first state's empty map.
  const records = useStore(store, (s) => s.records)
  return useMemo(() => ({ records, revision }), [records, revision])
}

/**
 * Whether a person may edit now. Not while the log is still loading: a control showing "not
 * rated" or an empty note before the stored value arrives would let an edit be made against a
 * value the person has never seen (typing into an empty note box replaced the stored note).
 */
export function canEdit(state: Pick<TrackingState, 'status'>): boolean {
  return state.status !== 'loading' && state.status !== 'readonly'
}

/**
 * The log is still being read from disk. A page prerendered at build time is drawn in this
 * state, so figures of the person's own (progress, counts) are held back, not shown as zero.
 */
export function useLogLoading(): boolean {
  return useTracking((s) => s.status === 'loading')
}

/** True while edits must wait (loading) or cannot be made (read-only): disables controls. */
export function useEditsLocked(): boolean {
  return useTracking((s) => !canEdit(s))
}

export function useRecord(id: string): WatchRecord | undefined {
  return useTracking((s) => s.records[id])
}

export const CHANNEL_NAME = 'captains-log'

/** The app's one store: IndexedDB on disk, BroadcastChannel between tabs, flush on hide. */
export function createAppTracking(): TrackingStore {
  const channel: SyncChannel | null =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME)
  const store = createTracking({ adapter: createIdbAdapter(), channel })
  // Hidden or closing: the unchecked save, the only kind that completes before a closing page
  // is torn down (closing fires visibilitychange first). If it lands over a newer copy from
  // another tab, that tab hears of it and saves its copy again (see receive()).
  const flushNow = () => store.getState().actions.flushNow()
  window.addEventListener('pagehide', flushNow)
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushNow()
  })
  return store
}
