import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import {
  invalidCatalogue,
  realCatalogue,
  renderApp,
  watchedRecord,
  watchRecord,
} from '../support/render-with-providers'

const seed = [
  watchedRecord('pic-s01e01', 5),
  watchRecord('tng-s01e01', { note: 'Q!', updatedAt: 7 }),
]

function silenceBoundaryLogs(): void {
  // React reports errors caught by an error boundary on console.error; expected here.
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
}

describe('Catalogue gate', () => {
  it('a catalogue that fails its schema shows an error with Retry', async () => {
    silenceBoundaryLogs()
    renderApp({ url: '/', catalogue: invalidCatalogue })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The catalogue could not be loaded' }),
    ).toBeVisible()
    expect(screen.getByText(/The catalogue is not valid \(series:/)).toBeVisible()
    expect(screen.getByText(/Your watch history, ratings and notes are safe/)).toBeVisible()
    expect(screen.getByRole('button', { name: 'Retry' })).toBeEnabled()
  })

  it('a catalogue that is not JSON at all gets its own message', async () => {
    silenceBoundaryLogs()
    renderApp({ url: '/', rawCatalogue: '<html>oops</html>' })
    expect(
      await screen.findByText('The catalogue file is damaged (it is not valid JSON).'),
    ).toBeVisible()
  })

  it('a bad catalogue leaves the watch log untouched: no writes, same records', async () => {
    silenceBoundaryLogs()
    const { store, adapter, user } = renderApp({
      url: '/series/pic/season/1',
      catalogue: invalidCatalogue,
      records: seed,
    })
    await screen.findByRole('heading', { name: 'The catalogue could not be loaded' })
    await waitFor(() => expect(store.getState().status).toBe('ready'))
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    await screen.findByRole('heading', { name: 'The catalogue could not be loaded' })

    expect(Object.values(store.getState().records)).toEqual(seed)
    expect(adapter.writeCalls).toEqual([])
    expect([...adapter.saved.values()]).toEqual(seed)
  })

  it('after the catalogue is fixed, Retry shows the series list', async () => {
    silenceBoundaryLogs()
    const { user, setCatalogue, fetchMock } = renderApp({
      url: '/',
      catalogue: invalidCatalogue,
      records: seed,
    })
    const retry = await screen.findByRole('button', { name: 'Retry' })
    setCatalogue(realCatalogue)
    const callsBefore = fetchMock.mock.calls.length

    await user.click(retry)
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Star Trek, every voyage' }),
    ).toBeVisible()
    expect(screen.getByRole('link', { name: 'Star Trek: Picard' })).toBeInTheDocument()
    expect(fetchMock.mock.calls.length).toBeGreaterThan(callsBefore)
    expect(
      screen.queryByRole('heading', { name: 'The catalogue could not be loaded' }),
    ).not.toBeInTheDocument()
  })
})
