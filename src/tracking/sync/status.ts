import { createStore } from 'zustand/vanilla'

/** What sync is doing, in the words Settings → Sync shows (issue 11). */
export type SyncState =
  | 'off'
  | 'connecting'
  | 'syncing'
  | 'up-to-date'
  /** The server cannot be reached: replication retries by itself. */
  | 'offline'
  | 'sign-in-failed'
  | 'no-access'
  /** The server holds data of a newer Captain's Log: paused until this one is updated. */
  | 'newer-version'
  /** Another tab of this browser runs replication; this one gets the changes from it. */
  | 'other-tab'
  | 'failed'

export interface SyncInfo {
  state: SyncState
  /** When this device last finished exchanging changes with the server (ms). */
  lastSyncedAt: number | null
  /** Changes of this device not on the server yet. */
  waiting: number
  /** The last error in words, for 'failed'. */
  problem: string | null
  /** This is what another tab (the one replicating) says, passed on between tabs. */
  inOtherTab: boolean
}

export const syncStatus = createStore<SyncInfo>()(() => ({
  state: 'off',
  lastSyncedAt: null,
  waiting: 0,
  problem: null,
  inOtherTab: false,
}))

/** Between the tabs of one browser: the replicating tab's status, and Sync now passed to it. */
export type TabMessage = { type: 'status'; info: SyncInfo } | { type: 'ask' } | { type: 'sync-now' }
export const TAB_CHANNEL = 'captains-log-sync-status'
