import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp, watchedRecord } from '../support/render-with-providers'

describe('Up next page', () => {
  it('lists the next episode of every series in progress, most recent first, and marks it with one tap', async () => {
    const { user, record } = renderApp({
      url: '/up-next',
      records: [watchedRecord('pic-s02e01', 20), watchedRecord('ds9-s02e03', 10)],
    })
    const items = await screen.findAllByRole('article')
    expect(items.map((a) => within(a).getByRole('heading').textContent)).toEqual([
      'Penance',
      expect.any(String),
    ])
    await user.click(screen.getByRole('button', { name: 'Mark watched: Penance' }))
    expect(record('pic-s02e02')?.plays).toHaveLength(1)
    expect(await screen.findByRole('link', { name: 'Assimilation' })).toBeVisible()
  })

  it('says what it marked, in the card, and Undo takes it back (a double tap is one Undo away)', async () => {
    const { user, record } = renderApp({
      url: '/up-next',
      records: [watchedRecord('pic-s02e01', 20)],
    })
    await user.click(await screen.findByRole('button', { name: 'Mark watched: Penance' }))
    const card = screen.getByRole('article')
    expect(within(card).getByRole('status')).toHaveTextContent('“Penance” marked watched.')
    expect(within(card).getByRole('link', { name: 'Assimilation' })).toBeVisible()

    await user.click(within(card).getByRole('button', { name: 'Undo' }))
    expect(await within(card).findByRole('link', { name: 'Penance' })).toBeVisible()
    expect(record('pic-s02e02')?.plays).toEqual([])
    expect(within(card).queryByRole('button', { name: 'Undo' })).toBeNull()
  })

  it('keeps the Undo when the episode marked was the series’ last (its card is gone)', async () => {
    const { user, record } = renderApp({
      url: '/up-next',
      records: [1, 2, 3, 4].map((n) => watchedRecord(`vst-s01e0${n}`, n)),
    })
    await user.click(await screen.findByRole('button', { name: /^Mark watched: / }))
    expect(record('vst-s01e05')?.plays).toHaveLength(1)
    expect(await screen.findByText(/Nothing in progress/)).toBeVisible()
    expect(screen.getByRole('status')).toHaveTextContent(/marked watched\.$/)
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(await screen.findByRole('button', { name: /^Mark watched: / })).toBeVisible()
    expect(record('vst-s01e05')?.plays).toEqual([])
  })

  it('offers a feature-length two-parter as one sitting', async () => {
    const { user, record } = renderApp({
      url: '/up-next',
      records: [watchedRecord('tng-s07e24', 5)],
    })
    const button = await screen.findByRole('button', {
      name: 'Mark both parts watched: All Good Things...',
    })
    await user.click(button)
    expect(record('tng-s07e25')?.plays).toHaveLength(1)
    expect(record('tng-s07e26')?.plays).toHaveLength(1)
  })

  it('leaves out series not started or finished', async () => {
    renderApp({
      url: '/up-next',
      records: [
        watchedRecord('vst-s01e01', 1),
        watchedRecord('vst-s01e02', 1),
        watchedRecord('vst-s01e03', 1),
        watchedRecord('vst-s01e04', 1),
        watchedRecord('vst-s01e05', 1),
      ],
    })
    expect(await screen.findByText(/Nothing in progress/)).toBeVisible()
  })
})
