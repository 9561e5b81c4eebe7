import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { usePreferences } from '@/tracking/preferences'
import { renderApp, watchRecord, watchedRecord } from '../support/render-with-providers'

afterEach(() => usePreferences.setState({ spoilerShield: [] }))

describe('Spoiler shield', () => {
  it('hides titles past the next unwatched episode, per series, until revealed', async () => {
    const { user } = renderApp({
      url: '/series/pic/season/2',
      records: [watchedRecord('pic-s01e01', 1)],
    })
    await user.click(await screen.findByRole('checkbox', { name: 'Spoiler shield' }))
    expect(usePreferences.getState().spoilerShield).toEqual(['pic'])
    expect(screen.queryByRole('link', { name: 'The Star Gazer' })).not.toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Watched: episode S02E01' })).toBeInTheDocument()
    const reveal = screen.getAllByRole('button', { name: 'Hidden — reveal title' })
    expect(reveal).toHaveLength(10)
    await user.click(reveal[0] as HTMLElement)
    expect(screen.getByRole('link', { name: 'The Star Gazer' })).toBeVisible()
  })

  it('on a hidden episode page, keeps the facts back but never the person’s own note', async () => {
    usePreferences.setState({ spoilerShield: ['pic'] })
    const { user } = renderApp({
      url: '/episode/pic-s02e05',
      records: [watchRecord('pic-s02e05', { note: 'My own words', updatedAt: 2 })],
    })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Hidden episode (S02E05)' }),
    ).toBeVisible()
    expect(screen.queryByText('Production details')).not.toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Your note' })).toHaveValue('My own words')
    await user.click(screen.getByRole('button', { name: 'Reveal title and details' }))
    expect(screen.getByRole('heading', { level: 1, name: 'Fly Me to the Moon' })).toBeVisible()
    expect(screen.getByText('Production details')).toBeVisible()
  })

  it('never hides the next episode to watch', async () => {
    usePreferences.setState({ spoilerShield: ['pic'] })
    renderApp({ url: '/episode/pic-s01e01' })
    expect(await screen.findByRole('heading', { level: 1, name: 'Remembrance' })).toBeVisible()
  })
})
