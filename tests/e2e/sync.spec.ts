import { expect, test } from '@playwright/test'
import { readRecord, readWatchLog, seedLargeLog, star, waitForWatchLog } from './support/app'
import { freshDatabase, serverDoc, turnOnSync } from './support/sync'

/*
 * Issue 11 in real Chromium: two browser contexts are two devices, syncing through PouchDB
 * Server on 127.0.0.1 (started by the test run). Waits are for convergence, never timings.
 */

const converge = { timeout: 30_000 }
// Two browsers, a server and replication: more than the suite's 30 s on a loaded machine.
test.describe.configure({ timeout: 120_000 })

test('two devices converge: 1,000 records reach the second, then a live edit follows', async ({
  browser,
}) => {
  const url = await freshDatabase()
  const laptop = await browser.newContext()
  const phone = await browser.newContext()
  const onLaptop = await laptop.newPage()
  await seedLargeLog(onLaptop, 1000)
  await turnOnSync(onLaptop, url)

  const onPhone = await phone.newPage()
  await turnOnSync(onPhone, url)
  await expect
    .poll(
      async () => (await readWatchLog(onPhone))?.filter(([k]) => k.startsWith('record:')).length,
      converge,
    )
    .toBe(1000)
  expect((await readRecord(onPhone, 'old-999'))?.note).toBe('entry 999')

  await onLaptop.goto('/episode/tng-s01e03')
  await waitForWatchLog(onLaptop)
  await onLaptop.getByRole('checkbox', { name: 'Watched', exact: true }).click()
  await expect
    .poll(async () => (await readRecord(onPhone, 'tng-s01e03'))?.plays.length, converge)
    .toBe(1)
  // And the phone's screen shows it (the log tells the page, as between tabs).
  await onPhone.goto('/episode/tng-s01e03')
  await expect(onPhone.getByRole('checkbox', { name: 'Watched', exact: true })).toBeChecked()
  await laptop.close()
  await phone.close()
})

test('the same episode edited on both devices while apart ends with the later edit everywhere, no conflict on the server', async ({
  browser,
}) => {
  const url = await freshDatabase()
  const laptop = await browser.newContext()
  const phone = await browser.newContext()
  const onLaptop = await laptop.newPage()
  const onPhone = await phone.newPage()
  await turnOnSync(onLaptop, url)
  await turnOnSync(onPhone, url)

  // The laptop goes offline and rates; later, the phone rates differently and syncs.
  await laptop.setOffline(true)
  await onLaptop.goto('/episode/tng-s01e03').catch(() => undefined)
  await onLaptop.reload().catch(() => undefined)
  await waitForWatchLog(onLaptop)
  await star(onLaptop, '2 stars').click()
  await expect.poll(async () => (await readRecord(onLaptop, 'tng-s01e03'))?.rating10).toBe(4)
  await onPhone.goto('/episode/tng-s01e03')
  await waitForWatchLog(onPhone)
  await star(onPhone, '4.5 stars').click()
  await expect
    .poll(
      async () => (await serverDoc(url, 'tng-s01e03').catch(() => null))?.record.rating10,
      converge,
    )
    .toBe(9)

  await laptop.setOffline(false)
  await expect
    .poll(async () => (await readRecord(onLaptop, 'tng-s01e03'))?.rating10, converge)
    .toBe(9)
  await expect
    .poll(async () => (await serverDoc(url, 'tng-s01e03'))._conflicts ?? [], converge)
    .toEqual([])
  expect((await readRecord(onPhone, 'tng-s01e03'))?.rating10).toBe(9)
  await laptop.close()
  await phone.close()
})
