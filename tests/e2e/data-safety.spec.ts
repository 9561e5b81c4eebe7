import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import {
  finishFirstVisit,
  readRecord,
  screenshotAtSizes,
  seedLargeLog,
  starGazer,
  waitForWatchLog,
} from './support/app'

/*
 * Issue 8, cases 1 and 6, in Chromium: typing into the note box while a big log loads, and the
 * database deleted from under an open tab.
 */

test('typing into the note while a 50,000-entry log loads never replaces the stored note', async ({
  page,
}) => {
  // Generous waits, not tight ones: 50,000 entries load slowly on a loaded shared machine, and
  // a longer wait never slows a passing run.
  test.setTimeout(240_000)
  const stored = 'First line.\nSecond line.'
  await seedLargeLog(page, 50_000, { id: starGazer.id, note: stored })

  await page.goto(starGazer.url)
  const note = page.getByRole('textbox', { name: 'Your note' })
  // What a person does at once: click into the box and type. The click waits for the box to
  // be enabled, which it is only once the stored note is in it.
  await note.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type(' P.S.')
  await expect(note).toHaveValue(`${stored} P.S.`)
  await expect
    .poll(async () => (await readRecord(page, starGazer.id))?.note, { timeout: 120_000 })
    .toBe(`${stored} P.S.`)
})

test('a tab whose database is deleted says it is not saving and offers its data as a backup', async ({
  page,
  context,
}, testInfo) => {
  await page.goto(starGazer.seasonUrl)
  await waitForWatchLog(page)
  await page.getByRole('checkbox', { name: `Watched: ${starGazer.title}`, exact: true }).click()
  await expect.poll(async () => (await readRecord(page, starGazer.id))?.plays.length).toBe(1)

  // Another tab of the same site deletes the database (as "clear site data" would).
  const other = await context.newPage()
  await other.goto('/catalogue.json')
  const outcome = await other.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const request = indexedDB.deleteDatabase('captains-log')
        request.onsuccess = () => resolve('deleted')
        request.onerror = () => resolve('failed')
        request.onblocked = () => resolve('blocked')
      }),
  )
  expect(outcome).toBe('deleted')

  const alert = page.getByRole('alert').filter({ hasText: 'Not saving.' })
  await expect(alert).toContainText('was deleted or closed')
  await expect(page.getByText('Saved automatically')).toHaveCount(0)
  // The person can keep going in this tab, and take everything with them.
  await page.getByRole('checkbox', { name: 'Watched: Penance', exact: true }).click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Export backup' }).click(),
  ])
  const file = testInfo.outputPath(download.suggestedFilename())
  await download.saveAs(file)
  const backup = JSON.parse(await readFile(file, 'utf8')) as { records: { id: string }[] }
  expect(backup.records.map((r) => r.id)).toEqual([starGazer.id, 'pic-s02e02'])
  await screenshotAtSizes(page, 'database-deleted')
})

test('History with 10,000 viewings renders the rows near the screen and scrolls to the last', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await seedLargeLog(page, 10_000)
  await page.goto('/history')
  const list = page.getByRole('list').filter({ has: page.getByRole('listitem') })
  await expect(list.getByRole('listitem').first()).toBeVisible()
  const rendered = await list.getByRole('listitem').count()
  expect(rendered).toBeGreaterThan(5)
  expect(rendered).toBeLessThan(100)
  // The seeded viewings share one day: its heading, then the 10,000 of them.
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', '10001')

  // Rows measure themselves as they appear, so the list's full height settles while scrolling:
  // scroll to the end again until the last row is there, as a person pressing End would.
  const last = list.locator('li[aria-posinset="10001"]')
  await expect
    .poll(async () => {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
      return last.isVisible()
    })
    .toBe(true)
  expect(await list.getByRole('listitem').count()).toBeLessThan(100)
  await page.evaluate(() => window.scrollTo(0, 0))
  await expect(list.locator('li[aria-posinset="1"]')).toBeVisible()
  await screenshotAtSizes(page, 'history-10000', undefined, false)
})

test('Reload on the update prompt stops when storage is full, instead of losing the change', async ({
  page,
}) => {
  test.setTimeout(60_000)
  await page.goto(starGazer.url)
  await finishFirstVisit(page)
  await waitForWatchLog(page)

  // The disk stops taking writes, as when storage is full.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
  })
  await page.getByRole('textbox', { name: 'Your note' }).fill('typed while the disk was full')
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved.' })).toBeVisible()

  // A new version arrives: the worker script changes (same length, one revision differs).
  const sw = path.join(process.cwd(), 'dist', 'sw.js')
  const original = await readFile(sw, 'utf8')
  const changed = original.replace(
    /revision:"([0-9a-f])/,
    (_, c: string) => `revision:"${c === '0' ? '1' : '0'}`,
  )
  expect(changed).not.toBe(original)
  await writeFile(sw, changed)
  try {
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update()
    })
    await expect(page.getByText('New version available.')).toBeVisible({ timeout: 20_000 })
    await page.evaluate(() => {
      ;(window as { stillHere?: boolean }).stillHere = true
    })
    await page.getByRole('button', { name: 'Reload', exact: true }).click()

    const stopped = page.getByRole('alert').filter({ hasText: 'Not reloaded.' })
    await expect(stopped).toContainText('Reloading now would lose them')
    await expect(stopped.getByRole('button', { name: 'Export backup' })).toBeVisible()
    expect(await page.evaluate(() => (window as { stillHere?: boolean }).stillHere)).toBe(true)
    await expect(page.getByRole('textbox', { name: 'Your note' })).toHaveValue(
      'typed while the disk was full',
    )
    await screenshotAtSizes(page, 'update-not-reloaded')
  } finally {
    await writeFile(sw, original)
  }
})
