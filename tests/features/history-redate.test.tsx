import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp, watchRecord } from '../support/render-with-providers'

const seeded = [
  watchRecord('pic-s02e01', {
    plays: [
      { precision: 'exact', watchedAt: '2026-12-01T12:00:00.000Z', loggedAt: 5 },
      { precision: 'exact', watchedAt: '2026-12-02T12:00:00.000Z', loggedAt: 6 },
    ],
    updatedAt: 6,
  }),
  watchRecord('pic-s02e02', {
    plays: [{ precision: 'unknown', watchedAt: null, loggedAt: 7 }],
    updatedAt: 7,
  }),
  watchRecord('pic-s02e03', {
    plays: [{ precision: 'date', watchedAt: '2022-03-17', loggedAt: 8 }],
    updatedAt: 8,
  }),
]

describe('History re-dates several viewings at once', () => {
  it('ticks viewings, gives them one day, and Undo puts every date back', async () => {
    const { user, record } = renderApp({ url: '/history', records: seeded })
    const boxes = await screen.findAllByRole('checkbox', { name: /^Select this viewing of/ })
    expect(boxes).toHaveLength(4)
    // Both viewings of The Star Gazer (one record) and the undated Penance.
    await user.click(screen.getByRole('checkbox', { name: /of The Star Gazer, 2 December 2026/ }))
    await user.click(screen.getByRole('checkbox', { name: /of The Star Gazer, 1 December 2026/ }))
    await user.click(screen.getByRole('checkbox', { name: 'Select this viewing of Penance' }))
    const bar = screen.getByRole('group', { name: '3 viewings selected' })
    const day = within(bar).getByLabelText('New date')

    fireEvent.change(day, { target: { value: '2999-01-01' } })
    await user.click(within(bar).getByRole('button', { name: 'Re-date 3 viewings' }))
    expect(within(bar).getByRole('alert')).toHaveTextContent('Choose a day: today or earlier.')
    expect(record('pic-s02e01')).toEqual(seeded[0])

    fireEvent.change(day, { target: { value: '2021-05-03' } })
    await user.click(within(bar).getByRole('button', { name: 'Re-date 3 viewings' }))
    expect(record('pic-s02e01')?.plays).toEqual([
      { precision: 'date', watchedAt: '2021-05-03', loggedAt: 5 },
      { precision: 'date', watchedAt: '2021-05-03', loggedAt: 6 },
    ])
    expect(record('pic-s02e02')?.plays).toEqual([
      { precision: 'date', watchedAt: '2021-05-03', loggedAt: 7 },
    ])
    // Not ticked: as it was.
    expect(record('pic-s02e03')?.plays).toEqual(seeded[2]?.plays)
    expect(screen.getByRole('heading', { name: '3 May 2021 · 3 viewings' })).toBeVisible()
    expect(screen.queryByRole('group', { name: /selected$/ })).toBeNull()
    expect(screen.getByRole('status')).toHaveTextContent('3 viewings re-dated to 3 May 2021.')

    await user.click(screen.getByRole('button', { name: 'Undo' }))
    await waitFor(() => expect(record('pic-s02e01')?.plays).toEqual(seeded[0]?.plays))
    expect(record('pic-s02e02')?.plays).toEqual(seeded[1]?.plays)
  })

  it('a tick stays with its viewing: removing an earlier one does not move it onto another', async () => {
    const { user, record } = renderApp({ url: '/history', records: seeded })
    // The Star Gazer's second viewing (position 1), then its first (position 0) is removed:
    // the second moves to position 0, and no other viewing may take its tick.
    await user.click(
      await screen.findByRole('checkbox', { name: /of The Star Gazer, 2 December 2026/ }),
    )
    const first = screen.getByRole('checkbox', { name: /of The Star Gazer, 1 December 2026/ })
    await user.click(
      within(first.closest('li') as HTMLElement).getByRole('button', { name: /^Remove/ }),
    )
    await waitFor(() => expect(record('pic-s02e01')?.plays).toHaveLength(1))
    expect(
      screen.getByRole('checkbox', { name: /of The Star Gazer, 2 December 2026/ }),
    ).toBeChecked()
    const ticked = screen
      .getAllByRole('checkbox', { name: /^Select this viewing/ })
      .filter((box) => (box as HTMLInputElement).checked)
    expect(ticked).toHaveLength(1)
    expect(screen.getByRole('group', { name: '1 viewing selected' })).toBeVisible()
  })

  it('Clear selection leaves everything as it was', async () => {
    const { user, record } = renderApp({ url: '/history', records: seeded })
    await user.click(
      await screen.findByRole('checkbox', { name: 'Select this viewing of Penance' }),
    )
    await user.click(screen.getByRole('button', { name: 'Clear selection' }))
    expect(screen.queryByRole('group', { name: /selected$/ })).toBeNull()
    expect(
      screen.getByRole('checkbox', { name: 'Select this viewing of Penance' }),
    ).not.toBeChecked()
    expect(record('pic-s02e02')).toEqual(seeded[1])
  })
})
