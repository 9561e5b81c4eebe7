import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { readRecord, screenshotAtSizes, starGazer, waitForWatchLog } from './support/app'

/*
 * Issue 8, cases 1 and 6, in Chromium: typing into the note box while a big log loads, and the
 * database deleted from under an open tab.
 */

/** Puts a large log straight into IndexedDB from a same-origin page, before the app opens it. */
async function seedLargeLog(page: Page, count: number, note: string): Promise<void> {
  // A page of the same origin that does not run the app (which would open the database first).
  await page.goto('/catalogue.json')
  await page.evaluate(
    async ({ count, note, id }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('captains-log')
        request.onupgradeneeded = () => request.result.createObjectStore('watch-log')
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error ?? new Error('open failed'))
      })
      const tx = db.transaction('watch-log', 'readwrite')
      const store = tx.objectStore('watch-log')
      const record = (recordId: string, fields: object) => ({
        id: recordId,
        plays: [],
        skipped: false,
        rewatchStarts: [],
        rating10: null,
        note: '',
        updatedAt: 1,
        updatedBy: 'seed',
        ...fields,
      })
      store.put({ schemaVersion: 2, createdAt: 1 }, 'meta')
      for (let i = 0; i < count; i += 1) {
        store.put(record(`old-${i}`, { rating10: 6, note: `entry ${i}` }), `record:old-${i}`)
      }
      store.put(record(id, { note, rating10: 8 }), `record:${id}`)
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve()
        tx.onerror = () => reject(tx.error ?? new Error('seed failed'))
      })
      db.close()
    },
    { count, note, id: starGazer.id },
  )
}

test('typing into the note while a 50,000-entry log loads never replaces the stored note', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const stored = 'First line.\nSecond line.'
  await seedLargeLog(page, 50_000, stored)

  await page.goto(starGazer.url)
  const note = page.getByRole('textbox', { name: 'Your note' })
  // What a person does at once: click into the box and type. The click waits for the box to
  // be enabled, which it is only once the stored note is in it.
  await note.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type(' P.S.')
  await expect(note).toHaveValue(`${stored} P.S.`)
  await expect
    .poll(async () => (await readRecord(page, starGazer.id))?.note, { timeout: 30_000 })
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
