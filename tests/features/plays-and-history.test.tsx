import { fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp, watchRecord } from '../support/render-with-providers'

describe('Plays, rewatches and the history', () => {
  it('marks a viewing now by default, and lets you say it was at release or not remembered', async () => {
    const { user, record } = renderApp({ url: '/episode/pic-s02e01' })
    await user.click(await screen.findByRole('checkbox', { name: 'Watched' }))
    const when = screen.getByRole('combobox', { name: 'When' })
    expect(when).toHaveValue('exact')
    await user.selectOptions(when, 'At release')
    expect(record('pic-s02e01')?.plays).toEqual([
      { precision: 'release', watchedAt: '2022-03-03', loggedAt: expect.any(Number) as number },
    ])
    expect(screen.queryByLabelText('Date watched')).not.toBeInTheDocument()
    await user.selectOptions(when, 'I don’t remember')
    expect(record('pic-s02e01')?.plays).toEqual([
      { precision: 'unknown', watchedAt: null, loggedAt: expect.any(Number) as number },
    ])
    await user.selectOptions(when, 'On a date')
    expect(record('pic-s02e01')?.plays[0]?.precision).toBe('date')
    expect(screen.getByLabelText('Date watched')).toBeVisible()
  })

  it('"Watched it again" adds a viewing and keeps the earlier one', async () => {
    const first = { precision: 'date' as const, watchedAt: '2023-01-02', loggedAt: 1 }
    const { user, record } = renderApp({
      url: '/episode/pic-s02e01',
      records: [watchRecord('pic-s02e01', { plays: [first] })],
    })
    await user.click(await screen.findByRole('button', { name: 'Watched it again' }))
    expect(record('pic-s02e01')?.plays).toHaveLength(2)
    expect(record('pic-s02e01')?.plays[0]).toEqual(first)
    expect(screen.getByText('Watched 2 times.')).toBeVisible()
  })

  it('History lists every viewing newest first, and a viewing can be re-dated or removed', async () => {
    const { user, record } = renderApp({
      url: '/history',
      records: [
        watchRecord('pic-s02e01', {
          plays: [
            { precision: 'date', watchedAt: '2023-01-02', loggedAt: 1 },
            { precision: 'date', watchedAt: '2024-06-01', loggedAt: 1 },
          ],
        }),
        watchRecord('tng-s01e03', {
          plays: [{ precision: 'unknown', watchedAt: null, loggedAt: 1 }],
        }),
      ],
    })
    await screen.findAllByRole('listitem')
    // A heading for each day, newest first, undated last; under each, its viewings.
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      '1 June 2024 · 1 viewing',
      '2 January 2023 · 1 viewing',
      'Date not remembered · 1 viewing',
    ])
    const items = screen
      .getAllByRole('listitem')
      .filter((li) => within(li).queryByRole('heading') === null)
    expect(items[0]).toHaveTextContent(/^The Star Gazer/)
    expect(items[1]).toHaveTextContent(/^The Star Gazer/)
    expect(items[2]).toHaveTextContent(/^The Naked Now/)
    fireEvent.change(within(items[1] as HTMLElement).getByLabelText(/Date of this viewing/), {
      target: { value: '2023-01-05' },
    })
    expect(record('pic-s02e01')?.plays[0]).toEqual({
      precision: 'date',
      watchedAt: '2023-01-05',
      loggedAt: 1,
    })
    await user.click(
      within(items[0] as HTMLElement).getByRole('button', { name: /Remove this viewing/ }),
    )
    expect(record('pic-s02e01')?.plays).toEqual([
      { precision: 'date', watchedAt: '2023-01-05', loggedAt: 1 },
    ])
  })
})
