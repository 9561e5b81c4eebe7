import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Play } from '@/tracking/model'
import { renderApp, watchRecord } from '../../support/render-with-providers'
import { answerWhen } from '../../support/answer-when'

const SEASON_1 = '/series/pic/season/1'
const START_SERIES = 'Start a rewatch of Star Trek: Picard'

const play = (watchedAt: string, loggedAt: number): Play => ({
  precision: 'date',
  watchedAt,
  loggedAt,
})

/** Three episodes of season 1 watched in early 2024, and a rating and note on the series. */
const firstWatch = () => [
  watchRecord('pic-s01e01', { plays: [play('2024-01-01', 1)], updatedAt: 1 }),
  watchRecord('pic-s01e02', { plays: [play('2024-01-02', 2)], rating10: 7, updatedAt: 2 }),
  watchRecord('pic-s01e03', { plays: [play('2024-03-05', 3)], updatedAt: 3 }),
  watchRecord('pic', { rating10: 6, note: 'Engage.', updatedAt: 3 }),
]

const passes = () => screen.getByRole('region', { name: 'Watch passes' })
const currentPass = (scope: HTMLElement, name: string) =>
  within(scope).getByText(name, { selector: 'strong' }).closest('p')
const today = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
}).format(new Date())

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('Where the watch passes are', () => {
  it('are inside an open "Your rating, note and rewatches" when matchMedia is missing (jsdom)', async () => {
    expect(typeof window.matchMedia).not.toBe('function')
    renderApp({ url: SEASON_1 })
    const summary = await screen.findByText('Your rating, note and rewatches')
    expect(summary.closest('details')).toHaveAttribute('open')
    expect(within(passes()).getByRole('button', { name: START_SERIES })).toBeVisible()
  })

  it('are open on a wide screen', async () => {
    const matchMedia = vi.fn((query: string) => ({ matches: true, media: query }))
    vi.stubGlobal('matchMedia', matchMedia)
    renderApp({ url: SEASON_1 })
    const summary = await screen.findByText('Your rating, note and rewatches')
    expect(summary.closest('details')).toHaveAttribute('open')
    expect(matchMedia).toHaveBeenCalledWith('(min-width: 641px)')
  })

  it('are folded on a phone until the summary is pressed', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: false, media: query }))
    const { user } = renderApp({ url: SEASON_1, records: firstWatch() })
    const summary = await screen.findByText('Your rating, note and rewatches')
    expect(summary.closest('details')).not.toHaveAttribute('open')
    expect(screen.getByRole('button', { name: START_SERIES, hidden: true })).not.toBeVisible()
    await user.click(summary)
    expect(summary.closest('details')).toHaveAttribute('open')
    expect(screen.getByRole('button', { name: START_SERIES })).toBeVisible()
  })
})

