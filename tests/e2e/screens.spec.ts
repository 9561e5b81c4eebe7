import { expect, test, type Page } from '@playwright/test'
import { openPicardSeason2FromHome, star, starGazer } from './support/app'

/*
 * The main screens at a phone and a desktop size. Each screenshot goes to test-results/screens/
 * for a person to look at; the test itself checks what a machine can: the screen rendered, and
 * nothing is wider than the window (no sideways scrolling on a phone).
 */
const sizes = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
] as const

async function capture(page: Page, size: string, screen: string): Promise<void> {
  // What the window shows first, and the whole page.
  await page.screenshot({ path: `test-results/screens/${size}-${screen}.png` })
  await page.screenshot({ path: `test-results/screens/${size}-${screen}-full.png`, fullPage: true })
  const overflow = await page.evaluate(() => {
    const root = document.documentElement
    // Likely culprits: wider than the window and either outside any scroll box, or absolutely
    // positioned (which escapes a scroll box that is not its containing block).
    const inScrollBox = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible') return true
      }
      return false
    }
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5)
      .filter((el) => !inScrollBox(el) || getComputedStyle(el).position === 'absolute')
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}">`)
    return { by: root.scrollWidth - root.clientWidth, wide: [...new Set(wide)].slice(0, 5) }
  })
  // Soft: one screen too wide should not hide the screenshots of the others.
  expect
    .soft(
      overflow.by,
      `${screen} at ${size} scrolls sideways (too wide: ${overflow.wide.join(' ')})`,
    )
    .toBeLessThanOrEqual(0)
}

for (const { name, viewport } of sizes) {
  test.describe(`at ${name} size (${viewport.width}×${viewport.height})`, () => {
    test.use({ viewport })

    test('home, series, season and episode screens render without sideways scrolling', async ({
      page,
    }) => {
      await page.goto('/')
      await expect(page.getByRole('link', { name: 'Star Trek: Picard', exact: true })).toBeVisible()
      await capture(page, name, 'home')

      await openPicardSeason2FromHome(page)
      await expect(
        page.getByRole('checkbox', { name: `Watched: ${starGazer.title}`, exact: true }),
      ).toBeVisible()
      await capture(page, name, 'series-pic-season-2')

      await page.getByRole('link', { name: starGazer.title, exact: true }).click()
      await page.getByRole('checkbox', { name: 'Watched', exact: true }).click()
      await star(page, '4.5 stars').click()
      await page
        .getByLabel('Your note')
        .fill('Q is back, and so is the Borg Queen.\nPicard at the vineyard.')
      await expect(page.getByRole('radio', { name: '4.5 stars', exact: true })).toBeChecked()
      await capture(page, name, 'episode-star-gazer')
    })

    test('the catalogue error screen renders without sideways scrolling', async ({ page }) => {
      // The first visit is never controlled by the service worker, so page.route() sees it.
      await page.route('**/catalogue.json', (route) =>
        route.fulfill({ contentType: 'application/json', body: '{"version":' }),
      )
      await page.goto('/')
      await expect(
        page.getByRole('heading', { name: 'The catalogue could not be loaded' }),
      ).toBeVisible()
      await capture(page, name, 'catalogue-error')
    })
  })
}
