import { screen, waitFor } from '@testing-library/react'
import { useRegisterSW } from 'virtual:pwa-register/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Shell } from '@/app/shell'
import { SCHEMA_VERSION } from '@/tracking/model'
import { resetPersistenceRequestForTests } from '@/tracking/persistence/storage-health'
import {
  renderApp,
  stubStorageManager,
  watchedRecord,
  type StorageManagerStub,
} from '../support/render-with-providers'

/** Requirement 15: the app asks for persistent storage once the log starts to matter. */

vi.mock('virtual:pwa-register/react', () => ({ useRegisterSW: vi.fn() }))

let storage: StorageManagerStub

beforeEach(() => {
  vi.mocked(useRegisterSW).mockReturnValue({
    needRefresh: [false, vi.fn()],
    offlineReady: [false, vi.fn()],
    updateServiceWorker: vi.fn(() => Promise.resolve()),
  })
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined)
  // Each test is a fresh page load: the once-per-page memory starts empty.
  resetPersistenceRequestForTests()
  storage = stubStorageManager({ persisted: false })
})

afterEach(() => {
  storage.remove()
})

const aMoment = () => new Promise((resolve) => setTimeout(resolve, 30))

describe('requirement 15: persistent storage is requested once', () => {
  it('asks after the first tracked episode, exactly once, and records that it asked', async () => {
    const app = renderApp({ url: '/episode/tng-s01e01', element: <Shell /> })
    const watched = await screen.findByRole('checkbox', { name: 'Watched' })
    await aMoment()
    expect(storage.persist).not.toHaveBeenCalled()

    await app.user.click(watched)
    await waitFor(() => expect(storage.persist).toHaveBeenCalledTimes(1))
    await waitFor(() =>
      expect(app.store.getState().meta?.persistRequestedAt).toEqual(expect.any(Number)),
    )
    // Stored with the log, so the next visit knows.
    await waitFor(() =>
      expect(
        app.adapter.writeCalls.some((call) => typeof call.meta?.persistRequestedAt === 'number'),
      ).toBe(true),
    )

    await app.user.click(watched)
    await app.user.click(watched)
    await aMoment()
    expect(storage.persist).toHaveBeenCalledTimes(1)
  })

  it('does not ask again after a reload when it has asked before', async () => {
    renderApp({
      url: '/episode/tng-s01e01',
      element: <Shell />,
      records: [watchedRecord('tng-s01e01')],
      meta: { schemaVersion: SCHEMA_VERSION, createdAt: 1, persistRequestedAt: 1_700_000_000_000 },
    })
    await screen.findByRole('checkbox', { name: 'Watched', checked: true })
    await aMoment()
    expect(storage.persist).not.toHaveBeenCalled()
  })

  it('asks a returning person who tracked episodes before it ever asked', async () => {
    renderApp({
      url: '/',
      element: <Shell />,
      records: [watchedRecord('tng-s01e01')],
      meta: { schemaVersion: SCHEMA_VERSION, createdAt: 1 },
    })
    await waitFor(() => expect(storage.persist).toHaveBeenCalledTimes(1))
  })

  it('asks when the app is installed, even before anything is tracked', async () => {
    renderApp({ url: '/', element: <Shell /> })
    await screen.findByRole('heading', { level: 1, name: 'Star Trek, every voyage' })
    expect(storage.persist).not.toHaveBeenCalled()
    window.dispatchEvent(new Event('appinstalled'))
    await waitFor(() => expect(storage.persist).toHaveBeenCalledTimes(1))
  })
})
