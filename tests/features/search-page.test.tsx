import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp, watchedRecord } from '../support/render-with-providers'

describe('Search page', () => {
  it('finds an episode by code as you type and links to it, showing what you watched', async () => {
    const { user } = renderApp({ url: '/search', records: [watchedRecord('tng-s03e26', 5)] })
    const box = await screen.findByRole('searchbox', { name: /search every episode/i })
    await user.type(box, 'tng 3x26')
    const results = await screen.findByRole('list')
    const link = within(results).getByRole('link', { name: /The Best of Both Worlds, Part I/ })
    expect(link).toHaveAttribute('href', '/episode/tng-s03e26')
    expect(within(link).getByText('✓ Watched')).toBeVisible()
  })

  it('keeps the query in the address, so a search survives a reload', async () => {
    renderApp({ url: '/search?q=wrath%20of%20khan' })
    expect(
      await screen.findByRole('link', { name: /Star Trek II: The Wrath of Khan/ }),
    ).toBeVisible()
    expect(screen.getByRole('searchbox')).toHaveValue('wrath of khan')
  })

  it('says so when nothing matches', async () => {
    renderApp({ url: '/search?q=zzzzzz' })
    expect(await screen.findByRole('heading', { name: 'No matches' })).toBeVisible()
  })
})
