import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { exportFile, traktZip } from './support/exports'

const screens = [
  { name: 'franchise index', url: '/' },
  { name: 'series page', url: '/series/tng/season/1' },
  { name: 'episode page', url: '/episode/pic-s02e01' },
  { name: 'search results', url: '/search?q=best%20of%20both' },
  { name: 'stats', url: '/stats' },
  { name: 'history', url: '/history' },
  { name: 'up next', url: '/up-next' },
  { name: 'your data', url: '/settings' },
  { name: 'not found', url: '/no/such/page' },
]

async function seedSomeHistory(page: Page): Promise<void> {
  await page.goto('/series/tng/season/1')
  await page.getByRole('checkbox', { name: 'Watched: Encounter at Farpoint (Part 1)' }).check()
  await page.getByRole('checkbox', { name: 'Watched: The Naked Now' }).check()
  await page.goto('/episode/pic-s02e01')
  await page.getByRole('checkbox', { name: 'Watched', exact: true }).check()
  await page.getByRole('textbox', { name: 'Your note' }).fill('A note.')
}

async function expectNoViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(summary, `axe violations on ${screen}`).toEqual([])
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe finds no violations (${colorScheme} theme)`, () => {
    test.use({ colorScheme })

    // One test per screen: walking all of them in one test outgrew its time on a loaded machine.
    for (const { name, url } of screens) {
      test(`on the ${name}, with some history recorded`, async ({ page }) => {
        await seedSomeHistory(page)
        await page.goto(url)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        await expectNoViolations(page, `${name} (${colorScheme})`)
      })
    }

    test('on a series page with a skip, a rewatch, and its season and note editors open', async ({
      page,
    }) => {
      await page.goto('/series/tng/season/1')
      await page.getByRole('checkbox', { name: 'Watched: The Naked Now' }).check()
      await page.getByRole('button', { name: 'Skip Code of Honor', exact: true }).click()
      await page
        .getByRole('button', { name: 'Start a rewatch of Star Trek: The Next Generation' })
        .click()
      await expect(page.getByText('Rewatch 1', { exact: true }).first()).toBeVisible()
      await page.getByText('Rate, note or rewatch season 1').click()
      await page.getByRole('button', { name: 'Add a note on Season 1' }).click()
      await expect(page.getByLabel('Your note on Season 1')).toBeVisible()
      await expectNoViolations(page, `series extras (${colorScheme})`)
    })

    test('on a bulk mark’s “When?” panel, and its Undo', async ({ page }) => {
      await page.goto('/series/tng/season/1')
      await page.getByRole('button', { name: 'Mark season 1 watched' }).click()
      await page.getByText('On one day').click()
      await expect(page.getByLabel('Day watched')).toBeVisible()
      await expectNoViolations(page, `when panel (${colorScheme})`)
      await page.getByRole('button', { name: /^Mark \d+ episodes watched$/ }).click()
      await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible()
      await expectNoViolations(page, `bulk undo (${colorScheme})`)
    })

    test('on the plan of an import from another app, with a conflict and the unmatched rows open', async ({
      page,
    }, testInfo) => {
      await page.goto('/episode/tng-s01e03')
      await page.getByRole('radio', { name: '3 stars', exact: true }).check({ force: true })
      await page.goto('/settings')
      const zip = await exportFile(testInfo, 'trakt-export.zip', traktZip())
      await page.getByLabel('Export files').setInputFiles(zip)
      const plan = page.getByRole('region', { name: 'What the import would do' })
      await expect(plan.getByRole('group', { name: /The Naked Now/ })).toBeVisible()
      await plan.getByText(/not matched to the catalogue/).click()
      await expectNoViolations(page, `import plan (${colorScheme})`)
    })

    test('on the two-part offer and the catalogue error screen', async ({ page, browser }) => {
      await page.goto('/series/tng/season/1')
      await page.getByRole('checkbox', { name: 'Watched: Encounter at Farpoint (Part 1)' }).check()
      await expect(
        page.getByRole('button', { name: 'Mark “Encounter at Farpoint (Part 2)” watched' }),
      ).toBeVisible()
      await expectNoViolations(page, `two-part offer (${colorScheme})`)

      // The service worker would answer from its cache, out of page.route's reach.
      const blocked = await browser.newContext({ serviceWorkers: 'block', colorScheme })
      await blocked.route('**/catalogue.json', (route) => route.fulfill({ body: 'not json' }))
      const fresh = await blocked.newPage()
      await fresh.goto('/')
      await expect(fresh.getByRole('button', { name: 'Retry' })).toBeVisible()
      await expectNoViolations(fresh, `catalogue error (${colorScheme})`)
      await blocked.close()
    })
  })
}