describe('Rewatching a series', () => {
  it('"Start a rewatch" is disabled until something is watched', async () => {
    const { user } = renderApp({ url: SEASON_1 })
    const start = await screen.findByRole('button', { name: START_SERIES })
    expect(start).toBeDisabled()
    expect(currentPass(passes(), 'First watch')).toHaveTextContent('First watch · not started')
    await user.click(screen.getByRole('checkbox', { name: 'Watched: Remembrance' }))
    expect(start).toBeEnabled()
    expect(currentPass(passes(), 'First watch')).toHaveTextContent(
      'First watch · in progress since',
    )
  })

  it('restarts progress, keeps every play, lists the first watch, and Undo puts the series back exactly', async () => {
    const seeded = firstWatch()
    const { user, record } = renderApp({ url: SEASON_1, records: seeded })
    expect(await screen.findByText('3 of 30 watched')).toBeVisible()
    expect(currentPass(passes(), 'First watch')).toHaveTextContent(
      'First watch · in progress since 1 January 2024 · 3 episodes watched',
    )
    expect(within(passes()).queryByRole('list')).not.toBeInTheDocument()

    const before = Date.now()
    await user.click(screen.getByRole('button', { name: START_SERIES }))
    expect(record('pic')?.rewatchStarts).toHaveLength(1)
    expect(record('pic')?.rewatchStarts[0]).toBeGreaterThanOrEqual(before)
    expect(record('pic')?.rating10).toBe(6)
    expect(record('pic')?.note).toBe('Engage.')

    // The rewatch's progress starts again; what was seen at least once never goes down…
    expect(screen.getByText('3 of 30 watched · Rewatch: 0 of 30')).toBeVisible()
    expect(screen.getByText('3 of 10 watched · Rewatch: 0 of 10')).toBeVisible()
    expect(screen.getByRole('link', { name: 'Season 1 (0 of 10 watched)' })).toBeVisible()
    for (const title of ['Remembrance', 'Maps and Legends', 'The End Is the Beginning']) {
      expect(screen.getByRole('checkbox', { name: `Watched: ${title}` })).not.toBeChecked()
    }
    // …and every earlier viewing is still there.
    for (const seededRecord of seeded.slice(0, 3)) {
      expect(record(seededRecord.id)).toEqual(seededRecord)
    }

    expect(currentPass(passes(), 'Rewatch 1')).toHaveTextContent(
      `Rewatch 1 · in progress since ${today} · 0 episodes watched`,
    )
    const earlier = within(passes()).getByRole('list', {
      name: 'Earlier passes through Star Trek: Picard',
    })
    expect(
      within(earlier)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['First watch · 1 January 2024 – 5 March 2024 · 3 episodes'])
    expect(
      within(passes()).getByText(
        'Rewatch of Star Trek: Picard started: progress starts again, every earlier viewing is kept.',
      ),
    ).toBeVisible()

    await user.click(within(passes()).getByRole('button', { name: 'Undo' }))
    // Undo removes the start and nothing else: rating, note and every play as before.
    await waitFor(() =>
      expect(record('pic')).toEqual({
        ...seeded[3],
        updatedAt: expect.any(Number) as number,
        updatedBy: expect.any(String) as string,
      }),
    )
    expect(screen.getByText('3 of 30 watched')).toBeVisible()
    expect(screen.getByRole('checkbox', { name: 'Watched: Remembrance' })).toBeChecked()
    expect(currentPass(passes(), 'First watch')).toBeInTheDocument()
    expect(within(passes()).queryByRole('list')).not.toBeInTheDocument()
  })

  it('Undo of a rewatch takes back only its start: a rating given since is kept', async () => {
    const seeded = firstWatch()
    const { user, record } = renderApp({ url: SEASON_1, records: seeded })
    await user.click(await screen.findByRole('button', { name: START_SERIES }))
    expect(record('pic')?.rewatchStarts).toHaveLength(1)
    await user.click(
      within(screen.getByRole('group', { name: 'Your rating of Star Trek: Picard' })).getByRole(
        'radio',
        { name: '5 stars' },
      ),
    )
    expect(record('pic')?.rating10).toBe(10)
    await user.click(within(passes()).getByRole('button', { name: 'Undo' }))
    await waitFor(() => expect(record('pic')?.rewatchStarts).toEqual([]))
    expect(record('pic')).toMatchObject({ rating10: 10, note: 'Engage.' })
    expect(screen.getByRole('checkbox', { name: 'Watched: Remembrance' })).toBeChecked()
  })

  it('ticking in a rewatch adds a second play; unticking removes only the rewatch’s play', async () => {
    const seeded = firstWatch()
    const { user, record } = renderApp({
      url: SEASON_1,
      records: [...seeded.slice(0, 3), watchRecord('pic', { rewatchStarts: [10], updatedAt: 10 })],
    })
    const box = await screen.findByRole('checkbox', { name: 'Watched: Remembrance' })
    expect(box).not.toBeChecked()
    expect(within(passes()).getByRole('button', { name: /^Cancel this rewatch/ })).toBeVisible()

    await user.click(box)
    expect(box).toBeChecked()
    const plays = record('pic-s01e01')?.plays ?? []
    expect(plays).toHaveLength(2)
    expect(plays[0]).toEqual(seeded[0]?.plays[0])
    expect(plays[1]?.loggedAt).toBeGreaterThanOrEqual(10)
    expect(screen.getByText('3 of 30 watched · Rewatch: 1 of 30')).toBeVisible()
    expect(currentPass(passes(), 'Rewatch 1')).toHaveTextContent('1 episode watched')
    // Something is watched in the rewatch: it can no longer be cancelled, only followed by another.
    expect(
      within(passes()).queryByRole('button', { name: /^Cancel this rewatch/ }),
    ).not.toBeInTheDocument()
    expect(within(passes()).getByRole('button', { name: START_SERIES })).toBeEnabled()

    await user.click(box)
    expect(box).not.toBeChecked()
    expect(record('pic-s01e01')).toMatchObject({
      plays: seeded[0]?.plays,
      skipped: false,
      rating10: null,
      note: '',
    })
    expect(screen.getByText('3 of 30 watched · Rewatch: 0 of 30')).toBeVisible()
    expect(within(passes()).getByRole('button', { name: /^Cancel this rewatch/ })).toBeVisible()
  })

  it('"Mark season 1 watched" and "unwatched" in a rewatch act on the rewatch only', async () => {
    const seeded = firstWatch()
    const { user, record } = renderApp({
      url: SEASON_1,
      records: [...seeded.slice(0, 3), watchRecord('pic', { rewatchStarts: [10], updatedAt: 10 })],
    })
    await user.click(await screen.findByRole('button', { name: 'Mark season 1 watched' }))
    await answerWhen(user)
    expect(screen.getByText('10 episodes marked watched (season 1).')).toBeVisible()
    expect(record('pic-s01e01')?.plays).toHaveLength(2)
    expect(record('pic-s01e04')?.plays).toHaveLength(1)
    expect(screen.getByText('10 of 10 watched · Rewatch: 10 of 10')).toBeVisible()

    await user.click(screen.getByRole('button', { name: 'Mark season 1 unwatched' }))
    expect(screen.getByText('10 episodes marked unwatched (season 1).')).toBeVisible()
    expect(record('pic-s01e01')?.plays).toEqual(seeded[0]?.plays)
    expect(record('pic-s01e02')?.plays).toEqual(seeded[1]?.plays)
    expect(record('pic-s01e02')?.rating10).toBe(7)
    expect(record('pic-s01e04')?.plays).toEqual([])
    expect(screen.getByText('3 of 10 watched · Rewatch: 0 of 10')).toBeVisible()
  })

  it('"Cancel this rewatch" appears while the rewatch has nothing watched and takes the start back', async () => {
    const seeded = firstWatch()
    const { user, record } = renderApp({ url: SEASON_1, records: seeded })
    await user.click(await screen.findByRole('button', { name: START_SERIES }))
    expect(within(passes()).queryByRole('button', { name: START_SERIES })).not.toBeInTheDocument()
    await user.click(within(passes()).getByRole('button', { name: /^Cancel this rewatch/ }))
    expect(record('pic')?.rewatchStarts).toEqual([])
    expect(record('pic')?.rating10).toBe(6)
    expect(screen.getByText('3 of 30 watched')).toBeVisible()
    expect(screen.getByRole('checkbox', { name: 'Watched: Remembrance' })).toBeChecked()
    expect(currentPass(passes(), 'First watch')).toHaveTextContent('3 episodes watched')
    expect(within(passes()).queryByRole('list')).not.toBeInTheDocument()
    expect(within(passes()).getByRole('button', { name: START_SERIES })).toBeEnabled()
    for (const seededRecord of seeded.slice(0, 3)) {
      expect(record(seededRecord.id)).toEqual(seededRecord)
    }
  })

  it('"Cancel this rewatch" takes back only the newest start', async () => {
    const { user, record } = renderApp({
      url: SEASON_1,
      records: [
        watchRecord('pic-s01e01', { plays: [play('2024-01-01', 1), play('2024-06-01', 20)] }),
        watchRecord('pic', { rewatchStarts: [10, 30], updatedAt: 30 }),
      ],
    })
    expect(
      currentPass(await screen.findByRole('region', { name: 'Watch passes' }), 'Rewatch 2'),
    ).toBeInTheDocument()
    await user.click(within(passes()).getByRole('button', { name: /^Cancel this rewatch/ }))
    expect(record('pic')?.rewatchStarts).toEqual([10])
    expect(currentPass(passes(), 'Rewatch 1')).toHaveTextContent('1 episode watched')
    expect(screen.getByRole('checkbox', { name: 'Watched: Remembrance' })).toBeChecked()
    expect(record('pic-s01e01')?.plays).toHaveLength(2)
  })

  it('a second rewatch lists both earlier passes, newest first', async () => {
    renderApp({
      url: SEASON_1,
      records: [
        watchRecord('pic-s01e01', {
          plays: [play('2024-01-01', 1), play('2024-06-01', new Date(2024, 5, 1).getTime())],
          updatedAt: 20,
        }),
        watchRecord('pic-s01e02', { plays: [play('2024-01-02', 2)], updatedAt: 2 }),
        watchRecord('pic', {
          rewatchStarts: [new Date(2024, 4, 30).getTime(), new Date(2025, 0, 1).getTime()],
          updatedAt: 30,
        }),
      ],
    })
    const earlier = await screen.findByRole('list', {
      name: 'Earlier passes through Star Trek: Picard',
    })
    expect(
      within(earlier)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Rewatch 1 · 30 May 2024 – 1 June 2024 · 1 episode',
      'First watch · 1 January 2024 – 2 January 2024 · 2 episodes',
    ])
    expect(currentPass(passes(), 'Rewatch 2')).toHaveTextContent(
      'Rewatch 2 · in progress since 1 January 2025 · 0 episodes watched',
    )
  })
})

