import { screen } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'

/** Answers a bulk mark's "When?" (the season's or a row's panel) and confirms it. */
export async function answerWhen(user: UserEvent, choice = 'Just now'): Promise<void> {
  await user.click(await screen.findByRole('radio', { name: choice }))
  await user.click(screen.getByRole('button', { name: /^Mark \d+ episodes? watched$/ }))
}
