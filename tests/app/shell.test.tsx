import { screen, within } from '@testing-library/react'
import { useRegisterSW } from 'virtual:pwa-register/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { Shell } from '@/app/shell'
import { renderApp } from '../support/render-with-providers'

vi.mock('virtual:pwa-register/react', () => ({ useRegisterSW: vi.fn() }))

describe('Shell', () => {
  beforeEach(() => {
    vi.mocked(useRegisterSW).mockReturnValue({
      needRefresh: [false, vi.fn()],
      offlineReady: [false, vi.fn()],
      updateServiceWorker: vi.fn(() => Promise.resolve()),
    })
    // jsdom has no layout; the shell scrolls to the top on every navigation.
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined)
  })

  it('frames every screen: skip link, home link, main content and footer', async () => {
    renderApp({ url: '/', element: <Shell /> })
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main')
    expect(screen.getByRole('link', { name: 'Captain’s Log' })).toHaveAttribute('href', '/')
    const main = screen.getByRole('main')
    expect(
      await within(main).findByRole('heading', { level: 1, name: 'Star Trek, every voyage' }),
    ).toBeVisible()
    expect(screen.getByRole('contentinfo')).toHaveTextContent(
      'Your watch log is stored only in this browser.',
    )
  })

  it('shows the storage warning above the page when nothing can be saved', async () => {
    renderApp({ url: '/series/pic/season/1', element: <Shell />, loadUnavailable: true })
    expect(await screen.findByRole('alert')).toHaveTextContent('Not saving.')
    expect(await screen.findByRole('checkbox', { name: 'Watched: Remembrance' })).toBeEnabled()
  })

  it('goes home from any page through the brand link, scrolling to the top', async () => {
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined)
    const { user } = renderApp({ url: '/episode/pic-s02e01', element: <Shell /> })
    await screen.findByRole('heading', { level: 1, name: 'The Star Gazer' })
    await user.click(screen.getByRole('link', { name: 'Captain’s Log' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Star Trek, every voyage' }),
    ).toBeVisible()
    expect(scrollTo).toHaveBeenLastCalledWith(0, 0)
  })

  it('an unknown address says so and links home', async () => {
    renderApp({ url: '/nowhere', element: <Shell /> })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Nothing at these coordinates' }),
    ).toBeVisible()
    expect(screen.getByRole('link', { name: 'Back to all series' })).toHaveAttribute('href', '/')
  })
})
