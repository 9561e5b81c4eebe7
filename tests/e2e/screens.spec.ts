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

    test('a long unknown id breaks instead of widening Home and History', async ({ page }) => {
      // The longest id a record may have (64), one unbroken word, from a backup of another device.
      const id = `lost-${'x'.repeat(59)}`
      const backup = {
        format: 'captains-log-backup',
        formatVersion: 2,
        exportedAt: '2026-11-23T20:15:00.000Z',
        schemaVersion: 2,
        catalogueVersion: null,
        settings: {},
        records: [
          {
            id,
            plays: [{ precision: 'date', watchedAt: '2026-11-20', loggedAt: 1763000000000 }],
            skipped: false,
            rewatchStarts: [],
            rating10: null,
            note: '',
            updatedAt: 1763000000000,
            updatedBy: 'other-device',
          },
        ],
      }
      await page.goto('/settings')
      await page.getByLabel('Backup file').setInputFiles({
        name: 'other-device.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(backup)),
      })
      await page
        .getByRole('region', { name: 'Import plan' })
        .getByRole('button', { name: 'Import', exact: true })
        .click()
      await expect(page.getByRole('status').filter({ hasText: 'Imported.' })).toBeVisible()

      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Series' })
        .click()
      const unknown = page.getByRole('region', { name: 'Unknown episodes' })
      await unknown.getByRole('button', { name: 'Show its id' }).click()
      await expect(unknown.getByText(`Unknown episode (${id})`)).toBeVisible()
      await capture(page, name, 'home-unknown-id')

      await page.goto('/history')
      await expect(page.getByText(`Unknown episode (${id})`, { exact: true })).toBeVisible()
      await capture(page, name, 'history-unknown-id')
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
