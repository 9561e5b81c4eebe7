import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp, watchRecord, watchedRecord } from '../support/render-with-providers'

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

  it('shows an episode as watched only in the pass in progress, and shows a skip', async () => {
    const { user } = renderApp({
      url: '/search',
      records: [
        watchedRecord('tng-s03e26', 5), // watched before the rewatch below began
        watchRecord('tng-s04e01', { skipped: true }),
        watchRecord('tng', { rewatchStarts: [100] }),
      ],
    })
    await user.type(
      await screen.findByRole('searchbox', { name: /search every episode/i }),
      'best of both',
    )
    const results = await screen.findByRole('list')
    const one = within(results).getByRole('link', { name: /The Best of Both Worlds, Part I(?!I)/ })
    const two = within(results).getByRole('link', { name: /The Best of Both Worlds, Part II/ })
    expect(within(one).queryByText('✓ Watched')).not.toBeInTheDocument()
    expect(within(two).getByText('Skipped')).toBeVisible()
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
