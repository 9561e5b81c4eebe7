import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp, watchRecord } from '../../support/render-with-providers'

const SEASON_1 = '/series/pic/season/1'

const yourTake = () => screen.getByRole('region', { name: 'Your take' })
const seasonMore = () => {
  const details = screen.getByText(/^Rate, note or rewatch season 1/).closest('details')
  if (!details) throw new Error('no season details')
  return details
}

const trickyNote = 'First line\n<b>bold</b> and <script>alert(1)</script>\n\nLast line'

describe('Your take on a series', () => {
  it('rates the series with the star radios, stored on the series record', async () => {
    const { user, record, adapter } = renderApp({ url: SEASON_1 })
    const rating = await screen.findByRole('group', { name: 'Your rating of Star Trek: Picard' })
    expect(within(rating).getAllByRole('radio')).toHaveLength(10)
    await user.click(within(rating).getByRole('radio', { name: '4 stars' }))
    expect(record('pic')?.rating10).toBe(8)
    expect(within(rating).getByRole('radio', { name: '4 stars' })).toBeChecked()
    // Only the series: no episode or season record was touched.
    expect(record('pic-s01')).toBeUndefined()
    expect(record('pic-s01e01')).toBeUndefined()
    await waitFor(() => expect(adapter.saved.get('pic')?.rating10).toBe(8))

    await user.click(within(rating).getByRole('radio', { name: '2.5 stars' }))
    expect(record('pic')?.rating10).toBe(5)
    await user.click(within(rating).getByRole('button', { name: 'Clear rating' }))
    expect(record('pic')?.rating10).toBeNull()
    expect(within(rating).queryByRole('radio', { checked: true })).not.toBeInTheDocument()
  })

  it('shows a stored rating as the checked radio', async () => {
    renderApp({ url: SEASON_1, records: [watchRecord('pic', { rating10: 9 })] })
    const rating = await screen.findByRole('group', { name: 'Your rating of Star Trek: Picard' })
    expect(within(rating).getByRole('radio', { name: '4.5 stars' })).toBeChecked()
  })

  it('"Add a note" opens a labelled text box; the note is stored on the series record', async () => {
    const { user, record } = renderApp({ url: SEASON_1 })
    expect(
      await screen.findByRole('button', { name: 'Add a note on Star Trek: Picard' }),
    ).toBeVisible()
    expect(
      screen.queryByRole('textbox', { name: 'Your note on Star Trek: Picard' }),
    ).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Add a note on Star Trek: Picard' }))
    const box = screen.getByRole('textbox', { name: 'Your note on Star Trek: Picard' })
    expect(box).toHaveFocus()
    await user.type(box, 'Make it so.')
    expect(box).toHaveValue('Make it so.')
    expect(record('pic')?.note).toBe('Make it so.')
    await user.click(within(yourTake()).getByRole('button', { name: 'Done' }))
    expect(screen.queryByRole('textbox', { name: /Your note on/ })).not.toBeInTheDocument()
    expect(within(yourTake()).getByText('Make it so.')).toBeVisible()
    expect(
      screen.getByRole('button', { name: 'Edit your note on Star Trek: Picard' }),
    ).toBeVisible()
  })

  it('shows the note as plain text with its line breaks, never as markup', async () => {
    const { user, record } = renderApp({ url: SEASON_1 })
    await user.click(await screen.findByRole('button', { name: 'Add a note on Star Trek: Picard' }))
    await user.paste(trickyNote)
    expect(record('pic')?.note).toBe(trickyNote)
    await user.click(within(yourTake()).getByRole('button', { name: 'Done' }))

    const section = yourTake()
    expect(
      within(section).getByRole('heading', { name: 'Your note on Star Trek: Picard' }),
    ).toBeVisible()
    expect(section.querySelector('b')).toBeNull()
    expect(section.querySelector('script')).toBeNull()
    expect(section.textContent).toContain('<b>bold</b>')
    expect(section.textContent).toContain('<script>alert(1)</script>')
    const text = within(section).getByText(/<b>bold<\/b>/)
    expect(text.textContent).toBe(trickyNote)
    expect(text.textContent?.split('\n')).toEqual([
      'First line',
      '<b>bold</b> and <script>alert(1)</script>',
      '',
      'Last line',
    ])
  })

  it('shows a stored note as plain text on arrival, and edits it in place', async () => {
    const { user, record } = renderApp({
      url: SEASON_1,
      records: [watchRecord('pic', { note: trickyNote, updatedAt: 2 })],
    })
    const text = await within(await screen.findByRole('region', { name: 'Your take' })).findByText(
      /<b>bold<\/b>/,
    )
    expect(text.textContent).toBe(trickyNote)
    expect(yourTake().querySelector('b')).toBeNull()

    await user.click(screen.getByRole('button', { name: 'Edit your note on Star Trek: Picard' }))
    const box = screen.getByRole('textbox', { name: 'Your note on Star Trek: Picard' })
    expect(box).toHaveValue(trickyNote)
    await user.clear(box)
    expect(record('pic')?.note).toBe('')
    await user.click(within(yourTake()).getByRole('button', { name: 'Done' }))
    expect(
      screen.queryByRole('heading', { name: 'Your note on Star Trek: Picard' }),
    ).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Add a note on Star Trek: Picard' })).toBeVisible()
  })

  it('a note of only spaces counts as no note', async () => {
    renderApp({ url: SEASON_1, records: [watchRecord('pic', { note: '   \n ' })] })
    expect(
      await screen.findByRole('button', { name: 'Add a note on Star Trek: Picard' }),
    ).toBeVisible()
    expect(
      screen.queryByRole('heading', { name: 'Your note on Star Trek: Picard' }),
    ).not.toBeInTheDocument()
  })
})

