import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp, watchRecord, watchedRecord } from '../../support/render-with-providers'

const rows = () =>
  screen.queryAllByRole('checkbox', { name: /^Watched:/ }).map((c) => c.getAttribute('aria-label'))

describe('Season filters', () => {
  const records = [
    watchedRecord('pic-s02e01', 3),
    watchRecord('pic-s02e02', { rating10: 8, updatedAt: 2 }),
    watchRecord('pic-s02e03', { note: 'Borg!', updatedAt: 2 }),
  ]

  it('shows only unwatched, watched, rated or noted episodes, and says when none match', async () => {
    const { user } = renderApp({ url: '/series/pic/season/2', records })
    const show = await screen.findByRole('combobox', { name: 'Show' })
    expect(rows()).toHaveLength(10)
    await user.selectOptions(show, 'Watched')
    expect(rows()).toEqual(['Watched: The Star Gazer'])
    await user.selectOptions(show, 'Unwatched')
    expect(rows()).toHaveLength(9)
    await user.selectOptions(show, 'Rated 4 stars or more')
    expect(rows()).toEqual(['Watched: Penance'])
    await user.selectOptions(show, 'With a note')
    expect(rows()).toEqual(['Watched: Assimilation'])
    await user.selectOptions(show, 'Rated 5 stars')
    expect(rows()).toEqual([])
    expect(screen.getByText('No episodes match this filter.')).toBeVisible()
  })

  it('shows the hours left in the season', async () => {
    renderApp({ url: '/series/pic/season/2', records })
    expect(await screen.findByText('1 of 10 watched')).toBeVisible()
    expect(screen.getByText(/h left/)).toHaveTextContent(/^· \d+(\.\d)? h left$/)
  })
})
