import { expect, test, type Page } from '@playwright/test'
import { seedLargeLog, waitForWatchLog } from './support/app'

/*
 * Issue 9: home and every series page are prerendered at build time (scripts/prerender.ts).
 * The page is on screen before any of the app's code has arrived, and the app then takes over
 * those same elements (hydration) instead of drawing the page again.
 */

/**
 * Holds every script of the app until `release()`: what a slow phone sees first. (Module
 * scripts delay DOMContentLoaded, so pages are opened with `waitUntil: 'commit'`.)
 */
async function holdScripts(page: Page): Promise<() => void> {
  let release: () => void = () => undefined
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/assets/*.js', async (route) => {
    await released
    await route.continue()
  })
  return release
}

/** Opens `url` with the app's scripts held back (earlier holds lifted); returns the release. */
async function openWithScriptsHeld(page: Page, url: string): Promise<() => void> {
  await page.unrouteAll()
  const release = await holdScripts(page)
  await page.goto(url, { waitUntil: 'commit' })
  return release
}

/** Fails the test on anything React or the browser reports: a mismatch is a recoverable error. */
function collectErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(e.message))
  return errors
}

/** Marks the drawn heading: a page drawn again by React would lose the mark. */
async function markHeading(page: Page): Promise<void> {
  await page.locator('h1').evaluate((h1) => h1.setAttribute('data-drawn-before-js', ''))
}

test('home is on screen before the app’s code arrives, then taken over in place', async ({
  page,
}) => {
  const errors = collectErrors(page)
  const release = await openWithScriptsHeld(page, '/')
  await expect(
    page.getByRole('heading', { level: 1, name: 'Star Trek, every voyage' }),
  ).toBeVisible()
  await expect(page.getByRole('link', { name: 'Star Trek: Deep Space Nine' })).toBeVisible()
  await expect(page).toHaveTitle('All series · Captain’s Log')
  // The person's own figures are not known yet: held back, never shown as zero.
  await expect(page.getByText(/watched across the franchise/)).toBeHidden()
  await markHeading(page)

  release()
  await waitForWatchLog(page)
  await expect(page.getByText('0 of 1008 watched across the franchise')).toBeVisible()
  await expect(page.locator('h1[data-drawn-before-js]')).toBeVisible()
  // It works: a link followed by the app, not by a page load.
  await page.getByRole('link', { name: 'Star Trek: Deep Space Nine' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Star Trek: Deep Space Nine' }),
  ).toBeVisible()
  expect(errors).toEqual([])
})

test('a returning person’s log fills the prerendered page, with no mismatch', async ({ page }) => {
  await seedLargeLog(page, 0, { id: 'tng-s01e01', note: 'The pilot.' })
  await page.evaluate(() =>
    localStorage.setItem(
      'captains-log:preferences',
      JSON.stringify({ state: { theme: 'dark' }, version: 1 }),
    ),
  )
  const errors = collectErrors(page)
  // Their log and theme re-render the shell right after hydration, while the series screen's
  // code is still on its way: the prerendered page must stay, not be drawn again.
  let releaseScreen: () => void = () => undefined
  const screenReleased = new Promise<void>((resolve) => (releaseScreen = resolve))
  await page.route('**/assets/series-page-*.js', async (route) => {
    await screenReleased
    await route.continue()
  })
  const release = await holdScripts(page)
  await page.goto('/series/tng', { waitUntil: 'commit' })
  await expect(
    page.getByRole('heading', { level: 1, name: 'Star Trek: The Next Generation' }),
  ).toBeVisible()
  await markHeading(page)
  release()
  // The shell is running (hydrated, theme applied) while the screen's own code still waits.
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark')
  await page.waitForTimeout(500)
  await expect(page.locator('h1[data-drawn-before-js]')).toBeVisible()
  releaseScreen()
  await waitForWatchLog(page)
  await expect(page.locator('h1[data-drawn-before-js]')).toBeVisible()
  await page.unrouteAll()
  await expect(page.getByText('1 of 178 watched', { exact: true })).toBeVisible()
  await page.goto('/')
  await waitForWatchLog(page)
  await expect(page.getByText('1 of 1008 watched across the franchise')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Continue watching' })).toBeVisible()
  expect(errors).toEqual([])
})

test('a series page is prerendered; a shielded series and other addresses are not shown one', async ({
  page,
}) => {
  const errors = collectErrors(page)
  let release = await openWithScriptsHeld(page, '/series/ds9')
  await expect(
    page.getByRole('heading', { level: 1, name: 'Star Trek: Deep Space Nine' }),
  ).toBeVisible()
  await expect(page).toHaveTitle('Star Trek: Deep Space Nine · Captain’s Log')
  await markHeading(page)
  release()
  await waitForWatchLog(page)
  await expect(page.locator('h1[data-drawn-before-js]')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Mark season 1 watched' })).toBeEnabled()

  // Stats is served index.html, which holds home: home must not flash up in its place.
  release = await openWithScriptsHeld(page, '/stats')
  await expect(page.locator('#root')).toBeEmpty()
  release()
  await expect(page.getByRole('heading', { level: 1, name: 'Stats' })).toBeVisible()

  // A season filter in the address is state the build did not draw.
  release = await openWithScriptsHeld(page, '/series/ds9?show=watched')
  await expect(page.locator('#root')).toBeEmpty()
  release()
  await expect(page.getByText('No episodes match this filter.')).toBeVisible()

  // The prerendered page lists every episode: not for a series the person shields. Set before
  // the page's own scripts run: a write from the old page reaches a new document only when
  // Chromium has committed it, which on a loaded machine can be after the next page read it.
  await page.addInitScript(() =>
    localStorage.setItem(
      'captains-log:preferences',
      JSON.stringify({ state: { spoilerShield: ['ds9'] }, version: 1 }),
    ),
  )
  release = await openWithScriptsHeld(page, '/series/ds9')
  await expect(page.locator('#root')).toBeEmpty()
  release()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Star Trek: Deep Space Nine' }),
  ).toBeVisible()
  expect(errors).toEqual([])
})
