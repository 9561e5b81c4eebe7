import { act, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp, watchRecord } from '../support/render-with-providers'

describe('Stats page', () => {
  it('invites you to watch something when the log is empty', async () => {
    renderApp({ url: '/stats' })
    expect(await screen.findByText(/your stats appear here/i)).toBeVisible()
  })

  it('shows totals, a chart per series with the same figures in a table, and the year in review', async () => {
    renderApp({
      url: '/stats',
      records: [
        watchRecord('pic-s02e01', {
          plays: [{ precision: 'date', watchedAt: '2025-03-03', loggedAt: 1 }],
          rating10: 9,
          updatedAt: 2,
        }),
      ],
    })
    const tiles = await screen.findByRole('list', { name: 'Totals' })
    expect(within(tiles).getByText('46 min')).toBeVisible()
    expect(screen.getByText('4.5 ★')).toBeVisible()
    const chart = screen.getByRole('figure', { name: 'Hours by series' })
    expect(within(chart).getByRole('img', { name: /Hours by series, bar chart/ })).toBeVisible()
    const table = within(chart).getByRole('table', { hidden: true })
    expect(within(table).getByRole('rowheader', { name: 'PIC', hidden: true })).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Year' })).toHaveValue('2025')
    expect(screen.getByRole('link', { name: 'The Star Gazer' })).toHaveAttribute(
      'href',
      '/episode/pic-s02e01',
    )
  })
  it('the year in review follows a change made while the page is open (another tab, say)', async () => {
    const { store } = renderApp({
      url: '/stats',
      records: [
        watchRecord('pic-s02e01', {
          plays: [{ precision: 'date', watchedAt: '2025-03-03', loggedAt: 1 }],
          updatedAt: 2,
        }),
      ],
    })
    const review = (await screen.findByText(/^In 2025:/)).closest('p')
    expect(review).toHaveTextContent('In 2025: 1 viewing,')
    act(() =>
      store.getState().actions.edit(['pic-s02e02'], (r) => ({
        ...r,
        plays: [{ precision: 'date', watchedAt: '2025-04-01', loggedAt: 3 }],
      })),
    )
    // As a person sees it: the review redraws with the change (a loaded CI machine once needed a
    // moment more than the act() above).
    await waitFor(() =>
      expect(screen.getByText(/^In 2025:/).closest('p')).toHaveTextContent('In 2025: 2 viewings'),
    )
  })
})
