import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../support/render-with-providers'

const confirmPart2 = 'Mark “Encounter at Farpoint (Part 2)” watched'

describe('Two-part episodes on the season page', () => {
  it('after checking part 1, offers to mark part 2, and the offer marks it', async () => {
    const { user, record } = renderApp({ url: '/series/tng/season/1' })
    await user.click(
      await screen.findByRole('checkbox', { name: 'Watched: Encounter at Farpoint (Part 1)' }),
    )
    const part2 = screen.getByRole('checkbox', { name: 'Watched: Encounter at Farpoint (Part 2)' })
    expect(part2).not.toBeChecked()
    expect(screen.getByText(/one feature-length episode in two parts/)).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: confirmPart2 }))
    expect(part2).toBeChecked()
    expect(record('tng-s01e02')?.plays).toHaveLength(1)
    expect(screen.queryByRole('button', { name: confirmPart2 })).not.toBeInTheDocument()
  })

  it('"Not now" dismisses the offer without marking part 2', async () => {
    const { user, record } = renderApp({ url: '/series/tng/season/1' })
    await user.click(
      await screen.findByRole('checkbox', { name: 'Watched: Encounter at Farpoint (Part 1)' }),
    )
    await user.click(screen.getByRole('button', { name: 'Not now' }))

    expect(screen.queryByRole('button', { name: confirmPart2 })).not.toBeInTheDocument()
    expect(
      screen.getByRole('checkbox', { name: 'Watched: Encounter at Farpoint (Part 2)' }),
    ).not.toBeChecked()
    expect(record('tng-s01e02')).toBeUndefined()
  })

  it('makes no offer for an ordinary episode', async () => {
    const { user } = renderApp({ url: '/series/tng/season/1' })
    await user.click(await screen.findByRole('checkbox', { name: 'Watched: The Naked Now' }))
    expect(screen.queryByRole('button', { name: /^Mark “/ })).not.toBeInTheDocument()
  })
})

describe('Two-part episodes on the episode page', () => {
  it('after checking part 1, offers to mark part 2, and the offer marks it', async () => {
    const { user, record } = renderApp({ url: '/episode/tng-s01e01' })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Encounter at Farpoint (Part 1)' }),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('checkbox', { name: 'Watched' }))

    await user.click(screen.getByRole('button', { name: confirmPart2 }))
    expect(record('tng-s01e02')?.plays).toHaveLength(1)
    expect(record('tng-s01e01')?.plays).toHaveLength(1)
    expect(screen.queryByRole('button', { name: confirmPart2 })).not.toBeInTheDocument()
  })

  it('"Not now" dismisses the offer without marking part 2', async () => {
    const { user, record } = renderApp({ url: '/episode/tng-s01e01' })
    await user.click(await screen.findByRole('checkbox', { name: 'Watched' }))
    await user.click(screen.getByRole('button', { name: 'Not now' }))

    expect(screen.queryByRole('button', { name: confirmPart2 })).not.toBeInTheDocument()
    expect(record('tng-s01e02')).toBeUndefined()
    expect(record('tng-s01e01')?.plays).toHaveLength(1)
  })
})
