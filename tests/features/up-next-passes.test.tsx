import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp, watchRecord, watchedRecord } from '../support/render-with-providers'

const titles = async () =>
  (await screen.findAllByRole('article')).map((a) => within(a).getByRole('heading').textContent)

const card = (seriesTitle: string): HTMLElement => {
  const article = screen
    .getAllByRole('article')
    .find((a) => within(a).queryByText(seriesTitle) !== null)
  if (!article) throw new Error(`no card for ${seriesTitle}`)
  return article
}

/** Every episode of Very Short Treks season 1 watched, logged at `at`. */
const vstAllWatched = (at = 1) => [1, 2, 3, 4, 5].map((n) => watchedRecord(`vst-s01e0${n}`, at))

describe('Up next with skipped episodes', () => {
  it('passes over a skipped episode to the one after it', async () => {
    renderApp({
      url: '/up-next',
      records: [watchedRecord('pic-s02e01', 20), watchRecord('pic-s02e02', { skipped: true })],
    })
    expect(await titles()).toEqual(['Assimilation'])
    expect(screen.queryByRole('link', { name: 'Penance' })).not.toBeInTheDocument()
  })

  it('passes over several skipped episodes in a row, across a season break', async () => {
    renderApp({
      url: '/up-next',
      records: [
        watchedRecord('pic-s01e09', 20),
        watchRecord('pic-s01e10', { skipped: true }),
        watchRecord('pic-s02e01', { skipped: true }),
        watchRecord('pic-s02e02', { skipped: true }),
      ],
    })
    expect(await titles()).toEqual(['Assimilation'])
  })

  it('marking the offered episode moves on past the next skipped one', async () => {
    const { user, record } = renderApp({
      url: '/up-next',
      records: [watchedRecord('pic-s02e01', 20), watchRecord('pic-s02e03', { skipped: true })],
    })
    expect(await titles()).toEqual(['Penance'])
    await user.click(screen.getByRole('button', { name: 'Mark watched: Penance' }))
    expect(record('pic-s02e02')?.plays).toHaveLength(1)
    expect(await screen.findByRole('link', { name: 'Watcher' })).toBeVisible()
    expect(record('pic-s02e03')?.plays ?? []).toEqual([])
  })

  it('does not list a series whose every remaining episode is skipped', async () => {
    renderApp({
      url: '/up-next',
      records: [
        watchedRecord('vst-s01e01', 1),
        watchedRecord('vst-s01e02', 1),
        watchRecord('vst-s01e03', { skipped: true }),
        watchRecord('vst-s01e04', { skipped: true }),
        watchRecord('vst-s01e05', { skipped: true }),
      ],
    })
    expect(await screen.findByText(/Nothing in progress/)).toBeVisible()
    expect(screen.queryByRole('article')).not.toBeInTheDocument()
  })

  it('shows progress without the skipped episodes', async () => {
    renderApp({
      url: '/up-next',
      records: [watchedRecord('vst-s01e01', 1), watchRecord('vst-s01e02', { skipped: true })],
    })
    expect(await titles()).toEqual(['Worst Contact'])
    expect(within(card('Star Trek: Very Short Treks')).getByText('1/4')).toBeVisible()
  })
})

describe('Up next with rewatches', () => {
  it('leaves out a finished series, but offers its first episode once a rewatch starts', async () => {
    const { unmount } = renderApp({ url: '/up-next', records: vstAllWatched() })
    expect(await screen.findByText(/Nothing in progress/)).toBeVisible()
    unmount()

    const { user, record } = renderApp({
      url: '/up-next',
      records: [...vstAllWatched(), watchRecord('vst', { rewatchStarts: [100], updatedAt: 100 })],
    })
    expect(await titles()).toEqual(['Skin a Cat'])
    const vst = card('Star Trek: Very Short Treks')
    expect(within(vst).getByText('0/5')).toBeVisible()

    await user.click(within(vst).getByRole('button', { name: 'Mark watched: Skin a Cat' }))
    expect(record('vst-s01e01')?.plays).toHaveLength(2)
    expect(record('vst-s01e01')?.plays[0]?.loggedAt).toBe(1)
    expect(await screen.findByRole('link', { name: 'Holiday Party' })).toBeVisible()
    expect(within(card('Star Trek: Very Short Treks')).getByText('1/5')).toBeVisible()
  })

  it('a series rewatch just started counts as recent activity', async () => {
    renderApp({
      url: '/up-next',
      records: [
        watchedRecord('pic-s02e01', 50),
        ...vstAllWatched(),
        watchRecord('vst', { rewatchStarts: [100], updatedAt: 100 }),
      ],
    })
    expect(await titles()).toEqual(['Skin a Cat', 'Penance'])
  })

  it('a season rewatch offers the season’s first episode again', async () => {
    renderApp({
      url: '/up-next',
      records: [
        ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) =>
          watchedRecord(`pic-s01e${String(n).padStart(2, '0')}`, 1),
        ),
        watchRecord('pic-s01', { rewatchStarts: [100], updatedAt: 100 }),
      ],
    })
    expect(await titles()).toEqual(['Remembrance'])
  })

  it('skipped episodes are passed over in a rewatch too', async () => {
    renderApp({
      url: '/up-next',
      records: [
        watchRecord('vst-s01e01', {
          plays: [{ precision: 'date', watchedAt: '2024-01-01', loggedAt: 1 }],
          skipped: true,
        }),
        ...vstAllWatched().slice(1),
        watchRecord('vst', { rewatchStarts: [100], updatedAt: 100 }),
      ],
    })
    expect(await titles()).toEqual(['Holiday Party'])
  })
})

describe('Up next two-parters', () => {
  it('still offers a feature-length two-parter as one tap after a skipped episode', async () => {
    const { user, record } = renderApp({
      url: '/up-next',
      records: [watchedRecord('tng-s07e23', 5), watchRecord('tng-s07e24', { skipped: true })],
    })
    const button = await screen.findByRole('button', {
      name: 'Mark both parts watched: All Good Things...',
    })
    await user.click(button)
    expect(record('tng-s07e25')?.plays).toHaveLength(1)
    expect(record('tng-s07e26')?.plays).toHaveLength(1)
    expect(record('tng-s07e24')?.plays ?? []).toEqual([])
  })

  it('offers both parts as one tap in a rewatch, adding a play to each', async () => {
    const { user, record } = renderApp({
      url: '/up-next',
      records: [
        watchedRecord('tng-s07e25', 1),
        watchedRecord('tng-s07e26', 1),
        watchRecord('tng-s07', { rewatchStarts: [100], updatedAt: 100 }),
        watchRecord('tng-s07e24', {
          plays: [{ precision: 'date', watchedAt: '2024-05-01', loggedAt: 200 }],
          updatedAt: 200,
        }),
      ],
    })
    await user.click(
      await screen.findByRole('button', { name: 'Mark both parts watched: All Good Things...' }),
    )
    expect(record('tng-s07e25')?.plays).toHaveLength(2)
    expect(record('tng-s07e26')?.plays).toHaveLength(2)
  })

  it('offers one part alone when the other is skipped', async () => {
    renderApp({
      url: '/up-next',
      records: [watchedRecord('tng-s07e24', 5), watchRecord('tng-s07e26', { skipped: true })],
    })
    expect(
      await screen.findByRole('button', { name: 'Mark watched: All Good Things... (Part 1)' }),
    ).toBeVisible()
  })
})
