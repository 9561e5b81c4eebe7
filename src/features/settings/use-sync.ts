import { useState } from 'react'
import { useStore } from 'zustand'
import { syncStatus, type SyncInfo } from '@/tracking/sync/status'
import type { ConnectionResult } from '@/tracking/sync/test-connection'
import { useTrackingStore } from '@/tracking/store'
import type { SyncSettings } from '@/tracking/persistence/sync-settings'

const controller = () => import('@/tracking/sync/controller')

/** Test connection; a failure to load its code (offline after an update) is said too. */
async function check(settings: SyncSettings): Promise<ConnectionResult> {
  try {
    const { testConnection } = await import('@/tracking/sync/test-connection')
    return await testConnection(settings)
  } catch {
    return {
      ok: false,
      problem: 'unreachable',
      message: 'The app could not load its sync code. Check your connection and reload.',
    }
  }
}

/** What this browser keeps for sync, if anything (to fill the form in). */
export const savedSyncSettings = async (): Promise<SyncSettings | null> =>
  (await controller()).readSyncSettings()

/** Settings → Sync: the form, Test connection, on and off; the controller loads on first use. */
export function useSync() {
  const tracking = useTrackingStore()
  const info = useStore(syncStatus)
  const [tested, setTested] = useState<ConnectionResult | 'testing' | null>(null)
  return {
    info,
    tested,
    test: async (settings: SyncSettings) => {
      setTested('testing')
      setTested(await check(settings))
    },
    turnOn: async (settings: SyncSettings) => {
      setTested('testing')
      const result = await check(settings)
      setTested(result)
      if (result.ok) (await controller()).turnSyncOn(tracking, settings)
      return result.ok
    },
    turnOff: async () => {
      await (await controller()).turnSyncOff()
      setTested(null)
    },
    syncNow: async () => (await controller()).syncNow(tracking),
  }
}

/** The status in words; another tab's, said so. */
export function statusText(info: SyncInfo): string {
  const words = stateText(info)
  return info.inOtherTab && info.state !== 'other-tab'
    ? `Another tab of this browser syncs: ${words}`
    : words
}

function stateText(info: SyncInfo): string {
  const time = info.lastSyncedAt
    ? new Date(info.lastSyncedAt).toLocaleTimeString('en-GB', {
        hour: '2-digit',
        minute: '2-digit',
      })
    : null
  switch (info.state) {
    case 'off':
      return 'Off'
    case 'connecting':
      return 'Connecting…'
    case 'syncing':
      return 'Syncing…'
    case 'up-to-date':
      return time ? `Up to date (last synced at ${time})` : 'Up to date'
    case 'offline':
      return 'Offline: will retry by itself'
    case 'sign-in-failed':
      return 'Sign-in failed: check the user name and password'
    case 'no-access':
      return 'No access: this user may not use that database'
    case 'newer-version':
      return 'Paused: the server holds data of a newer Captain’s Log. Reload to update this one.'
    case 'other-tab':
      return 'Syncing from another tab of this browser'
    case 'failed':
      return `Stopped: ${info.problem ?? 'an error'}. Sync now tries again.`
  }
}
