import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../support/render-with-providers'

describe('Keyboard shortcuts', () => {
  it('on an episode: x marks watched, 4 rates four stars, Shift+5 four and a half, 0 clears, n goes to the note', async () => {
    const { user, record } = renderApp({ url: '/episode/pic-s02e01' })
    const watched = await screen.findByRole('checkbox', { name: 'Watched' })
    await user.keyboard('x')
    expect(watched).toBeChecked()
    expect(screen.getByText('Marked watched')).toBeInTheDocument()
    await user.keyboard('4')
    expect(record('pic-s02e01')?.rating10).toBe(8)
    await user.keyboard('{Shift>}5{/Shift}')
    expect(record('pic-s02e01')?.rating10).toBe(9)
    expect(screen.getByRole('radio', { name: '4.5 stars' })).toBeChecked()
    await user.keyboard('0')
    expect(record('pic-s02e01')?.rating10).toBeNull()
    await user.keyboard('n')
    expect(screen.getByRole('textbox', { name: 'Your note' })).toHaveFocus()
  })

  it('never steals keys typed into the note', async () => {
    const { user, record } = renderApp({ url: '/episode/pic-s02e01' })
    const note = await screen.findByRole('textbox', { name: 'Your note' })
    await user.click(note)
    await user.keyboard('x4jk')
    expect(note).toHaveValue('x4jk')
    expect(record('pic-s02e01')?.plays ?? []).toEqual([])
    expect(record('pic-s02e01')?.rating10).toBeNull()
  })

  it('Esc leaves the note, keeping what was typed, so the keys work again', async () => {
    const { user } = renderApp({ url: '/episode/pic-s02e01' })
    const note = await screen.findByRole('textbox', { name: 'Your note' })
    await user.click(note)
    await user.keyboard('Seen twice{Escape}')
    expect(note).not.toHaveFocus()
    expect(note).toHaveValue('Seen twice')
    await user.keyboard('j')
    expect(await screen.findByRole('heading', { level: 1, name: 'Penance' })).toBeVisible()
  })

  it('j and k move to the next and previous episode', async () => {
    const { user } = renderApp({ url: '/episode/pic-s02e01' })
    await screen.findByRole('heading', { level: 1, name: 'The Star Gazer' })
    await user.keyboard('j')
    expect(await screen.findByRole('heading', { level: 1, name: 'Penance' })).toBeVisible()
    await user.keyboard('k')
    expect(await screen.findByRole('heading', { level: 1, name: 'The Star Gazer' })).toBeVisible()
  })

  it('on a season: j/k walk the rows and x toggles the row in focus', async () => {
    const { user } = renderApp({ url: '/series/pic/season/2' })
    const first = await screen.findByRole('checkbox', { name: 'Watched: The Star Gazer' })
    await user.keyboard('j')
    expect(first).toHaveFocus()
    await user.keyboard('j')
    const second = screen.getByRole('checkbox', { name: 'Watched: Penance' })
    expect(second).toHaveFocus()
    await user.keyboard('x')
    await waitFor(() => expect(second).toBeChecked())
    expect(first).not.toBeChecked()
    await user.keyboard('k')
    expect(first).toHaveFocus()
  })

  it('on a season: 1–5 rate the row in focus, Shift a half star less, 0 clears, n writes its note', async () => {
    const { user, record } = renderApp({ url: '/series/pic/season/2' })
    await screen.findByRole('checkbox', { name: 'Watched: The Star Gazer' })
    await user.keyboard('jj')
    expect(screen.getByRole('checkbox', { name: 'Watched: Penance' })).toHaveFocus()
    await user.keyboard('4')
    expect(record('pic-s02e02')?.rating10).toBe(8)
    expect(await screen.findByText(/★ 4$/)).toBeVisible()
    await user.keyboard('{Shift>}3{/Shift}')
    expect(record('pic-s02e02')?.rating10).toBe(5)
    await user.keyboard('0')
    expect(record('pic-s02e02')?.rating10).toBeNull()
    // No row in focus: the keys rate nothing.
    ;(document.activeElement as HTMLElement).blur()
    await user.keyboard('5')
    expect(record('pic-s02e01')).toBeUndefined()

    await user.keyboard('jjn')
    expect(await screen.findByRole('heading', { level: 1, name: 'Penance' })).toBeVisible()
    expect(screen.getByRole('textbox', { name: 'Your note' })).toHaveFocus()
  })
})
