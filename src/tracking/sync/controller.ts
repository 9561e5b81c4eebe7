import {
  readSyncSettings,
  saveSyncSettings,
  SYNC_SETTINGS_KEY,
  type SyncSettings,
} from '../persistence/sync-settings'
import type { TrackingStore } from '../sync-engine'
import { syncStatus, TAB_CHANNEL, type TabMessage } from './status'
import { keepSyncCodeOffline } from './sync-code'

/**
 * Turns sync on and off for this browser (issue 11). One tab at a time replicates: the one that
 * holds the Web Lock; when it closes, the next tab waiting for the lock takes over. Every tab
 * follows the settings (a `storage` event when another tab turns sync on or off), and a tab
 * given the lock reads them again, so a tab never syncs after the person turned sync off.
 * The other tabs show the replicating tab's status and pass Sync now to it (a BroadcastChannel).
 * PouchDB and the replicator load only here, and only with sync on.
 */
const LOCK = 'captains-log-sync'
let running: { controller: AbortController; done: Promise<void> } | null = null
let listening = false
/** Whether this tab holds the lock and replicates; `restart` begins its replication again. */
let leading = false
let restart: (() => void) | null = null
let channel: BroadcastChannel | null = null
const tell = (message: TabMessage) => channel?.postMessage(message)

const RETRY_MS = 15_000
const loadReplicator = () =>
  import('./replicator').then(
    (replicator) => {
      void keepSyncCodeOffline().catch(() => undefined)
      return replicator
    },
    () => null,
  )

const aborted = (signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) resolve()
    else signal.addEventListener('abort', () => resolve())
  })
const same = (a: SyncSettings | null, b: SyncSettings | null) =>
  JSON.stringify(a) === JSON.stringify(b)

function listen(tracking: TrackingStore): void {
  if (listening || typeof window === 'undefined') return
  listening = true
  // Back online: exchange now rather than at the end of the retry wait.
  window.addEventListener('online', () => {
    if (running && leading) syncNow(tracking)
  })
  window.addEventListener('storage', (event) => {
    if (event.key !== SYNC_SETTINGS_KEY) return
    void stopSync().then(() => startSync(tracking))
  })
  if (typeof BroadcastChannel === 'undefined') return
  channel = new BroadcastChannel(TAB_CHANNEL)
  channel.onmessage = (event: MessageEvent<TabMessage>) => hear(tracking, event.data)
  syncStatus.subscribe((info) => {
    if (leading) tell({ type: 'status', info })
  })
}

function hear(tracking: TrackingStore, message: TabMessage): void {
  if (leading) {
    if (message.type === 'ask') tell({ type: 'status', info: syncStatus.getState() })
    if (message.type === 'sync-now') syncNow(tracking)
    return
  }
  // A stopping leader says Off; the settings' own event tells this tab when sync is off.
  if (message.type === 'status' && running && message.info.state !== 'off') {
    syncStatus.setState({ ...message.info, inOtherTab: true })
  }
}

export function startSync(tracking: TrackingStore, settings = readSyncSettings()): void {
  listen(tracking)
  if (!settings || running) return
  const controller = new AbortController()
  const run = async () => {
    // Given the lock perhaps long after asking: only with the settings as they are now.
    const now = readSyncSettings()
    if (controller.signal.aborted || !same(now, settings)) return
    leading = true
    try {
      syncStatus.setState({ inOtherTab: false })
      // Sync now ends one round and starts the next, keeping the lock (and so the lead).
      while (!controller.signal.aborted) {
        const round = new AbortController()
        const end = () => round.abort()
        controller.signal.addEventListener('abort', end)
        restart = end
        const replicator = await loadReplicator()
        if (replicator) await replicator.replicate(tracking, settings, round.signal)
        else {
          // Opened offline before the sync code was ever kept for offline use: sync could not
          // reach the server anyway. Tried again when back online, on Sync now, or soon.
          syncStatus.setState({ state: 'offline', problem: null })
          setTimeout(end, RETRY_MS)
        }
        // A round that ended by itself (a read-only log) waits for Sync now or Turn off.
        await aborted(round.signal)
        controller.signal.removeEventListener('abort', end)
      }
    } finally {
      leading = false
      restart = null
    }
  }
  let done: Promise<void>
  if (typeof navigator !== 'undefined' && 'locks' in navigator) {
    syncStatus.setState({ state: 'other-tab', inOtherTab: false })
    tell({ type: 'ask' })
    done = navigator.locks.request(LOCK, { signal: controller.signal }, run).then(
      () => undefined,
      () => undefined,
    )
  } else done = run().catch(() => undefined)
  running = { controller, done }
}

/** Stops this tab's replication; resolves once it has finished its last write. */
export function stopSync(): Promise<void> {
  const current = running
  running = null
  current?.controller.abort()
  syncStatus.setState({ state: 'off', waiting: 0, problem: null, inOtherTab: false })
  return current?.done ?? Promise.resolve()
}

/** Keeps the settings (plainly, see sync-settings.ts) and starts. */
export function turnSyncOn(tracking: TrackingStore, settings: SyncSettings): void {
  void stopSync()
  saveSyncSettings(settings)
  startSync(tracking, settings)
}

/**
 * Stops, forgets the settings and the device's copy; the watch log keeps everything. Other
 * tabs hear of it through the settings' `storage` event and stop too.
 */
export async function turnSyncOff(): Promise<void> {
  saveSyncSettings(null)
  await stopSync()
  const { forgetDeviceDatabase } = await import('../persistence/sync-database')
  await forgetDeviceDatabase().catch(() => undefined)
}

/**
 * Replication runs continuously; "Sync now" starts it again at once (after an error, say), in
 * the tab that replicates.
 */
export function syncNow(tracking: TrackingStore): void {
  if (running && leading && restart) restart()
  else if (running && channel && 'locks' in navigator) tell({ type: 'sync-now' })
  else void stopSync().then(() => startSync(tracking))
}

export { readSyncSettings }
