import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp, watchRecord, watchedRecord } from '../../support/render-with-providers'
import { answerWhen } from '../../support/answer-when'

const SEASON_1 = '/series/pic/season/1'

const row = (title: string): HTMLElement => {
  const li = screen.getByRole('checkbox', { name: `Watched: ${title}` }).closest('li')
  if (!li) throw new Error(`no row for ${title}`)
  return li
}

const rows = () =>
  screen.queryAllByRole('checkbox', { name: /^Watched:/ }).map((c) => c.getAttribute('aria-label'))

describe('Skipping episodes on the season page', () => {
  it('a Skip toggle on an unwatched row stores skipped, says "Skipped" on the row, and takes it back', async () => {
    const { user, record } = renderApp({ url: SEASON_1 })
    const skip = await screen.findByRole('button', { name: 'Skip Remembrance' })
    expect(skip).toHaveAttribute('aria-pressed', 'false')
    expect(skip).toHaveTextContent('Skip')
    expect(within(row('Remembrance')).queryByText('· Skipped')).not.toBeInTheDocument()

    await user.click(skip)
    expect(record('pic-s01e01')?.skipped).toBe(true)
    expect(record('pic-s01e01')?.plays).toEqual([])
    expect(skip).toHaveAttribute('aria-pressed', 'true')
    expect(skip).toHaveTextContent(/^Skip$/)
    expect(within(row('Remembrance')).getByText('· Skipped')).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Watched: Remembrance' })).not.toBeChecked()
    // The other rows are untouched.
    expect(screen.getByRole('button', { name: 'Skip Maps and Legends' })).toHaveAttribute(
      'aria-pressed',
      'false',
    )

    await user.click(skip)
    expect(record('pic-s01e01')?.skipped).toBe(false)
    expect(skip).toHaveAttribute('aria-pressed', 'false')
    expect(within(row('Remembrance')).queryByText('· Skipped')).not.toBeInTheDocument()
  })

  it('counts skipped episodes apart on the season line, the series header and the season list', async () => {
    const { user } = renderApp({ url: SEASON_1 })
    expect(await screen.findByText('0 of 10 watched')).toBeVisible()
    expect(screen.getByText('0 of 30 watched')).toBeVisible()

    await user.click(screen.getByRole('button', { name: 'Skip Nepenthe' }))
    expect(screen.getByText('0 of 9 watched · 1 skipped')).toBeVisible()
    expect(screen.getByText('0 of 29 watched · 1 skipped')).toBeVisible()
    expect(screen.getByRole('link', { name: 'Season 1 (0 of 9 watched)' })).toBeVisible()

    await user.click(screen.getByRole('checkbox', { name: 'Watched: Remembrance' }))
    expect(screen.getByText('1 of 9 watched · 1 skipped')).toBeVisible()
    expect(screen.getByText('1 of 29 watched · 1 skipped')).toBeVisible()
  })

  it('a watched row has no Skip button, and marking a skipped episode watched clears the skip', async () => {
    const { user, record } = renderApp({
      url: SEASON_1,
      records: [watchedRecord('pic-s01e01', 5), watchRecord('pic-s01e02', { skipped: true })],
    })
    await screen.findByRole('checkbox', { name: 'Watched: Remembrance' })
    expect(screen.queryByRole('button', { name: 'Skip Remembrance' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Skip Maps and Legends' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )

    await user.click(screen.getByRole('checkbox', { name: 'Watched: Maps and Legends' }))
    expect(record('pic-s01e02')?.skipped).toBe(false)
    expect(record('pic-s01e02')?.plays).toHaveLength(1)
    expect(screen.queryByRole('button', { name: 'Skip Maps and Legends' })).not.toBeInTheDocument()
    expect(screen.getByText('2 of 10 watched')).toBeVisible()

    // Unticking leaves it unwatched, not skipped again.
    await user.click(screen.getByRole('checkbox', { name: 'Watched: Maps and Legends' }))
    expect(record('pic-s01e02')?.skipped).toBe(false)
    expect(screen.getByRole('button', { name: 'Skip Maps and Legends' })).toHaveAttribute(
      'aria-pressed',
      'false',
    )
  })

  it('keyboard: s skips the row in focus and s again takes it back; a watched row ignores s', async () => {
    const { user, record } = renderApp({
      url: SEASON_1,
      records: [watchedRecord('pic-s01e02', 5)],
    })
    const first = await screen.findByRole('checkbox', { name: 'Watched: Remembrance' })
    await user.keyboard('j')
    expect(first).toHaveFocus()
    await user.keyboard('s')
    expect(record('pic-s01e01')?.skipped).toBe(true)
    expect(screen.getByRole('button', { name: 'Skip Remembrance' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    // Focus stays on the row, so the next key acts on it again.
    expect(first).toHaveFocus()
    await user.keyboard('s')
    expect(record('pic-s01e01')?.skipped).toBe(false)
    expect(screen.getByRole('button', { name: 'Skip Remembrance' })).toHaveAttribute(
      'aria-pressed',
      'false',
    )

    await user.keyboard('j')
    expect(screen.getByRole('checkbox', { name: 'Watched: Maps and Legends' })).toHaveFocus()
    await user.keyboard('s')
    expect(record('pic-s01e02')?.skipped).toBe(false)
    expect(record('pic-s01e02')?.plays).toHaveLength(1)

    await user.keyboard('j')
    await user.keyboard('s')
    expect(record('pic-s01e03')?.skipped).toBe(true)
    expect(record('pic-s01e01')?.skipped).toBe(false)
  })

  it('s does nothing when no row has focus', async () => {
    const { user, record } = renderApp({ url: SEASON_1 })
    await screen.findByRole('checkbox', { name: 'Watched: Remembrance' })
    await user.keyboard('s')
    expect(record('pic-s01e01')).toBeUndefined()
    expect(screen.queryByRole('button', { pressed: true })).not.toBeInTheDocument()
  })

  it('the Show filter has "Skipped", listing only skipped episodes', async () => {
    const { user } = renderApp({
      url: SEASON_1,
      records: [
        watchRecord('pic-s01e03', { skipped: true }),
        watchRecord('pic-s01e07', { skipped: true }),
        watchedRecord('pic-s01e01', 4),
      ],
    })
    const show = await screen.findByRole('combobox', { name: 'Show' })
    expect(within(show).getByRole('option', { name: 'Skipped' })).toBeInTheDocument()
    await user.selectOptions(show, 'Skipped')
    expect(rows()).toEqual(['Watched: The End Is the Beginning', 'Watched: Nepenthe'])
    await user.selectOptions(show, 'Unwatched')
    expect(rows()).not.toContain('Watched: Nepenthe')
    expect(rows()).not.toContain('Watched: Remembrance')
    expect(rows()).toHaveLength(7)
    await user.selectOptions(show, 'Watched')
    expect(rows()).toEqual(['Watched: Remembrance'])
  })

  it('"Mark season 1 watched" leaves skipped episodes skipped, and the season counts as complete', async () => {
    const skipped = watchRecord('pic-s01e04', { skipped: true, rating10: 4, updatedAt: 2 })
    const { user, record } = renderApp({ url: SEASON_1, records: [skipped] })
    await user.click(await screen.findByRole('button', { name: 'Mark season 1 watched' }))
    await answerWhen(user)
    expect(screen.getByText('9 episodes marked watched (season 1).')).toBeVisible()
    expect(record('pic-s01e04')).toEqual(skipped)
    expect(record('pic-s01e01')?.plays).toHaveLength(1)
    expect(record('pic-s01e10')?.plays).toHaveLength(1)
    expect(screen.getByRole('checkbox', { name: 'Watched: Absolute Candor' })).not.toBeChecked()
    expect(screen.getByText('9 of 9 watched · 1 skipped')).toBeVisible()
    expect(screen.getByRole('button', { name: 'Skip Absolute Candor' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )

    const unmark = screen.getByRole('button', { name: 'Mark season 1 unwatched' })
    await user.click(unmark)
    expect(screen.getByText('9 episodes marked unwatched (season 1).')).toBeVisible()
    expect(record('pic-s01e01')?.plays).toEqual([])
    expect(record('pic-s01e04')).toEqual(skipped)
    expect(screen.getByText('0 of 9 watched · 1 skipped')).toBeVisible()
    expect(screen.getByRole('button', { name: 'Mark season 1 watched' })).toBeVisible()
  })

  it('a season with every episode skipped but one counts as complete once that one is watched', async () => {
    const records = Array.from({ length: 9 }, (_, i) =>
      watchRecord(`pic-s01e${String(i + 2).padStart(2, '0')}`, { skipped: true }),
    )
    const { user } = renderApp({ url: SEASON_1, records })
    expect(await screen.findByText('0 of 1 watched · 9 skipped')).toBeVisible()
    expect(screen.getByRole('button', { name: 'Mark season 1 watched' })).toBeVisible()
    await user.click(screen.getByRole('checkbox', { name: 'Watched: Remembrance' }))
    expect(screen.getByText('1 of 1 watched · 9 skipped')).toBeVisible()
    expect(screen.getByRole('button', { name: 'Mark season 1 unwatched' })).toBeVisible()
  })

  it('"Up to here" passes over skipped episodes before it, and Undo puts them back', async () => {
    const skipped = watchRecord('pic-s01e02', { skipped: true })
    const { user, record } = renderApp({ url: SEASON_1, records: [skipped] })
    await user.click(
      await screen.findByRole('button', {
        name: 'Mark everything up to “Absolute Candor” watched',
      }),
    )
    await answerWhen(user)
    expect(
      screen.getByText('3 episodes marked watched (season 1, up to “Absolute Candor”).'),
    ).toBeVisible()
    expect(record('pic-s01e01')?.plays).toHaveLength(1)
    expect(record('pic-s01e02')).toEqual(skipped)
    expect(record('pic-s01e03')?.plays).toHaveLength(1)
    expect(record('pic-s01e04')?.plays).toHaveLength(1)
    expect(record('pic-s01e05')).toBeUndefined()
    expect(screen.getByText('3 of 9 watched · 1 skipped')).toBeVisible()

    await user.click(screen.getByRole('button', { name: 'Undo' }))
    await waitFor(() => expect(record('pic-s01e01')?.plays).toEqual([]))
    expect(record('pic-s01e02')).toEqual(skipped)
  })

  it('"Up to here" on a skipped episode marks that one watched', async () => {
    const { user, record } = renderApp({
      url: SEASON_1,
      records: [watchRecord('pic-s01e03', { skipped: true })],
    })
    await user.click(
      await screen.findByRole('button', {
        name: 'Mark everything up to “The End Is the Beginning” watched',
      }),
    )
    await answerWhen(user)
    expect(record('pic-s01e03')?.plays).toHaveLength(1)
    expect(record('pic-s01e03')?.skipped).toBe(false)
    expect(screen.getByText('3 of 10 watched')).toBeVisible()
  })
})
