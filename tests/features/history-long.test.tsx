import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp, watchRecord } from '../support/render-with-providers'

/** Issue 8, case 7: a long History renders the rows near the screen, not all of them. */
describe('A long History', () => {
  it('renders a window of rows, each saying where it is in the whole list', async () => {
    const records = Array.from({ length: 2000 }, (_, i) =>
      watchRecord(`old-${String(i).padStart(4, '0')}`, {
        plays: [{ precision: 'date', watchedAt: '2024-01-01', loggedAt: i }],
        updatedAt: i + 1,
      }),
    )
    renderApp({ url: '/history', records })
    const list = await screen.findByRole('list')
    const rows = await within(list).findAllByRole('listitem')
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.length).toBeLessThan(100)
    // One day's heading, then its 2,000 viewings: the list says where each is among them all.
    expect(rows[0]).toHaveAttribute('aria-setsize', '2001')
    expect(rows[0]).toHaveAttribute('aria-posinset', '1')
    expect(within(rows[0] as HTMLElement).getByRole('heading', { level: 2 })).toHaveTextContent(
      '1 January 2024 · 2,000 viewings',
    )
    expect(rows[1]).toHaveAttribute('aria-posinset', '2')
  })
})
