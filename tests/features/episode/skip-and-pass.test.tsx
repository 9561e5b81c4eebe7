import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp, watchRecord, watchedRecord } from '../../support/render-with-providers'

const yourLog = () => screen.getByRole('region', { name: 'Your log' })
const announcement = () => within(yourLog()).getByRole('status')

describe('Skipping on the episode page', () => {
  it('a Skip toggle stores skipped and takes it back', async () => {
    const { user, record } = renderApp({ url: '/episode/pic-s01e03' })
    const skip = await screen.findByRole('button', { name: 'Skip' })
    expect(skip).toHaveAttribute('aria-pressed', 'false')
    expect(screen.queryByText(/does not count as watched/)).not.toBeInTheDocument()

    await user.click(skip)
    expect(record('pic-s01e03')?.skipped).toBe(true)
    expect(record('pic-s01e03')?.plays).toEqual([])
    const skipped = screen.getByRole('button', { name: 'Skip', pressed: true })
    expect(skipped).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByText(/does not count as watched/)).toBeVisible()
    expect(screen.getByRole('checkbox', { name: 'Watched' })).not.toBeChecked()
    expect(announcement()).toHaveTextContent('Skipped')

    await user.click(skipped)
    expect(record('pic-s01e03')?.skipped).toBe(false)
    expect(screen.getByRole('button', { name: 'Skip' })).toHaveAttribute('aria-pressed', 'false')
    expect(announcement()).toHaveTextContent('No longer skipped')
  })

  it('s toggles skip and says so in a status message', async () => {
    const { user, record } = renderApp({ url: '/episode/pic-s01e03' })
    await screen.findByRole('button', { name: 'Skip' })
    expect(announcement().textContent).toBe('')

    await user.keyboard('s')
    expect(record('pic-s01e03')?.skipped).toBe(true)
    expect(announcement()).toHaveTextContent(/^Skipped$/)
    expect(screen.getByRole('button', { name: 'Skip', pressed: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    )

    await user.keyboard('s')
    expect(record('pic-s01e03')?.skipped).toBe(false)
    expect(announcement()).toHaveTextContent(/^No longer skipped$/)
    expect(screen.getByRole('button', { name: 'Skip' })).toHaveAttribute('aria-pressed', 'false')
  })

  it('marking a skipped episode watched clears the skip; unmarking leaves it simply unwatched', async () => {
    const { user, record } = renderApp({
      url: '/episode/pic-s01e03',
      records: [watchRecord('pic-s01e03', { skipped: true, note: 'later', updatedAt: 2 })],
    })
    expect(await screen.findByRole('button', { name: 'Skip', pressed: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await user.click(screen.getByRole('checkbox', { name: 'Watched' }))
    expect(record('pic-s01e03')?.skipped).toBe(false)
    expect(record('pic-s01e03')?.plays).toHaveLength(1)
    expect(record('pic-s01e03')?.note).toBe('later')
    expect(screen.queryByRole('button', { name: /^Skip/ })).not.toBeInTheDocument()
    expect(screen.queryByText(/does not count as watched/)).not.toBeInTheDocument()

    await user.click(screen.getByRole('checkbox', { name: 'Watched' }))
    expect(record('pic-s01e03')?.skipped).toBe(false)
    expect(screen.getByRole('button', { name: 'Skip' })).toHaveAttribute('aria-pressed', 'false')
  })

  it('x on a skipped episode marks it watched and no longer skipped', async () => {
    const { user, record } = renderApp({
      url: '/episode/pic-s01e03',
      records: [watchRecord('pic-s01e03', { skipped: true })],
    })
    await screen.findByRole('button', { name: 'Skip', pressed: true })
    await user.keyboard('x')
    expect(record('pic-s01e03')?.skipped).toBe(false)
    expect(record('pic-s01e03')?.plays).toHaveLength(1)
    expect(screen.getByRole('checkbox', { name: 'Watched' })).toBeChecked()
  })

  it('a watched episode has no Skip button, and s leaves it alone', async () => {
    const seeded = watchedRecord('pic-s01e03', 4)
    const { user, record } = renderApp({ url: '/episode/pic-s01e03', records: [seeded] })
    expect(await screen.findByRole('checkbox', { name: 'Watched' })).toBeChecked()
    expect(screen.queryByRole('button', { name: /^Skip/ })).not.toBeInTheDocument()
    await user.keyboard('s')
    expect(record('pic-s01e03')).toEqual(seeded)
    expect(announcement()).toHaveTextContent('Already watched: nothing to skip')
  })
})

describe('The episode page in a rewatch', () => {
  const firstPlay = { precision: 'date', watchedAt: '2024-01-01', loggedAt: 5 } as const
  const records = [
    watchRecord('pic-s01e01', { plays: [firstPlay], rating10: 8, updatedAt: 5 }),
    watchRecord('pic', { rewatchStarts: [10], updatedAt: 10 }),
  ]

  it('shows the episode as not yet watched in this pass, with the earlier viewing kept', async () => {
    renderApp({ url: '/episode/pic-s01e01', records })
    expect(await screen.findByRole('checkbox', { name: 'Watched' })).not.toBeChecked()
    expect(screen.getByText('Watched once, before this rewatch.')).toBeVisible()
    // Not watched in this pass, so it can be skipped in it.
    expect(screen.getByRole('button', { name: 'Skip' })).toBeVisible()
  })

  it('ticking adds a second play, keeping the first; unticking removes only the new one', async () => {
    const { user, record } = renderApp({ url: '/episode/pic-s01e01', records })
    const watched = await screen.findByRole('checkbox', { name: 'Watched' })
    await user.click(watched)
    expect(watched).toBeChecked()
    expect(record('pic-s01e01')?.plays).toHaveLength(2)
    expect(record('pic-s01e01')?.plays[0]).toEqual(firstPlay)
    expect(record('pic-s01e01')?.plays[1]?.loggedAt).toBeGreaterThanOrEqual(10)
    expect(screen.getByText('Watched 2 times.')).toBeVisible()

    await user.click(watched)
    expect(watched).not.toBeChecked()
    expect(record('pic-s01e01')?.plays).toEqual([firstPlay])
    expect(record('pic-s01e01')?.rating10).toBe(8)
    expect(screen.getByText('Watched once, before this rewatch.')).toBeVisible()
  })

  it('x in a rewatch adds a play of this pass and x again removes only that one', async () => {
    const { user, record } = renderApp({ url: '/episode/pic-s01e01', records })
    const watched = await screen.findByRole('checkbox', { name: 'Watched' })
    await user.keyboard('x')
    expect(watched).toBeChecked()
    expect(record('pic-s01e01')?.plays).toHaveLength(2)
    await user.keyboard('x')
    expect(watched).not.toBeChecked()
    expect(record('pic-s01e01')?.plays).toEqual([firstPlay])
  })

  it('a season rewatch counts too: an episode of another season is still watched', async () => {
    renderApp({
      url: '/episode/pic-s02e01',
      records: [
        watchedRecord('pic-s02e01', 5),
        watchedRecord('pic-s01e01', 5),
        watchRecord('pic-s01', { rewatchStarts: [10], updatedAt: 10 }),
      ],
    })
    expect(await screen.findByRole('checkbox', { name: 'Watched' })).toBeChecked()
    expect(screen.getByText('Watched once.')).toBeVisible()
  })

  it('a season rewatch makes that season’s episode unwatched in this pass', async () => {
    renderApp({
      url: '/episode/pic-s01e01',
      records: [
        watchedRecord('pic-s01e01', 5),
        watchRecord('pic-s01', { rewatchStarts: [10], updatedAt: 10 }),
      ],
    })
    expect(await screen.findByRole('checkbox', { name: 'Watched' })).not.toBeChecked()
    expect(screen.getByText('Watched once, before this rewatch.')).toBeVisible()
  })
})
