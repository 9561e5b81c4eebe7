import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { hasContent } from '@/tracking/model'
import { renderApp, watchRecord } from '../../support/render-with-providers'
import { answerWhen } from '../../support/answer-when'

describe('Bulk marking with undo', () => {
  it('"Up to here" marks every episode before it in the series, and Undo puts everything back exactly', async () => {
    const rated = watchRecord('pic-s01e02', { rating10: 6, note: 'keep me', updatedAt: 3 })
    const { user, record, store } = renderApp({ url: '/series/pic/season/2', records: [rated] })
    await user.click(
      await screen.findByRole('button', { name: 'Mark everything up to “Assimilation” watched' }),
    )
    await answerWhen(user)
    expect(record('pic-s01e01')?.plays).toHaveLength(1)
    expect(record('pic-s01e10')?.plays).toHaveLength(1)
    expect(record('pic-s02e03')?.plays).toHaveLength(1)
    expect(record('pic-s02e04')).toBeUndefined()
    expect(
      screen.getByText('13 episodes marked watched (seasons 1 and 2, up to “Assimilation”).'),
    ).toBeVisible()

    await user.click(screen.getByRole('button', { name: 'Undo' }))
    await waitFor(() => expect(record('pic-s01e01')?.plays).toEqual([]))
    // The same content back, as a fresh edit of this tab's.
    expect(record('pic-s01e02')).toMatchObject({
      ...rated,
      updatedAt: record('pic-s01e02')?.updatedAt,
      updatedBy: 'test-tab',
    })
    expect(record('pic-s01e02')?.updatedAt).toBeGreaterThan(rated.updatedAt)
    // Undo is a fresh edit: the others are emptied (so no other tab's copy brings them back).
    const withContent = Object.values(store.getState().records).filter(hasContent)
    expect(withContent.map((r) => r.id)).toEqual(['pic-s01e02'])
    expect(screen.getByRole('checkbox', { name: 'Watched: Assimilation' })).not.toBeChecked()
  })

  it('marking a whole season can be undone', async () => {
    const { user, record } = renderApp({ url: '/series/pic/season/2' })
    await user.click(await screen.findByRole('button', { name: 'Mark season 2 watched' }))
    await answerWhen(user)
    expect(screen.getByText('10 episodes marked watched (season 2).')).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    await waitFor(() => expect(record('pic-s02e01')?.plays).toEqual([]))
    expect(screen.getByRole('button', { name: 'Mark season 2 watched' })).toBeVisible()
  })
  it('Undo leaves an episode changed since the bulk action as it is, and says so', async () => {
    const { user, record } = renderApp({ url: '/series/pic/season/2' })
    await user.click(await screen.findByRole('button', { name: 'Mark season 2 watched' }))
    await answerWhen(user)
    // Then a rating on one of them, from its own page or another tab: it must survive Undo.
    await user.click(screen.getByRole('checkbox', { name: 'Watched: Penance' }))
    await user.click(screen.getByRole('checkbox', { name: 'Watched: Penance' }))
    const penance = record('pic-s02e02')
    expect(penance?.plays).toHaveLength(1)

    await user.click(screen.getByRole('button', { name: 'Undo' }))
    await waitFor(() => expect(record('pic-s02e01')?.plays).toEqual([]))
    expect(record('pic-s02e02')).toEqual(penance)
    expect(screen.getByRole('status')).toHaveTextContent(
      'Undone, except one entry changed since: kept as it is.',
    )
  })
})
