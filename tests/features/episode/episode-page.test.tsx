import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { localDay } from '@/lib/dates'
import { renderApp, watchRecord } from '../../support/render-with-providers'

/** The Production details list as term → description text. */
function productionDetails(): Map<string, string> {
  const panel = screen.getByRole('region', { name: 'Production details' })
  const terms = within(panel).getAllByRole('term')
  const values = within(panel).getAllByRole('definition')
  return new Map(terms.map((term, i) => [term.textContent, values[i]?.textContent ?? '']))
}

function tomorrow(): string {
  const date = new Date()
  date.setDate(date.getDate() + 1)
  return localDay(date)
}

describe('Episode page', () => {
  it('shows the title and breadcrumbs back to the season, the series and all series', async () => {
    renderApp({ url: '/episode/pic-s02e01' })
    expect(await screen.findByRole('heading', { level: 1, name: 'The Star Gazer' })).toBeVisible()
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumb' })
    expect(within(crumbs).getByRole('link', { name: 'Season 2' })).toHaveAttribute(
      'href',
      '/series/pic/season/2',
    )
    expect(within(crumbs).getByRole('link', { name: 'Star Trek: Picard' })).toHaveAttribute(
      'href',
      '/series/pic',
    )
    expect(within(crumbs).getByRole('link', { name: 'All series' })).toHaveAttribute('href', '/')
    expect(within(crumbs).getByText('The Star Gazer')).toHaveAttribute('aria-current', 'page')
  })

  it('says where a film or documentary sits once (“No. 17”, not “No. 17 (No. 17)”)', async () => {
    renderApp({ url: '/episode/docs-17' })
    const heading = await screen.findByRole('heading', { level: 1 })
    const eyebrow = heading.previousElementSibling
    expect(eyebrow).toHaveTextContent(/· No\. 17$/)
    expect(eyebrow?.textContent?.match(/No\. 17/g)).toHaveLength(1)
  })

  it('the films’ filter offers “All films”', async () => {
    renderApp({ url: '/series/films' })
    expect(await screen.findByRole('option', { name: 'All films' })).toBeInTheDocument()
    expect(screen.queryByRole('option', { name: 'All episodes' })).toBeNull()
  })

  it('lists the production details from the catalogue', async () => {
    renderApp({ url: '/episode/pic-s02e01' })
    await screen.findByRole('heading', { level: 1, name: 'The Star Gazer' })
    const details = productionDetails()
    expect(details.get('Release date')).toBe('3 March 2022')
    expect(details.get('Running time')).toBe('46 minutes')
    expect(details.get('Country')).toBe('US')
    expect(details.get('Language')).toBe('English')
    expect(details.get('Series created by')).toBe(
      'Kirsten Beyer, Akiva Goldsman, Michael Chabon and Alex Kurtzman',
    )
    expect(details.get('Production code')).toBe('Not recorded')
  })

  it('links the previous and next episodes across the season boundary', async () => {
    renderApp({ url: '/episode/pic-s02e01' })
    const nav = await screen.findByRole('navigation', { name: 'Previous and next' })
    const previous = within(nav).getByRole('link', { name: /^Previous/ })
    expect(previous).toHaveTextContent('S01E10')
    expect(previous).toHaveTextContent('Et in Arcadia Ego, Part 2')
    expect(previous).toHaveAttribute('href', '/episode/pic-s01e10')
    const next = within(nav).getByRole('link', { name: /^Next/ })
    expect(next).toHaveTextContent('S02E02')
    expect(next).toHaveTextContent('Penance')
    expect(next).toHaveAttribute('href', '/episode/pic-s02e02')
  })

  it('the first episode of a series has no previous link', async () => {
    renderApp({ url: '/episode/pic-s01e01' })
    const nav = await screen.findByRole('navigation', { name: 'Previous and next' })
    expect(within(nav).queryByRole('link', { name: /Previous/ })).not.toBeInTheDocument()
    expect(within(nav).getByRole('link', { name: /^Next/ })).toHaveAttribute(
      'href',
      '/episode/pic-s01e02',
    )
  })

  it('following "next" shows that episode', async () => {
    const { user } = renderApp({ url: '/episode/pic-s02e01' })
    const nav = await screen.findByRole('navigation', { name: 'Previous and next' })
    await user.click(within(nav).getByRole('link', { name: /Penance/ }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Penance' })).toBeVisible()
  })

  it('checking Watched shows the date watched, today by default', async () => {
    const { user, record } = renderApp({ url: '/episode/pic-s02e01' })
    const watched = await screen.findByRole('checkbox', { name: 'Watched' })
    expect(screen.queryByLabelText('Date watched')).not.toBeInTheDocument()

    await user.click(watched)
    expect(watched).toBeChecked()
    expect(screen.getByLabelText('Date watched')).toHaveValue(localDay(new Date()))
    expect(record('pic-s02e01')?.plays).toHaveLength(1)
  })

  it('changing the date stores a play on that day', async () => {
    const { user, record, adapter } = renderApp({ url: '/episode/pic-s02e01' })
    await user.click(await screen.findByRole('checkbox', { name: 'Watched' }))
    const date = screen.getByLabelText('Date watched')
    await user.clear(date)
    await user.type(date, '2024-05-31')

    expect(date).toHaveValue('2024-05-31')
    expect(record('pic-s02e01')?.plays).toEqual([
      { precision: 'date', watchedAt: '2024-05-31', loggedAt: expect.any(Number) as number },
    ])
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    await waitFor(() =>
      expect(adapter.saved.get('pic-s02e01')?.plays).toEqual([
        { precision: 'date', watchedAt: '2024-05-31', loggedAt: expect.any(Number) as number },
      ]),
    )
  })

  it('an incomplete date shows an error and keeps the stored play', async () => {
    const { user, record } = renderApp({ url: '/episode/pic-s02e01' })
    await user.click(await screen.findByRole('checkbox', { name: 'Watched' }))
    const before = record('pic-s02e01')?.plays
    const date = screen.getByLabelText('Date watched')

    await user.clear(date)
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a full date, like 2024-05-31.')
    expect(date).toHaveAttribute('aria-invalid', 'true')
    expect(date).toHaveAccessibleDescription('Enter a full date, like 2024-05-31.')
    expect(record('pic-s02e01')?.plays).toEqual(before)
  })

  it('a future date shows an error and keeps the stored play', async () => {
    const { user, record } = renderApp({ url: '/episode/pic-s02e01' })
    await user.click(await screen.findByRole('checkbox', { name: 'Watched' }))
    const before = record('pic-s02e01')?.plays
    const date = screen.getByLabelText('Date watched')

    await user.clear(date)
    await user.type(date, tomorrow())
    expect(screen.getByRole('alert')).toHaveTextContent('The date watched cannot be in the future.')
    expect(record('pic-s02e01')?.plays).toEqual(before)
  })

  it('choosing 4.5 stars stores a rating of 9, and "Clear rating" removes it', async () => {
    const { user, record } = renderApp({ url: '/episode/pic-s02e01' })
    const rating = await screen.findByRole('group', { name: 'Your rating of The Star Gazer' })
    expect(within(rating).queryByRole('button', { name: 'Clear rating' })).not.toBeInTheDocument()

    await user.click(within(rating).getByRole('radio', { name: '4.5 stars' }))
    expect(record('pic-s02e01')?.rating10).toBe(9)
    expect(within(rating).getByRole('radio', { name: '4.5 stars' })).toBeChecked()
    // Rating alone does not mark the episode watched.
    expect(record('pic-s02e01')?.plays).toEqual([])

    await user.click(within(rating).getByRole('button', { name: 'Clear rating' }))
    expect(record('pic-s02e01')?.rating10).toBeNull()
    for (const radio of within(rating).getAllByRole('radio')) expect(radio).not.toBeChecked()
  })

  it('typing a note puts every keystroke into the store at once', async () => {
    const { user, record } = renderApp({ url: '/episode/pic-s02e01' })
    const note = await screen.findByRole('textbox', { name: 'Your note' })
    let typed = ''
    for (const key of 'Q is back') {
      await user.type(note, key)
      typed += key
      expect(record('pic-s02e01')?.note).toBe(typed)
    }
    expect(note).toHaveValue('Q is back')
  })

  it('keeps a multi-line note, and writes it to disk shortly after typing stops', async () => {
    const { user, record, adapter } = renderApp({ url: '/episode/pic-s02e01' })
    const note = await screen.findByRole('textbox', { name: 'Your note' })
    await user.type(note, 'First line{Enter}Second line')

    expect(record('pic-s02e01')?.note).toBe('First line\nSecond line')
    expect(note).toHaveValue('First line\nSecond line')
    await waitFor(() =>
      expect(adapter.saved.get('pic-s02e01')?.note).toBe('First line\nSecond line'),
    )
  })

  it('shows a stored note, rating and date when the page opens', async () => {
    renderApp({
      url: '/episode/pic-s02e01',
      records: [
        watchRecord('pic-s02e01', {
          plays: [{ precision: 'date', watchedAt: '2023-02-14', loggedAt: 1 }],
          rating10: 7,
          note: 'Seen twice',
        }),
      ],
    })
    expect(await screen.findByRole('checkbox', { name: 'Watched' })).toBeChecked()
    expect(screen.getByLabelText('Date watched')).toHaveValue('2023-02-14')
    expect(screen.getByRole('radio', { name: '3.5 stars' })).toBeChecked()
    expect(screen.getByRole('textbox', { name: 'Your note' })).toHaveValue('Seen twice')
  })
})

describe('Episode page for an id the catalogue does not know', () => {
  it('says "Unknown episode" and still shows the person’s note', async () => {
    const { record } = renderApp({
      url: '/episode/zzz-s01e01',
      records: [watchRecord('zzz-s01e01', { note: 'From a fan edit' })],
    })
    expect(await screen.findByRole('heading', { level: 1, name: 'Unknown episode' })).toBeVisible()
    expect(screen.getByText(/“zzz-s01e01” is not in this version of the catalogue/)).toBeVisible()
    expect(screen.getByRole('textbox', { name: 'Your note' })).toHaveValue('From a fan edit')
    expect(record('zzz-s01e01')?.note).toBe('From a fan edit')
  })
})
