import { openDeviceDatabase, openServerDatabase, type Database } from '../persistence/sync-database'
import type { SyncSettings } from '../persistence/sync-settings'
import type { TrackingStore } from '../sync-engine'
import { copyToDatabase, readAll, readChanged, type SyncDatabase } from './bridge'
import { syncStatus, type SyncInfo, type SyncState } from './status'

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
  // Nothing a stopped replication says reaches the status any more.
  const set = (state: SyncState, extra: Partial<SyncInfo> = {}) => {
    if (!signal.aborted) syncStatus.setState({ state, ...extra })
  }
  set('connecting', { problem: null })
  // Only the whole log, as loaded: a copy made while it loads would send partial records.
  const status = await loaded(tracking, signal)
  if (signal.aborted) return
  if (status === 'readonly') {
    set('failed', { problem: 'this browser’s log is read-only (see the notice above)' })
    return
  }
  const device: Database = openDeviceDatabase()
  const server = openServerDatabase(settings.url, {
    username: settings.username,
    password: settings.password,
  })
  const bridge = device as unknown as SyncDatabase
  // Taking changes in failed (a full disk, say): the log is as it was, and what was pulled
  // waits in the device database; Sync now takes it in (readAll) once the cause is gone.
  const fail = (error: unknown) => {
    set('failed', {
      problem: full(error) ? FULL : error instanceof Error ? error.message : String(error),
    })
    stop()
  }
  let queue: Promise<unknown> = Promise.resolve()
  const later = (work: () => Promise<unknown>) => {
    queue = queue.then(work).catch(fail)
  }
  const take = async (result: Awaited<ReturnType<typeof readChanged>>) => {
    // The valid ones are taken in even when some documents are a newer app's.
    await tracking.getState().actions.adoptRemote(result.records)
    if (result.skipped.newer > 0) {
      set('newer-version')
      stop()
    }
  }
  // "Changes waiting": documents this device wrote and has not pushed yet, those of an earlier
  // visit included (written after everything was last pushed, say offline).
  const unpushed = new Set<string>()
  const showWaiting = () => {
    if (!signal.aborted) syncStatus.setState({ waiting: unpushed.size })
  }
  const copy = (records: Parameters<typeof copyToDatabase>[1]) => {
    later(async () => {
      for (const id of await copyToDatabase(bridge, records)) unpushed.add(id)
      showWaiting()
    })
  }
  later(async () => {
    for (const id of await writtenSincePushed(device)) unpushed.add(id)
    showWaiting()
  })
  const stopListening = tracking.getState().actions.onWritten(copy)
  // The log into the device database (same edits are skipped), then what was pulled earlier but
  // never taken in (a tab closed meanwhile) into the log.
  copy(Object.values(tracking.getState().records))
  later(async () => take(await readAll(bridge)))

  const replication = device.sync(server, {
    live: true,
    retry: true,
    batch_size: 250,
    // PouchDB doubles its wait up to 10 minutes; a device back from a tunnel should not wait
    // that long (and the controller restarts at once when the browser says it is online).
    back_off_function: (delay) => (delay === 0 ? 1000 : Math.min(delay * 2, 15_000)),
  })
  let stopped = false
  function stop() {
    if (stopped) return
    stopped = true
    replication.cancel()
  }
  replication.on('change', (info) => {
    const ids = info.change.docs.map((d) => d._id)
    if (info.direction === 'pull') later(async () => take(await readChanged(bridge, ids)))
    else {
      for (const id of ids) unpushed.delete(id)
      showWaiting()
    }
  })
  replication.on('active', () => set('syncing'))
  // Up to date only when both directions are idle without an error: a pull that catches up
  // while the push still retries is not.
  const idle = { push: false, pull: false }
  replication.push.on('active', () => (idle.push = false))
  replication.pull.on('active', () => (idle.pull = false))
  // The sync object's own `paused` carries no error: each direction's does.
  const paused = (direction: 'push' | 'pull') => (error: unknown) => {
    idle[direction] = !error
    if (syncStatus.getState().state === 'newer-version' || stopped) return
    if (!error) {
      later(async () => {
        // Stopped meanwhile (a newer app's documents were among those taken in): stays said.
        if (stopped) return
        if (direction === 'push') {
          unpushed.clear()
          showWaiting()
          await markPushed(device)
        }
        if (idle.push && idle.pull) set('up-to-date', { lastSyncedAt: Date.now() })
      })
      return
    }
    const problem = classify(error)
    set(problem.state, problem.problem ? { problem: problem.problem } : {})
    if (problem.final) stop()
  }
  replication.push.on('paused', paused('push'))
  replication.pull.on('paused', paused('pull'))
  replication.on('denied', () => set('no-access'))
  replication.on('error', (error) => {
    const problem = classify(error)
    set(problem.state, problem.problem ? { problem: problem.problem } : {})
  })

  await new Promise<void>((resolve) => {
    if (signal.aborted) resolve()
    signal.addEventListener('abort', () => resolve())
  })
  stop()
  stopListening()
  await queue
  await device.close()
}

/** Where the device database stood when everything in it was last on the server. */
const PUSHED = '_local/captains-log-pushed'

async function markPushed(device: Database): Promise<void> {
  const { update_seq } = await device.info()
  const mark = await device.get(PUSHED).catch(() => null)
  const rev = (mark as { _rev?: string } | null)?._rev
  await device.put({ _id: PUSHED, ...(rev ? { _rev: rev } : {}), seq: update_seq })
}

/** The record documents written since then: all of them before the first push. */
async function writtenSincePushed(device: Database): Promise<string[]> {
  const mark = (await device.get(PUSHED).catch(() => null)) as { seq?: number | string } | null
  const { results } = await device.changes({ since: mark?.seq ?? 0 })
  return results.map((r) => r.id).filter((id) => id.startsWith('record:'))
}

const FULL = 'this device’s storage is full; free some space'
const full = (error: unknown) =>
  /quota/i.test(`${(error as { name?: string } | null)?.name} ${String(error)}`)

/** What an error of replication means for the person, and whether retrying can help. */
function classify(error: unknown): { state: SyncState; problem?: string; final: boolean } {
  const { status, name } = (error ?? {}) as { status?: number; name?: string }
  if (full(error)) return { state: 'failed', problem: FULL, final: true }
  if (status === 401 || name === 'unauthorized') return { state: 'sign-in-failed', final: true }
  if (status === 403 || name === 'forbidden') return { state: 'no-access', final: true }
  if (status === 404) {
    return { state: 'failed', problem: 'there is no database at that address', final: true }
  }
  if (error instanceof SyntaxError) {
    return { state: 'failed', problem: 'the address answers, but not as CouchDB', final: true }
  }
  // Unreachable, dropped mid-way, a server error: PouchDB retries by itself.
  return { state: 'offline', final: false }
}

/** Resolves once the log has loaded (or at once), with its status. */
function loaded(tracking: TrackingStore, signal: AbortSignal): Promise<string> {
  return new Promise((resolve) => {
    const now = tracking.getState().status
    if (now !== 'loading') {
      resolve(now)
      return
    }
    const unsubscribe = tracking.subscribe((state) => {
      if (state.status === 'loading') return
      unsubscribe()
      resolve(state.status)
    })
    signal.addEventListener('abort', () => {
      unsubscribe()
      resolve('loading')
    })
  })
}
