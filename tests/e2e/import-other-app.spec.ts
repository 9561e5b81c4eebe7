import { expect, test, type Page } from '@playwright/test'
import {
  readRecord,
  screenshotAtSizes,
  waitForWatchLog,
  watchLogAfterPendingWrites,
} from './support/app'
import { exportFile, traktZip } from './support/exports'

/*
 * Issue 10's "done when": a Trakt export ZIP through the file picker in real Chromium (its Web
 * Worker, its IndexedDB), the plan, Import, the episode page, Stats and History, then Undo; and a
 * damaged ZIP that leaves the stored log byte for byte as it was.
 */

async function openYourData(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Your data' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible()
  await waitForWatchLog(page)
}

const plan = (page: Page) => page.getByRole('region', { name: 'What the import would do' })

test('a Trakt export ZIP is planned, imported, shown on the episode page, in Stats and History, then undone', async ({
  page,
}, testInfo) => {
  const zipPath = await exportFile(testInfo, 'trakt-export-jdoe.zip', traktZip())
  await page.goto('/')
  await openYourData(page)

  await page.getByLabel('Export files').setInputFiles(zipPath)
  await expect(plan(page)).toContainText(/Trakt export: 13 viewings, \d+ ratings/)
  await expect(plan(page)).toContainText('14 viewings to add')
  // Nothing is written before Import.
  expect(await readRecord(page, 'tng-s01e03')).toBeUndefined()
  await screenshotAtSizes(page, 'import-plan', plan(page))

  await plan(page).getByRole('button', { name: 'Import' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Imported.' })).toBeVisible()
  await expect.poll(async () => (await readRecord(page, 'tng-s01e03'))?.plays.length).toBe(1)
  // Encounter at Farpoint is one episode on Trakt: both halves are marked.
  expect((await readRecord(page, 'tng-s01e02'))?.plays).toHaveLength(1)
  // Descent, Part II three times: three viewings, each on its own day.
  expect((await readRecord(page, 'tng-s07e01'))?.plays).toHaveLength(3)

  // Around the app as a person goes (links, not reloads: the Undo offer lasts the visit).
  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('link', { name: 'History' }).click()
  await expect(page.getByRole('heading', { name: /28 September 2025/ })).toBeVisible()
  await page
    .getByRole('link', { name: /The Naked Now/ })
    .first()
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'The Naked Now' })).toBeVisible()
  await expect(page.getByRole('checkbox', { name: 'Watched', exact: true })).toBeChecked()
  await expect(page.getByRole('textbox', { name: 'Date watched' })).toHaveValue('2025-09-28')
  await expect(page.getByRole('radio', { name: '2 stars', exact: true })).toBeChecked()

  await nav.getByRole('link', { name: 'Stats' }).click()
  await expect(page.getByRole('main')).toContainText('viewings')
  await expect(page.getByRole('main')).toContainText('2025')

  await openYourData(page)
  await page.getByRole('button', { name: 'Undo import' }).click()
  await expect(page.getByText('Import undone.')).toBeVisible()
  await expect.poll(async () => (await readRecord(page, 'tng-s01e03'))?.plays).toEqual([])
})

test('a damaged ZIP is refused by name and leaves the stored log byte for byte as it was', async ({
  page,
}, testInfo) => {
  await page.goto('/episode/tng-s01e03')
  await page.getByRole('checkbox', { name: 'Watched', exact: true }).click()
  await expect.poll(async () => (await readRecord(page, 'tng-s01e03'))?.plays.length).toBe(1)
  await openYourData(page)
  const before = await watchLogAfterPendingWrites(page)

  const zip = traktZip()
  const zipPath = await exportFile(
    testInfo,
    'trakt-export-cut.zip',
    zip.slice(0, Math.floor(zip.length / 2)),
  )
  await page.getByLabel('Export files').setInputFiles(zipPath)
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('trakt-export-cut.zip: the ZIP file is damaged or incomplete')
  await expect(alert).toContainText('Your data was not changed.')
  expect(await watchLogAfterPendingWrites(page)).toBe(before)
})