describe('Your take on a season', () => {
  it('rates and notes the season under its details, stored on the season record', async () => {
    const { user, record } = renderApp({ url: SEASON_1 })
    const summary = await screen.findByText(/^Rate, note or rewatch season 1/)
    expect(seasonMore()).not.toHaveAttribute('open')
    await user.click(summary)
    expect(seasonMore()).toHaveAttribute('open')

    const rating = within(seasonMore()).getByRole('group', { name: 'Your rating of Season 1' })
    await user.click(within(rating).getByRole('radio', { name: '3.5 stars' }))
    expect(record('pic-s01')?.rating10).toBe(7)
    expect(record('pic')).toBeUndefined()
    expect(summary).toHaveTextContent('Rate, note or rewatch season 1 · ★ 3.5')
    // The series' own rating is apart.
    expect(
      within(screen.getByRole('group', { name: 'Your rating of Star Trek: Picard' })).queryByRole(
        'radio',
        { checked: true },
      ),
    ).not.toBeInTheDocument()

    await user.click(within(seasonMore()).getByRole('button', { name: 'Add a note on Season 1' }))
    const box = within(seasonMore()).getByRole('textbox', { name: 'Your note on Season 1' })
    expect(box).toHaveFocus()
    await user.paste(trickyNote)
    expect(record('pic-s01')?.note).toBe(trickyNote)
    expect(record('pic')).toBeUndefined()
    await user.click(within(seasonMore()).getByRole('button', { name: 'Done' }))

    const details = seasonMore()
    expect(within(details).getByRole('heading', { name: 'Your note on Season 1' })).toBeVisible()
    expect(details.querySelector('b')).toBeNull()
    expect(details.querySelector('script')).toBeNull()
    expect(within(details).getByText(/<b>bold<\/b>/).textContent).toBe(trickyNote)
    expect(within(yourTake()).queryByText(/<b>bold<\/b>/)).not.toBeInTheDocument()
  })

  it('shows a stored season rating in the summary', async () => {
    renderApp({ url: SEASON_1, records: [watchRecord('pic-s01', { rating10: 10 })] })
    expect(await screen.findByText(/^Rate, note or rewatch season 1/)).toHaveTextContent(
      'Rate, note or rewatch season 1 · ★ 5',
    )
  })
  it('Done puts focus back on the note button, and the rewatch button keeps focus when it turns into Cancel', async () => {
    const { user } = renderApp({
      url: SEASON_1,
      records: [
        watchRecord('pic-s01e01', {
          plays: [{ precision: 'date', watchedAt: '2024-01-01', loggedAt: 1 }],
        }),
      ],
    })
    await user.click(await screen.findByRole('button', { name: 'Add a note on Star Trek: Picard' }))
    await user.type(screen.getByLabelText('Your note on Star Trek: Picard'), 'Hi')
    await user.click(screen.getByRole('button', { name: 'Done' }))
    expect(
      screen.getByRole('button', { name: 'Edit your note on Star Trek: Picard' }),
    ).toHaveFocus()

    await user.click(screen.getByRole('button', { name: 'Start a rewatch of Star Trek: Picard' }))
    expect(
      screen.getByRole('button', { name: 'Cancel this rewatch of Star Trek: Picard' }),
    ).toHaveFocus()
  })
})
