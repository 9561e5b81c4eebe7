import { readSyncSettings, saveSyncSettings, type SyncSettings } from '../persistence/sync-settings'
import type { TrackingStore } from '../sync-engine'
import { syncStatus } from './status'

/**
 * Turns sync on and off for this browser (issue 11). One tab at a time replicates: the one that
 * holds the Web Lock; when it closes, the next tab waiting for the lock takes over. PouchDB and
 * the replicator load only here, and only with sync on.
 */
const LOCK = 'captains-log-sync'
let running: AbortController | null = null

let listening = false

export function startSync(tracking: TrackingStore, settings = readSyncSettings()): void {
  if (!settings || running) return
  if (!listening && typeof window !== 'undefined') {
    listening = true
    // Back online: exchange now rather than at the end of the retry wait.
    window.addEventListener('online', () => {
      if (running) syncNow(tracking)
    })
  }
  const controller = new AbortController()
  running = controller
  const run = async () => {
    const { replicate } = await import('./replicator')
    await replicate(tracking, settings, controller.signal)
  }
  if (typeof navigator !== 'undefined' && 'locks' in navigator) {
    syncStatus.setState({ state: 'other-tab' })
    navigator.locks.request(LOCK, { signal: controller.signal }, run).catch(() => undefined)
  } else void run().catch(() => undefined)
}

export function stopSync(): void {
  running?.abort()
  running = null
  syncStatus.setState({ state: 'off', waiting: 0, problem: null })
}

/** Keeps the settings (plainly, see sync-settings.ts) and starts. */
export function turnSyncOn(tracking: TrackingStore, settings: SyncSettings): void {
  stopSync()
  saveSyncSettings(settings)
  startSync(tracking, settings)
}

/** Stops, forgets the settings and the device's copy; the watch log keeps everything. */
export async function turnSyncOff(): Promise<void> {
  stopSync()
  saveSyncSettings(null)
  const { forgetDeviceDatabase } = await import('../persistence/sync-database')
  await forgetDeviceDatabase().catch(() => undefined)
}

/** Replication runs continuously; "Sync now" starts it again at once (after an error, say). */
export function syncNow(tracking: TrackingStore): void {
  stopSync()
  startSync(tracking)
}

export { readSyncSettings }
