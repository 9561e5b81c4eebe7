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
  /** Changes of this device not yet copied for sending. */
  waiting: number
  /** The last error in words, for 'failed'. */
  problem: string | null
}

export const syncStatus = createStore<SyncInfo>()(() => ({
  state: 'off',
  lastSyncedAt: null,
  waiting: 0,
  problem: null,
}))
