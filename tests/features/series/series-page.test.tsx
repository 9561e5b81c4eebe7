import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp, watchedRecord } from '../../support/render-with-providers'
import { answerWhen } from '../../support/answer-when'

const season2 = [
  'The Star Gazer',
  'Penance',
  'Assimilation',
  'Watcher',
  'Fly Me to the Moon',
  'Two of One',
  'Monsters',
  'Mercy',
  'Hide and Seek',
  'Farewell',
]

describe('Series page', () => {
  it('shows the season heading and one checkbox per episode, named by its title', async () => {
    renderApp({ url: '/series/pic/season/2' })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Star Trek: Picard' }),
    ).toBeVisible()
    expect(screen.getByRole('heading', { level: 2, name: 'Season 2' })).toBeInTheDocument()
    expect(screen.getAllByRole('checkbox', { name: /^Watched: / })).toHaveLength(10)
    for (const title of season2) {
      expect(screen.getByRole('checkbox', { name: `Watched: ${title}` })).not.toBeChecked()
    }
    expect(screen.getByRole('link', { name: 'The Star Gazer' })).toHaveAttribute(
      'href',
      '/episode/pic-s02e01',
    )
  })

  it('checking an episode marks it watched in the store and on disk', async () => {
    const { user, record, adapter } = renderApp({ url: '/series/pic/season/2' })
    const box = await screen.findByRole('checkbox', { name: 'Watched: Penance' })
    await user.click(box)

    expect(box).toBeChecked()
    expect(record('pic-s02e02')?.plays).toHaveLength(1)
    await waitFor(() => expect(adapter.saved.get('pic-s02e02')?.plays).toHaveLength(1))
    // Only that episode was written.
    expect(adapter.writeCalls.flatMap((c) => c.records.map((r) => r.id))).toEqual(['pic-s02e02'])
    expect(screen.getByText('1 of 10 watched')).toBeInTheDocument()
  })

  it('unchecking an episode clears its plays', async () => {
    const { user, record } = renderApp({
      url: '/series/pic/season/2',
      records: [watchedRecord('pic-s02e03')],
    })
    const box = await screen.findByRole('checkbox', { name: 'Watched: Assimilation' })
    expect(box).toBeChecked()
    await user.click(box)
    expect(box).not.toBeChecked()
    expect(record('pic-s02e03')?.plays).toEqual([])
  })

  it('"Mark season 2 watched" marks all ten and then offers to undo it', async () => {
    const { user, record, adapter } = renderApp({ url: '/series/pic/season/2' })
    await user.click(await screen.findByRole('button', { name: 'Mark season 2 watched' }))
    await answerWhen(user)

    for (const box of screen.getAllByRole('checkbox', { name: /^Watched: / }))
      expect(box).toBeChecked()
    expect(screen.getByText('10 of 10 watched')).toBeInTheDocument()
    for (let n = 1; n <= 10; n += 1) {
      expect(record(`pic-s02e${String(n).padStart(2, '0')}`)?.plays).toHaveLength(1)
    }
    await waitFor(() => expect(adapter.saved.size).toBe(10))

    await user.click(screen.getByRole('button', { name: 'Mark season 2 unwatched' }))
    for (const box of screen.getAllByRole('checkbox')) expect(box).not.toBeChecked()
    expect(screen.getByRole('button', { name: 'Mark season 2 watched' })).toBeInTheDocument()
  })

  it('links every season with its watched count, the current one marked', async () => {
    const { user } = renderApp({
      url: '/series/pic/season/2',
      records: [
        watchedRecord('pic-s01e01'),
        watchedRecord('pic-s01e02'),
        watchedRecord('pic-s03e05'),
      ],
    })
    const nav = await screen.findByRole('navigation', { name: 'Seasons' })
    const links = within(nav).getAllByRole('link')
    expect(links).toHaveLength(3)
    const [one, two, three] = links as [HTMLElement, HTMLElement, HTMLElement]
    expect(one).toHaveAttribute('href', '/series/pic/season/1')
    expect(one).toHaveTextContent('Season 1')
    expect(one).toHaveTextContent('2/10')
    expect(two).toHaveTextContent('0/10')
    expect(two).toHaveAttribute('aria-current', 'page')
    expect(three).toHaveTextContent('1/10')
    expect(three).not.toHaveAttribute('aria-current')

    // The count follows the checkboxes.
    await user.click(screen.getByRole('checkbox', { name: 'Watched: Farewell' }))
    expect(two).toHaveTextContent('1/10')

    await user.click(three)
    expect(await screen.findByRole('heading', { level: 2, name: 'Season 3' })).toBeInTheDocument()
  })

  it('without a season in the address, opens the first season with something left to watch', async () => {
    renderApp({
      url: '/series/pic',
      records: Array.from({ length: 10 }, (_, i) =>
        watchedRecord(`pic-s01e${String(i + 1).padStart(2, '0')}`),
      ),
    })
    expect(await screen.findByRole('heading', { level: 2, name: 'Season 2' })).toBeInTheDocument()
  })

  it('says "Not in the catalogue" for an unknown series or season', async () => {
    renderApp({ url: '/series/zzz' })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Not in the catalogue' }),
    ).toBeInTheDocument()
  })

  it('says "Not in the catalogue" for a season the series does not have', async () => {
    renderApp({ url: '/series/pic/season/9' })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Not in the catalogue' }),
    ).toBeInTheDocument()
  })
})
