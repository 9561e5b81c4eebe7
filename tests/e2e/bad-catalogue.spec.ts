import { expect, test } from '@playwright/test'
import { openStarGazerFromHome, readWatchLog, star, starGazer } from './support/app'

// page.route() cannot see requests a service worker answers (its precache would serve the good
// catalogue), so these tests run without one. Offline behaviour is covered in offline.spec.ts.
test.use({ serviceWorkers: 'block' })

const badCatalogues = [
  { kind: 'is not JSON', body: '{"version": "2026-11-23", "series": [', message: /not valid JSON/ },
  {
    kind: 'fails the schema',
    body: JSON.stringify({ version: '2026-11-23', series: [{ id: 'PIC!', title: '' }] }),
    message: /not valid/,
  },
]

for (const { kind, body, message } of badCatalogues) {
  test(`a catalogue that ${kind} shows an error with Retry, leaves the watch log byte-for-byte unchanged, and Retry brings the app back`, async ({
    page,
  }) => {
    // Seed the watch log through the UI.
    await page.goto('/')
    await openStarGazerFromHome(page)
    await page.getByRole('checkbox', { name: 'Watched', exact: true }).click()
    await star(page, '4.5 stars').click()
    await page.getByLabel('Your note').fill('Seeded before the catalogue broke.')
    await expect
      .poll(async () => {
        const entries = (await readWatchLog(page)) ?? []
        const record = entries.find(([key]) => key === `record:${starGazer.id}`)?.[1] as
          { note?: string; rating10?: number } | undefined
        return [entries.some(([key]) => key === 'meta'), record?.rating10, record?.note]
      })
      .toEqual([true, 9, 'Seeded before the catalogue broke.'])
    const before = JSON.stringify(await readWatchLog(page))

    let served = 0
    await page.route('**/catalogue.json', (route) => {
      served += 1
      return route.fulfill({ status: 200, contentType: 'application/json', body })
    })
    await page.reload()

    await expect(
      page.getByRole('heading', { level: 1, name: 'The catalogue could not be loaded' }),
    ).toBeVisible()
    await expect(page.getByText(message)).toBeVisible()
    const retry = page.getByRole('button', { name: 'Retry' })
    await expect(retry).toBeVisible()
    expect(served).toBeGreaterThan(0)

    // A failed Retry while the catalogue is still bad changes nothing either.
    const servedBeforeRetry = served
    await retry.click()
    await expect.poll(() => served).toBeGreaterThan(servedBeforeRetry)
    await expect(
      page.getByRole('heading', { level: 1, name: 'The catalogue could not be loaded' }),
    ).toBeVisible()
    expect(JSON.stringify(await readWatchLog(page))).toBe(before)

    await page.unroute('**/catalogue.json')
    await page.getByRole('button', { name: 'Retry' }).click()
    await expect(page.getByRole('heading', { level: 1, name: starGazer.title })).toBeVisible()
    await expect(page.getByRole('checkbox', { name: 'Watched', exact: true })).toBeChecked()
    await expect(page.getByRole('radio', { name: '4.5 stars', exact: true })).toBeChecked()
    await expect(page.getByLabel('Your note')).toHaveValue('Seeded before the catalogue broke.')
    expect(JSON.stringify(await readWatchLog(page))).toBe(before)
  })
}
