import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { renderApp } from '../support/render-with-providers'

// As in a tab running an older version after another tab took the update: the screen's chunk
// is gone from the server and the service worker.
vi.mock('@/features/stats/stats-page', () => {
  throw new TypeError('Failed to fetch dynamically imported module')
})

describe('A screen whose code cannot be loaded', () => {
  it('says a newer version was probably installed and offers Reload, not a dead Retry', async () => {
    renderApp({ url: '/stats' })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This screen could not be loaded' }),
    ).toBeVisible()
    expect(
      screen.getByText(/A newer version of Captain’s Log has probably been installed/),
    ).toBeVisible()
    expect(screen.getByRole('button', { name: 'Reload' })).toBeVisible()
  })
})
