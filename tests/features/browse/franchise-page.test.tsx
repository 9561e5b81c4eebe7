import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { parseCatalogue } from '@/catalogue/schema'
import {
  realCatalogue,
  renderApp,
  watchRecord,
  watchedRecord,
} from '../../support/render-with-providers'

const catalogue = parseCatalogue(realCatalogue)

/** Each collection's card (a list item), keyed by the title in its heading. */
async function seriesCards(): Promise<Map<string, HTMLElement>> {
  const section = await screen.findByRole('region', { name: 'Series and films' })
  const cards = new Map<string, HTMLElement>()
  for (const item of within(section).getAllByRole('listitem')) {
    cards.set(within(item).getByRole('heading', { level: 3 }).textContent, item)
  }
  return cards
}

function card(cards: Map<string, HTMLElement>, title: string): HTMLElement {
  const found = cards.get(title)
  if (!found) throw new Error(`No card titled ${title}`)
  return found
}

describe('Franchise page', () => {
  it('lists all 16 collections with title, abbreviation, years, network and size', async () => {
    renderApp({ url: '/' })
    const cards = await seriesCards()
    expect(cards.size).toBe(16)
    for (const series of catalogue.series) {
      const item = card(cards, series.title)
      expect(within(item).getByRole('link', { name: series.title })).toBeInTheDocument()
      expect(item).toHaveTextContent(`Abbreviation ${series.abbreviation}.`)
      expect(item).toHaveTextContent(String(series.startYear))
      expect(item).toHaveTextContent(`${series.network} · ${series.episodeCount} `)
    }

    const pic = card(cards, 'Star Trek: Picard')
    expect(within(pic).getByRole('link', { name: 'Star Trek: Picard' })).toHaveAttribute(
      'href',
      '/series/pic',
    )
    expect(pic).toHaveTextContent('Abbreviation PIC.')
    expect(pic).toHaveTextContent('2020–2023')
    expect(pic).toHaveTextContent('CBS All Access / Paramount+ · 30 episodes')

    const snw = card(cards, 'Star Trek: Strange New Worlds')
    expect(snw).toHaveTextContent('Abbreviation SNW.')
    expect(snw).toHaveTextContent('2022–present')
    expect(snw).toHaveTextContent('Paramount+ · 40 episodes')

    const vst = card(cards, 'Star Trek: Very Short Treks')
    expect(vst).toHaveTextContent(/^VST2023/)

    expect(card(cards, 'Star Trek feature films')).toHaveTextContent('14 films')
    expect(card(cards, 'Star Trek documentaries')).toHaveTextContent('19 documentaries')
    expect(card(cards, 'Star Trek: The Original Series')).toHaveTextContent('NBC · 79 episodes')
  })

  it('lists the collections oldest first', async () => {
    renderApp({ url: '/' })
    const titles = [...(await seriesCards()).keys()]
    expect(titles[0]).toBe('Star Trek: The Original Series')
    expect(titles.indexOf('Star Trek: The Next Generation')).toBeLessThan(
      titles.indexOf('Star Trek: Picard'),
    )
  })

  it('shows zero progress for a series nobody has watched', async () => {
    renderApp({ url: '/' })
    const pic = card(await seriesCards(), 'Star Trek: Picard')
    expect(within(pic).getByText('0 / 30')).toBeInTheDocument()
    expect(
      within(pic).getByRole('progressbar', { name: 'Star Trek: Picard progress' }),
    ).toHaveAttribute('aria-valuenow', '0')
  })

  it('counts watched episodes in the series progress', async () => {
    renderApp({
      url: '/',
      records: [
        watchedRecord('pic-s01e01'),
        watchedRecord('pic-s02e01'),
        watchedRecord('pic-s03e10'),
        // Rated but not watched: does not count.
        watchRecord('pic-s01e02', { rating10: 8 }),
      ],
    })
    const pic = card(await seriesCards(), 'Star Trek: Picard')
    expect(within(pic).getByText('3 / 30')).toBeInTheDocument()
    const bar = within(pic).getByRole('progressbar', { name: 'Star Trek: Picard progress' })
    expect(bar).toHaveAttribute('aria-valuenow', '3')
    expect(bar).toHaveAttribute('aria-valuemax', '30')
    expect(screen.getByRole('progressbar', { name: 'Franchise progress' })).toHaveAttribute(
      'aria-valuenow',
      '3',
    )
  })

  it('offers the next unwatched episode of the most recently watched series', async () => {
    renderApp({
      url: '/',
      records: [
        watchedRecord('pic-s01e03', 1_000),
        watchedRecord('tng-s01e05', 2_000),
        watchedRecord('pic-s01e04', 1_500),
      ],
    })
    const next = await screen.findByRole('region', { name: 'Continue watching' })
    const link = within(next).getByRole('link')
    expect(link).toHaveTextContent('Star Trek: The Next Generation · S01E06')
    expect(link).toHaveTextContent('Where No One Has Gone Before')
    expect(link).toHaveAttribute('href', '/episode/tng-s01e06')
  })

  it('has no "Continue watching" before anything is watched', async () => {
    renderApp({ url: '/' })
    await seriesCards()
    expect(screen.queryByRole('region', { name: 'Continue watching' })).not.toBeInTheDocument()
  })

  it('keeps records for episodes the catalogue does not know, listed as unknown', async () => {
    renderApp({
      url: '/',
      records: [watchedRecord('xyz-s01e01'), watchRecord('abc-01', { note: 'Lost tape' })],
    })
    const unknown = await screen.findByRole('region', { name: 'Unknown episodes' })
    expect(unknown).toHaveTextContent('2 tracked entries are not in this version of the catalogue')
    expect(within(unknown).queryByRole('listitem')).not.toBeInTheDocument()
    await userEvent.click(within(unknown).getByRole('button', { name: 'Show their ids' }))
    expect(within(unknown).getByText('Unknown episode (xyz-s01e01)')).toBeInTheDocument()
    expect(within(unknown).getByText('Unknown episode (abc-01)')).toBeInTheDocument()
    expect(within(unknown).getByRole('button', { name: 'Hide their ids' })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
  })

  it('lists many unknown ids behind one line, and only the first hundred when opened', async () => {
    const records = Array.from({ length: 250 }, (_, i) => watchedRecord(`gone-s01e${i}`))
    renderApp({ url: '/', records })
    const unknown = await screen.findByRole(
      'region',
      { name: 'Unknown episodes' },
      { timeout: 5000 },
    )
    expect(unknown).toHaveTextContent('250 tracked entries are not in this version')
    await userEvent.click(within(unknown).getByRole('button', { name: 'Show their ids' }))
    expect(within(unknown).getAllByRole('listitem')).toHaveLength(101)
    expect(unknown).toHaveTextContent('and 150 more (all listed in the CSV export)')
  })
})
