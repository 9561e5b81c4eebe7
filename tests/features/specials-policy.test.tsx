import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { usePreferences } from '@/tracking/preferences'
import { renderApp, watchedRecord } from '../support/render-with-providers'

afterEach(() => usePreferences.setState({ countSpecials: false }))

function tosCard() {
  const link = screen.getByRole('link', { name: 'Star Trek: The Original Series' })
  return within(link.closest('article') as HTMLElement)
}

describe('Specials policy', () => {
  it('leaves the pilot (season 0) out of progress by default, and counts it when chosen in Settings', async () => {
    renderApp({ url: '/', records: [watchedRecord('tos-s00e01', 1)] })
    await screen.findByRole('link', { name: 'Star Trek: The Original Series' })
    expect(tosCard().getByText('0 / 79')).toBeVisible()
    usePreferences.getState().setCountSpecials(true)
    expect(await tosCard().findByText('1 / 80')).toBeVisible()
  })

  it('the Settings checkbox switches the policy', async () => {
    const { user } = renderApp({ url: '/settings' })
    const box = await screen.findByRole('checkbox', { name: /Count pilots and specials/ })
    expect(box).not.toBeChecked()
    await user.click(box)
    expect(usePreferences.getState().countSpecials).toBe(true)
  })
})
