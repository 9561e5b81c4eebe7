import { openDeviceDatabase, openServerDatabase, type Database } from '../persistence/sync-database'
import type { SyncSettings } from '../persistence/sync-settings'
import type { TrackingStore } from '../sync-engine'
import { copyToDatabase, readChanged, type SyncDatabase } from './bridge'
import { syncStatus, type SyncState } from './status'

/**
 * Continuous two-way replication between this device and the server (issue 11), with retry,
 * run by one tab of the browser at a time. Every record the log writes is copied into the
 * device database and pushed; every pulled change is resolved and taken into the log, which
 * tells the other tabs. Runs until `signal` aborts.
 */
export async function replicate(
  tracking: TrackingStore,
  settings: SyncSettings,
  signal: AbortSignal,
): Promise<void> {
  const set = (state: SyncState, extra: Partial<ReturnType<typeof syncStatus.getState>> = {}) =>
    syncStatus.setState({ state, ...extra })
  set('connecting', { problem: null })
  const device: Database = openDeviceDatabase()
  const server = openServerDatabase(settings.url, {
    username: settings.username,
    password: settings.password,
  })
  const bridge = device as unknown as SyncDatabase
  let queue: Promise<unknown> = Promise.resolve()
  const copy = (records: Parameters<typeof copyToDatabase>[1]) => {
    syncStatus.setState((s) => ({ waiting: s.waiting + records.length }))
    queue = queue
      .then(() => copyToDatabase(bridge, records))
      .catch(() => undefined)
      .finally(() =>
        syncStatus.setState((s) => ({ waiting: Math.max(0, s.waiting - records.length) })),
      )
  }
  const stopListening = tracking.getState().actions.onWritten(copy)
  copy(Object.values(tracking.getState().records))

  const replication = device.sync(server, {
    live: true,
    retry: true,
    batch_size: 250,
    // PouchDB doubles its wait up to 10 minutes; a device back from a tunnel should not wait
    // that long (and the controller restarts at once when the browser says it is online).
    back_off_function: (delay) => (delay === 0 ? 1000 : Math.min(delay * 2, 15_000)),
  })
  replication.on('change', (info) => {
    if (info.direction !== 'pull') return
    const ids = info.change.docs.map((d) => d._id)
    queue = queue
      .then(async () => {
        const { records, skipped } = await readChanged(bridge, ids)
        if (skipped.newer > 0) {
          set('newer-version')
          replication.cancel()
          return
        }
        await tracking.getState().actions.adoptRemote(records)
      })
      .catch(() => undefined)
  })
  replication.on('active', () => set('syncing'))
  replication.on('paused', (error) => {
    if (syncStatus.getState().state === 'newer-version') return
    if (error) set('offline')
    else void queue.then(() => set('up-to-date', { lastSyncedAt: Date.now() }))
  })
  replication.on('denied', () => set('no-access'))
  replication.on('error', (error) => {
    const status = (error as { status?: number } | null)?.status
    if (status === 401) set('sign-in-failed')
    else if (status === 403) set('no-access')
    else set('failed', { problem: error instanceof Error ? error.message : String(error) })
  })

  await new Promise<void>((resolve) => {
    if (signal.aborted) resolve()
    signal.addEventListener('abort', () => resolve())
  })
  replication.cancel()
  stopListening()
  await queue
  await device.close()
}
