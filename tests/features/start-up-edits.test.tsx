import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp, watchRecord } from '../support/render-with-providers'

/**
 * Issue 8, case 1: with a big log, the episode page showed an empty, enabled note box before the
 * stored note arrived, and typing in that second replaced the stored note. Every control now
 * waits for the log: disabled (same size, same place) until the stored value is shown.
 */
const stored = watchRecord('pic-s02e01', {
  note: 'First line.\nSecond line.',
  rating10: 8,
  updatedAt: 5,
})

describe('Before the log has loaded', () => {
  it('the episode page lets nothing be edited, then shows the stored note, rating and watched', async () => {
    const { user, adapter, record } = renderApp({
      url: '/episode/pic-s02e01',
      records: [stored],
      holdLoad: true,
    })
    await screen.findByRole('heading', { level: 1, name: 'The Star Gazer' })
    const note = screen.getByRole('textbox', { name: 'Your note' })
    const rating = screen.getByRole('group', { name: 'Your rating of The Star Gazer' })
    expect(note).toBeDisabled()
    expect(screen.getByText('Loading your note…')).toBeVisible()
    expect(screen.getByRole('checkbox', { name: 'Watched' })).toBeDisabled()
    expect(screen.getByRole('button', { name: 'Skip' })).toBeDisabled()
    for (const star of within(rating).getAllByRole('radio')) expect(star).toBeDisabled()

    // What the person tried in that second: typing, a rating key, the watched shortcut.
    await user.type(note, ' P.S.')
    await user.keyboard('3')
    await user.keyboard('x')
    expect(adapter.writeCalls).toEqual([])

    adapter.releaseLoad()
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Your note' })).toBeEnabled())
    expect(screen.getByRole('textbox', { name: 'Your note' })).toHaveValue(
      'First line.\nSecond line.',
    )
    expect(within(rating).getByRole('radio', { name: '4 stars' })).toBeChecked()
    expect(record('pic-s02e01')).toEqual(stored)

    await user.type(screen.getByRole('textbox', { name: 'Your note' }), ' P.S.')
    expect(record('pic-s02e01')?.note).toBe('First line.\nSecond line. P.S.')
  })

  it('a season’s checkboxes, Skip, Up to here and Mark season watched wait too', async () => {
    const { adapter } = renderApp({ url: '/series/pic/season/2', holdLoad: true })
    const season = await screen.findByRole('button', { name: 'Mark season 2 watched' })
    expect(season).toBeDisabled()
    expect(screen.getByRole('checkbox', { name: 'Watched: The Star Gazer' })).toBeDisabled()
    expect(screen.getByRole('button', { name: 'Skip The Star Gazer' })).toBeDisabled()
    expect(
      screen.getByRole('button', { name: 'Mark everything up to “The Star Gazer” watched' }),
    ).toBeDisabled()

    adapter.releaseLoad()
    await waitFor(() => expect(season).toBeEnabled())
    expect(screen.getByRole('checkbox', { name: 'Watched: The Star Gazer' })).toBeEnabled()
  })

  it('Settings waits before a backup can be chosen or made', async () => {
    const { adapter } = renderApp({ url: '/settings', holdLoad: true })
    const file = await screen.findByLabelText('Backup file')
    expect(file).toBeDisabled()
    expect(screen.getByRole('button', { name: /Export backup/ })).toBeDisabled()

    adapter.releaseLoad()
    await waitFor(() => expect(file).toBeEnabled())
    expect(screen.getByRole('button', { name: /Export backup/ })).toBeEnabled()
  })
})
