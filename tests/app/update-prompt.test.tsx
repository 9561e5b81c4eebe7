import { screen, waitFor } from '@testing-library/react'
import { useRegisterSW } from 'virtual:pwa-register/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { UpdatePrompt } from '@/app/update-prompt'
import { renderApp } from '../support/render-with-providers'

vi.mock('virtual:pwa-register/react', () => ({ useRegisterSW: vi.fn() }))

const setNeedRefresh = vi.fn()
const setOfflineReady = vi.fn()
const updateServiceWorker = vi.fn((_reloadPage?: boolean) => Promise.resolve())

function serviceWorker(needRefresh: boolean): void {
  vi.mocked(useRegisterSW).mockReturnValue({
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [false, setOfflineReady],
    updateServiceWorker,
  })
}

/** Replaces the store's flush with one the test finishes by hand, logging into `order`. */
function holdFlush(store: ReturnType<typeof renderApp>['store'], order: string[]) {
  let finish: () => void = () => undefined
  const flush = vi.fn(
    () =>
      new Promise<void>((resolve) => {
        order.push('flush started')
        finish = () => {
          order.push('flush done')
          resolve()
        }
      }),
  )
  store.setState((s) => ({ actions: { ...s.actions, flush } }))
  return { flush, finish: () => finish() }
}

describe('Update prompt', () => {
  beforeEach(() => {
    setNeedRefresh.mockReset()
    updateServiceWorker.mockReset()
    updateServiceWorker.mockImplementation(() => Promise.resolve())
  })

  it('shows nothing when no new version is waiting', () => {
    serviceWorker(false)
    renderApp({ element: <UpdatePrompt /> })
    expect(screen.queryByText('New version available.')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Reload' })).not.toBeInTheDocument()
  })

  it('announces a new version and does not reload until the person clicks Reload', async () => {
    serviceWorker(true)
    const { store } = renderApp({ element: <UpdatePrompt /> })
    const { flush } = holdFlush(store, [])

    expect(screen.getByRole('status')).toHaveTextContent('New version available.')
    expect(screen.getByRole('button', { name: 'Reload' })).toBeVisible()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(flush).not.toHaveBeenCalled()
    expect(updateServiceWorker).not.toHaveBeenCalled()
  })

  it('Reload flushes pending writes first, then activates the new worker with a reload', async () => {
    serviceWorker(true)
    const { store, user } = renderApp({ element: <UpdatePrompt /> })
    const order: string[] = []
    const { flush, finish } = holdFlush(store, order)
    updateServiceWorker.mockImplementation((reloadPage) => {
      order.push(`update(${String(reloadPage)})`)
      return Promise.resolve()
    })

    await user.click(screen.getByRole('button', { name: 'Reload' }))
    expect(flush).toHaveBeenCalledOnce()
    expect(updateServiceWorker).not.toHaveBeenCalled()

    finish()
    await waitFor(() => expect(updateServiceWorker).toHaveBeenCalledWith(true))
    expect(order).toEqual(['flush started', 'flush done', 'update(true)'])
  })

  it('Reload waits for a real write still in flight', async () => {
    serviceWorker(true)
    const { store, user, adapter } = renderApp({ element: <UpdatePrompt /> })
    await waitFor(() => expect(store.getState().status).toBe('ready'))
    let release: () => void = () => undefined
    const write = adapter.write.bind(adapter)
    adapter.write = (records, meta) =>
      new Promise((resolve, reject) => {
        release = () => {
          write(records, meta).then(resolve, reject)
        }
      })
    store.getState().actions.edit(['pic-s01e01'], (r) => ({ ...r, note: 'typed just now' }), {
      debounce: true,
    })

    await user.click(screen.getByRole('button', { name: 'Reload' }))
    expect(updateServiceWorker).not.toHaveBeenCalled()
    release()
    await waitFor(() => expect(updateServiceWorker).toHaveBeenCalledWith(true))
    expect(adapter.saved.get('pic-s01e01')?.note).toBe('typed just now')
  })

  it('"Later" hides the prompt without reloading', async () => {
    serviceWorker(true)
    const { user } = renderApp({ element: <UpdatePrompt /> })
    await user.click(screen.getByRole('button', { name: 'Later' }))
    expect(setNeedRefresh).toHaveBeenCalledWith(false)
    expect(updateServiceWorker).not.toHaveBeenCalled()
  })

  it('does not reload when storage is full: says what would be lost and offers a backup (issue 8, case 5)', async () => {
    serviceWorker(true)
    const { store, user, adapter } = renderApp({ element: <UpdatePrompt /> })
    await waitFor(() => expect(store.getState().status).toBe('ready'))
    adapter.failWrites = true
    store.getState().actions.edit(['pic-s01e01'], (r) => ({ ...r, note: 'typed just now' }), {
      debounce: true,
    })

    await user.click(screen.getByRole('button', { name: 'Reload' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Not reloaded.')
    expect(alert).toHaveTextContent(/Reloading now would lose them/)
    expect(updateServiceWorker).not.toHaveBeenCalled()
    expect(store.getState().records['pic-s01e01']?.note).toBe('typed just now')
    expect(screen.getByRole('button', { name: 'Export backup' })).toBeVisible()

    // Space freed: Reload saves, then reloads.
    adapter.failWrites = false
    await user.click(screen.getByRole('button', { name: 'Reload' }))
    await waitFor(() => expect(updateServiceWorker).toHaveBeenCalledWith(true))
    expect(adapter.saved.get('pic-s01e01')?.note).toBe('typed just now')
  })

  it('"Reload anyway" is the person’s choice once they have been told', async () => {
    serviceWorker(true)
    const { store, user, adapter } = renderApp({ element: <UpdatePrompt /> })
    await waitFor(() => expect(store.getState().status).toBe('ready'))
    adapter.failWrites = true
    store.getState().actions.edit(['pic-s01e01'], (r) => ({ ...r, rating10: 4 }))
    await user.click(screen.getByRole('button', { name: 'Reload' }))
    await user.click(await screen.findByRole('button', { name: 'Reload anyway' }))
    expect(updateServiceWorker).toHaveBeenCalledWith(true)
  })
})