describe('Rewatching a season of a finished series (issue 10)', () => {
  const everything = [1, 2, 3].flatMap((s) =>
    Array.from({ length: 10 }, (_, i) => {
      const id = `pic-s0${s}e${String(i + 1).padStart(2, '0')}`
      return watchRecord(id, { plays: [play('2024-01-01', s * 10 + i)], updatedAt: 1 })
    }),
  )

  it('the series reads complete before and still 30 of 30 after, with the season rewatch listed', async () => {
    const { user } = renderApp({ url: SEASON_1, records: everything })
    expect(await screen.findByText('30 of 30 watched')).toBeVisible()
    expect(currentPass(passes(), 'First watch')).toHaveTextContent(
      'First watch · complete · 1 January 2024 · 30 episodes',
    )
    await user.click(screen.getByText(/^Rate, note or rewatch season 1/))
    await user.click(screen.getByRole('button', { name: 'Start a rewatch of Season 1' }))

    // The series still reads 30 of 30 (it lists the season's rewatch); the season says both.
    expect(screen.getByText('30 of 30 watched')).toBeVisible()
    expect(screen.getByText('10 of 10 watched · Rewatch: 0 of 10')).toBeVisible()
    expect(currentPass(passes(), 'First watch')).toHaveTextContent('First watch · complete')
    expect(
      within(passes()).getByRole('list', {
        name: 'Seasons of Star Trek: Picard rewatched on their own',
      }),
    ).toHaveTextContent('Season 1 · Rewatch 1 · 0 of 10 watched')

    await user.click(screen.getByRole('link', { name: 'All series' }))
    const card = (await screen.findByRole('link', { name: 'Star Trek: Picard' })).closest('article')
    expect(card).toHaveTextContent('30 / 30')
  })
})

