import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp, watchRecord, watchedRecord } from '../support/render-with-providers'

/** Very Short Treks watched once, then a rewatch started (after the plays were logged). */
const rewatching = [
  ...[1, 2, 3, 4, 5].map((n) => watchedRecord(`vst-s01e0${n}`, 1)),
  watchRecord('vst', { rewatchStarts: [1_000] }),
]

describe('a series in a rewatch says so', () => {
  it('on its card in the franchise index', async () => {
    renderApp({ url: '/', records: rewatching })
    const link = await screen.findByRole('link', { name: 'Star Trek: Very Short Treks' })
    const card = link.closest('article')
    if (!card) throw new Error('no card')
    // Seen at least once stays 5 of 5; the tag says how far the rewatch has got.
    expect(within(card).getByText(/^Rewatch 1/)).toHaveTextContent('Rewatch 1 · 0/5')
    expect(card).toHaveTextContent('5 / 5')
  })

  it('on its Up next card, and not on a first watch', async () => {
    renderApp({ url: '/up-next', records: [...rewatching, watchedRecord('pic-s02e01', 2)] })
    const vst = (await screen.findAllByRole('article')).find((a) =>
      within(a).queryByText('Star Trek: Very Short Treks'),
    )
    const pic = screen
      .getAllByRole('article')
      .find((a) => within(a).queryByText('Star Trek: Picard'))
    expect(vst && within(vst).getByText('Rewatch 1')).toBeVisible()
    expect(pic && within(pic).queryByText(/^Rewatch/)).toBeNull()
  })
})
