import { afterEach, describe, expect, it, vi } from 'vitest'
import { createTracking } from '@/tracking/sync-engine'
import { syncNow, turnSyncOff, turnSyncOn } from '@/tracking/sync/controller'
import { syncStatus } from '@/tracking/sync/status'
import { createFakeAdapter } from '../support/fake-adapter'
import { whenLoaded } from './tracking-helpers'

/** The controller with a stand-in replicator whose code can fail to load, as offline. */
const code = vi.hoisted(() => ({ loads: false, rounds: 0 }))
vi.mock('@/tracking/sync/replicator', () => {
  if (!code.loads) throw new TypeError('Failed to fetch dynamically imported module')
  return {
    replicate: async (_tracking: unknown, _settings: unknown, signal: AbortSignal) => {
      code.rounds += 1
      syncStatus.setState({ state: 'up-to-date' })
      await new Promise((resolve) => signal.addEventListener('abort', resolve))
    },
  }
})

const settings = { url: 'http://127.0.0.1/log', username: 'fan', password: 'make-it-so' }

afterEach(async () => {
  await turnSyncOff()
})

describe('sync controller', () => {
  it('opened offline before the sync code was kept says Offline, and syncs once the code loads', async () => {
    const tracking = createTracking({ adapter: createFakeAdapter(), tabId: 'tab-1' })
    await whenLoaded(tracking)
    turnSyncOn(tracking, settings)
    await vi.waitFor(() => expect(syncStatus.getState().state).toBe('offline'))
    expect(code.rounds).toBe(0)

    code.loads = true
    syncNow(tracking)
    await vi.waitFor(() => expect(syncStatus.getState().state).toBe('up-to-date'))
    expect(code.rounds).toBe(1)
  })
})
