import { screen } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { PREFERENCES_KEY } from '@/tracking/persistence/preferences-storage'
import { applyTheme, usePreferences } from '@/tracking/preferences'
import { renderApp } from '../support/render-with-providers'

beforeEach(() => {
  usePreferences.setState({ theme: 'system' })
  delete document.documentElement.dataset.theme
})

describe('Theme', () => {
  it('is chosen in Settings: light, dark or the same as the device, and remembered', async () => {
    const { user } = renderApp({ url: '/settings' })
    const dark = await screen.findByRole('radio', { name: 'Dark' })
    expect(screen.getByRole('radio', { name: 'Same as this device' })).toBeChecked()
    await user.click(dark)
    expect(dark).toBeChecked()
    expect(usePreferences.getState().theme).toBe('dark')
    const stored = JSON.parse(localStorage.getItem(PREFERENCES_KEY) ?? '{}') as {
      state?: { theme?: string }
    }
    expect(stored.state?.theme).toBe('dark')
  })

  it('sets data-theme on the document, and removes it to follow the system', () => {
    applyTheme('light')
    expect(document.documentElement.dataset.theme).toBe('light')
    applyTheme('dark')
    expect(document.documentElement.dataset.theme).toBe('dark')
    applyTheme('system')
    expect(document.documentElement.dataset.theme).toBeUndefined()
  })
})