describe('Rewatching a season', () => {
  const seasonMore = () => {
    const details = screen.getByText(/^Rate, note or rewatch season 1/).closest('details')
    if (!details) throw new Error('no season details')
    return details
  }

  it('restarts only that season, lists its first watch, and Undo takes it back', async () => {
    const records = [
      watchRecord('pic-s01e01', { plays: [play('2024-01-01', 1)], updatedAt: 1 }),
      watchRecord('pic-s01e02', { plays: [play('2024-01-02', 2)], updatedAt: 2 }),
      watchRecord('pic-s02e01', { plays: [play('2024-02-01', 3)], updatedAt: 3 }),
    ]
    const { user, record } = renderApp({ url: SEASON_1, records })
    expect(await screen.findByText('3 of 30 watched')).toBeVisible()
    expect(screen.getByText('2 of 10 watched')).toBeVisible()
    expect(seasonMore()).not.toHaveAttribute('open')

    await user.click(screen.getByText(/^Rate, note or rewatch season 1/))
    expect(seasonMore()).toHaveAttribute('open')
    const start = within(seasonMore()).getByRole('button', { name: 'Start a rewatch of Season 1' })
    expect(start).toBeVisible()
    await user.click(start)

    expect(record('pic-s01')?.rewatchStarts).toHaveLength(1)
    expect(record('pic')).toBeUndefined()
    // Seen at least once, whatever the rewatch: the series still reads 3, not 1 (issue 10).
    expect(screen.getByText('2 of 10 watched · Rewatch: 0 of 10')).toBeVisible()
    expect(screen.getByText('3 of 30 watched')).toBeVisible()
    expect(screen.getByRole('link', { name: 'Season 1 (0 of 10 watched)' })).toBeVisible()
    expect(screen.getByRole('link', { name: 'Season 2 (1 of 10 watched)' })).toBeVisible()
    expect(screen.getByRole('checkbox', { name: 'Watched: Remembrance' })).not.toBeChecked()
    for (const seeded of records) expect(record(seeded.id)).toEqual(seeded)

    expect(currentPass(seasonMore(), 'Rewatch 1')).toHaveTextContent(
      `Rewatch 1 · in progress since ${today} · 0 episodes watched`,
    )
    const earlier = within(seasonMore()).getByRole('list', {
      name: 'Earlier passes through Season 1',
    })
    expect(earlier).toHaveTextContent('First watch · 1 January 2024 – 2 January 2024 · 2 episodes')
    // The series as a whole is still in its first watch, and says that season 1 runs again.
    expect(currentPass(passes(), 'First watch')).toBeInTheDocument()
    expect(
      within(passes()).getByRole('list', {
        name: 'Seasons of Star Trek: Picard rewatched on their own',
      }),
    ).toHaveTextContent('Season 1 · Rewatch 1 · 0 of 10 watched')
    expect(
      screen.queryByRole('list', { name: 'Earlier passes through Star Trek: Picard' }),
    ).not.toBeInTheDocument()

    await user.click(within(seasonMore()).getByRole('button', { name: 'Undo' }))
    await waitFor(() => expect(record('pic-s01')?.rewatchStarts).toEqual([]))
    expect(screen.getByText('2 of 10 watched')).toBeVisible()
    expect(screen.getByText('3 of 30 watched')).toBeVisible()
  })

  it('ticking in a season rewatch adds a play to that season’s episode only', async () => {
    const { user, record } = renderApp({
      url: SEASON_1,
      records: [
        watchRecord('pic-s01e01', { plays: [play('2024-01-01', 1)], updatedAt: 1 }),
        watchRecord('pic-s01', { rewatchStarts: [10], updatedAt: 10 }),
      ],
    })
    const box = await screen.findByRole('checkbox', { name: 'Watched: Remembrance' })
    expect(box).not.toBeChecked()
    await user.click(box)
    expect(record('pic-s01e01')?.plays).toHaveLength(2)
    expect(record('pic-s01e01')?.plays[0]).toEqual(play('2024-01-01', 1))
    await user.click(box)
    expect(record('pic-s01e01')?.plays).toEqual([play('2024-01-01', 1)])

    await user.click(screen.getByText(/^Rate, note or rewatch season 1/))
    await user.click(within(seasonMore()).getByRole('button', { name: /^Cancel this rewatch/ }))
    expect(record('pic-s01')?.rewatchStarts).toEqual([])
    expect(box).toBeChecked()
  })
  it('after a rewatch of the whole series, the season is in that rewatch too, and only the series can cancel it', async () => {
    const { user } = renderApp({
      url: SEASON_1,
      records: [
        watchRecord('pic-s01e01', { plays: [play('2024-01-01', 1)], updatedAt: 1 }),
        watchRecord('pic', { rewatchStarts: [10], updatedAt: 10 }),
      ],
    })
    await user.click(await screen.findByText(/^Rate, note or rewatch season 1/))
    expect(currentPass(seasonMore(), 'Rewatch 1')).toHaveTextContent('0 episodes watched')
    expect(
      within(seasonMore()).getByRole('list', { name: 'Earlier passes through Season 1' }),
    ).toHaveTextContent('First watch · 1 January 2024 · 1 episode')
    expect(
      within(seasonMore()).queryByRole('button', { name: /^Cancel this rewatch/ }),
    ).not.toBeInTheDocument()
    expect(within(passes()).getByRole('button', { name: /^Cancel this rewatch/ })).toBeVisible()
  })
})
