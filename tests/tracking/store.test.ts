import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setNote } from '@/tracking/edits'
import { DB_NAME } from '@/tracking/persistence/idb-adapter'
import { createAppTracking } from '@/tracking/store'
import type { TrackingStore } from '@/tracking/sync-engine'
import { readDb, whenLoaded } from './tracking-helpers'

/** Requirement 12: the app's store commits pending writes when the page is hidden or left. */

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state })
}

/** Replaces the store's flushNow with a spy (the page events look it up when they fire). */
function spyOnFlush(store: TrackingStore) {
  const flushNow = vi.fn(() => undefined)
  const { actions } = store.getState()
  store.setState({ actions: { ...actions, flushNow } })
  return flushNow
}

beforeEach(() => {
  vi.stubGlobal('BroadcastChannel', undefined) // one tab; the channel is tested elsewhere
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  setVisibility('visible')
})

describe('createAppTracking', () => {
  it('loads from IndexedDB and becomes ready', async () => {
    expect((await whenLoaded(createAppTracking())).status).toBe('ready')
  })

  it('flushes pending writes on pagehide', async () => {
    const store = createAppTracking()
    await whenLoaded(store)
    const flush = spyOnFlush(store)
    window.dispatchEvent(new Event('pagehide'))
    expect(flush).toHaveBeenCalledTimes(1)
  })

  it('flushes pending writes when the page becomes hidden, not when it becomes visible', async () => {
    const store = createAppTracking()
    await whenLoaded(store)
    const flush = spyOnFlush(store)

    setVisibility('visible')
    document.dispatchEvent(new Event('visibilitychange'))
    expect(flush).not.toHaveBeenCalled()

    setVisibility('hidden')
    document.dispatchEvent(new Event('visibilitychange'))
    expect(flush).toHaveBeenCalledTimes(1)
  })

  it('a note still being typed is written to IndexedDB by pagehide, without waiting for its debounce', async () => {
    // Freeze setTimeout only: the 300 ms note debounce can then never fire by itself, while
    // fake-indexeddb (which schedules with setImmediate) keeps running.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const store = createAppTracking()
    await whenLoaded(store)
    store.getState().actions.edit(['pic-s02e01'], setNote('Closing the tab now'), {
      debounce: true,
    })

    window.dispatchEvent(new Event('pagehide'))

    const stored = async () => (await readDb(DB_NAME))['record:pic-s02e01']
    for (let tick = 0; tick < 50 && (await stored()) === undefined; tick += 1) {
      await new Promise((resolve) => setImmediate(resolve))
    }
    expect(await stored()).toMatchObject({ note: 'Closing the tab now' })
  })
})
