import { fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { localDay } from '@/lib/dates'
import { usePreferences } from '@/tracking/preferences'
import { renderApp } from '../../support/render-with-providers'
import { answerWhen } from '../../support/answer-when'

const SEASON_2 = '/series/pic/season/2'
const panel = () => screen.getByRole('group', { name: /^When did you watch/ })
const confirmButton = () => screen.getByRole('button', { name: /^Mark \d+ episodes? watched$/ })
const rowOf = (title: string) =>
  screen.getByRole('link', { name: title }).closest('li') as HTMLElement

describe('bulk marks ask when', () => {
  afterEach(() => usePreferences.setState({ bulkWhen: null }))

  it('asks first and changes nothing until answered; Cancel and Esc leave the log as it was', async () => {
    const { user, record } = renderApp({ url: SEASON_2 })
    await user.click(await screen.findByRole('button', { name: 'Mark season 2 watched' }))
    expect(panel()).toHaveTextContent('When did you watch them? (10 episodes: season 2)')
    // Never asked before: nothing is chosen for the person, and the first choice has focus.
    for (const radio of within(panel()).getAllByRole('radio')) expect(radio).not.toBeChecked()
    expect(within(panel()).getByRole('radio', { name: 'Just now' })).toHaveFocus()
    await user.click(confirmButton())
    expect(screen.getByRole('alert')).toHaveTextContent('Choose when you watched them.')
    expect(record('pic-s02e01')).toBeUndefined()

    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('group', { name: /^When did you watch/ })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Mark season 2 watched' }))
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('group', { name: /^When did you watch/ })).toBeNull()
    // Back where the person was, for the keyboard.
    expect(screen.getByRole('button', { name: 'Mark season 2 watched' })).toHaveFocus()
    expect(record('pic-s02e01')).toBeUndefined()
    expect(usePreferences.getState().bulkWhen).toBeNull()
  })

  it('“When each first aired” gives each viewing its own air date', async () => {
    const { user, record } = renderApp({ url: SEASON_2 })
    await user.click(await screen.findByRole('button', { name: 'Mark season 2 watched' }))
    await answerWhen(user, 'When each first aired')
    expect(record('pic-s02e01')?.plays).toEqual([
      { precision: 'release', watchedAt: '2022-03-03', loggedAt: expect.any(Number) as number },
    ])
    expect(record('pic-s02e04')?.plays[0]).toMatchObject({ watchedAt: '2022-03-24' })
    expect(
      screen.getByText('10 episodes marked watched, each on its air date (season 2).'),
    ).toBeVisible()
  })

  it('“On one day” takes a day, today or earlier', async () => {
    const { user, record } = renderApp({ url: SEASON_2 })
    await user.click(await screen.findByRole('button', { name: 'Mark season 2 watched' }))
    await user.click(screen.getByRole('radio', { name: 'On one day' }))
    const day = screen.getByLabelText('Day watched')
    expect(day).toHaveValue(localDay(new Date()))
    fireEvent.change(day, { target: { value: '2999-01-01' } })
    await user.click(confirmButton())
    expect(screen.getByRole('alert')).toHaveTextContent('Choose a day: today or earlier.')
    expect(record('pic-s02e01')).toBeUndefined()

    fireEvent.change(day, { target: { value: '2021-05-03' } })
    await user.click(confirmButton())
    expect(record('pic-s02e10')?.plays[0]).toMatchObject({
      precision: 'date',
      watchedAt: '2021-05-03',
    })
    expect(screen.getByText('10 episodes marked watched, on 3 May 2021 (season 2).')).toBeVisible()
  })

  it('“I don’t remember” logs viewings with no date', async () => {
    const { user, record } = renderApp({ url: SEASON_2 })
    await user.click(await screen.findByRole('button', { name: 'Mark season 2 watched' }))
    await answerWhen(user, 'I don’t remember')
    expect(record('pic-s02e05')?.plays[0]).toMatchObject({
      precision: 'unknown',
      watchedAt: null,
    })
    expect(screen.getByText('10 episodes marked watched, date not known (season 2).')).toBeVisible()
  })

  it('remembers the answer: next time it is chosen, and Enter accepts it', async () => {
    const { user, record } = renderApp({ url: SEASON_2 })
    await user.click(
      await screen.findByRole('button', { name: 'Mark everything up to “Assimilation” watched' }),
    )
    await answerWhen(user, 'When each first aired')
    await user.click(screen.getByRole('button', { name: 'Mark season 2 watched' }))
    expect(within(panel()).getByRole('radio', { name: 'When each first aired' })).toBeChecked()
    expect(confirmButton()).toHaveFocus()
    expect(confirmButton()).toHaveTextContent('Mark 7 episodes watched')
    await user.keyboard('{Enter}')
    expect(record('pic-s02e10')?.plays[0]).toMatchObject({ precision: 'release' })
  })

  it('“Mark all of” a series asks too, and says which seasons', async () => {
    const { user, record } = renderApp({ url: SEASON_2 })
    await user.click(
      await screen.findByRole('button', { name: 'Mark all of Star Trek: Picard watched' }),
    )
    expect(panel()).toHaveTextContent('(30 episodes: seasons 1–3)')
    await answerWhen(user, 'When each first aired')
    expect(record('pic-s01e01')?.plays[0]).toMatchObject({
      precision: 'release',
      watchedAt: '2020-01-23',
    })
    expect(record('pic-s03e10')?.plays).toHaveLength(1)
    expect(
      screen.getByText('30 episodes marked watched, each on its air date (seasons 1–3).'),
    ).toBeVisible()
    expect(
      screen.getByRole('button', { name: 'Mark all of Star Trek: Picard watched' }),
    ).toBeDisabled()
  })

  it('with Unwatched shown, the Undo of an “Up to here” moves to the head as its row leaves', async () => {
    const { user } = renderApp({ url: `${SEASON_2}?show=unwatched` })
    await user.click(
      await screen.findByRole('button', { name: 'Mark everything up to “Assimilation” watched' }),
    )
    await answerWhen(user)
    expect(screen.queryByRole('link', { name: 'Assimilation' })).toBeNull()
    expect(screen.getByRole('status')).toHaveTextContent(
      '13 episodes marked watched (seasons 1 and 2, up to “Assimilation”).',
    )
    expect(screen.getByRole('button', { name: 'Undo' })).toBeVisible()
  })

  it('“Up to here” asks in its own row, offers Undo there, and keeps row keys out of the panel', async () => {
    const { user, record } = renderApp({ url: SEASON_2 })
    await user.click(
      await screen.findByRole('button', { name: 'Mark everything up to “Assimilation” watched' }),
    )
    const row = rowOf('Assimilation')
    expect(within(row).getByRole('group', { name: /^When did you watch/ })).toHaveTextContent(
      '13 episodes: seasons 1 and 2, up to “Assimilation”',
    )
    // `s` skips the focused row elsewhere; in the panel it must not.
    await user.keyboard('s')
    expect(record('pic-s02e03')).toBeUndefined()

    await answerWhen(user)
    expect(record('pic-s02e03')?.plays).toHaveLength(1)
    expect(
      screen.getByRole('button', { name: 'Mark everything up to “Assimilation” watched' }),
    ).toHaveFocus()
    expect(within(row).getByRole('status')).toHaveTextContent(
      '13 episodes marked watched (seasons 1 and 2, up to “Assimilation”).',
    )
    expect(within(row).getByRole('button', { name: 'Undo' })).toBeVisible()
  })
})
