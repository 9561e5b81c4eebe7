import { expect, test } from '@playwright/test'
import { readRecord, readWatchLog, seedLargeLog, star, waitForWatchLog } from './support/app'
import { exportFile, traktZip } from './support/exports'
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

test('a bulk mark and an import undone on one device stay undone on the other', async ({
  browser,
}, testInfo) => {
  const url = await freshDatabase()
  const laptop = await browser.newContext()
  const phone = await browser.newContext()
  const onLaptop = await laptop.newPage()
  const onPhone = await phone.newPage()
  await turnOnSync(onLaptop, url)
  await turnOnSync(onPhone, url)

  await onLaptop.goto('/series/tng/season/1')
  await onLaptop.getByRole('button', { name: 'Mark season 1 watched' }).click()
  await onLaptop.getByText('Just now').click()
  await onLaptop.getByRole('button', { name: /^Mark \d+ episodes watched$/ }).click()
  await expect
    .poll(async () => (await readRecord(onPhone, 'tng-s01e05'))?.plays.length, converge)
    .toBe(1)
  await onLaptop.getByRole('button', { name: 'Undo' }).click()
  await expect
    .poll(async () => (await readRecord(onPhone, 'tng-s01e05'))?.plays.length, converge)
    .toBe(0)

  await onLaptop
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Your data' })
    .click()
  const zip = await exportFile(testInfo, 'trakt-export.zip', traktZip())
  await onLaptop.getByLabel('Export files').setInputFiles(zip)
  await onLaptop
    .getByRole('region', { name: 'What the import would do' })
    .getByRole('button', { name: 'Import' })
    .click()
  await expect
    .poll(async () => (await readRecord(onPhone, 'tng-s07e01'))?.plays.length, converge)
    .toBe(3)
  await onLaptop.getByRole('button', { name: 'Undo import' }).click()
  await expect
    .poll(async () => (await readRecord(onPhone, 'tng-s07e01'))?.plays.length, converge)
    .toBe(0)
  // Still undone after the phone starts again and exchanges everything once more.
  await onPhone.reload()
  await expect(onPhone.getByRole('status').filter({ hasText: /^Up to date/ })).toBeVisible(converge)
  expect((await readRecord(onPhone, 'tng-s07e01'))?.plays).toEqual([])
  expect((await readRecord(onLaptop, 'tng-s07e01'))?.plays).toEqual([])
  await laptop.close()
  await phone.close()
})

test('one tab syncs for the browser; when it closes, another takes over', async ({ browser }) => {
  const url = await freshDatabase()
  const laptop = await browser.newContext()
  const phone = await browser.newContext()
  const first = await laptop.newPage()
  await turnOnSync(first, url)
  const second = await laptop.newPage()
  await second.goto('/settings')
  // The second tab shows what the first says, and passes Sync now to it.
  await expect(
    second
      .getByRole('status')
      .filter({ hasText: /^Another tab of this browser syncs: Up to date/ }),
  ).toBeVisible()
  const onPhone = await phone.newPage()
  await turnOnSync(onPhone, url)
  await second.getByRole('button', { name: 'Sync now' }).click()
  await expect(
    second
      .getByRole('status')
      .filter({ hasText: /^Another tab of this browser syncs: Up to date/ }),
  ).toBeVisible(converge)
  await expect(first.getByRole('status').filter({ hasText: /^Up to date/ })).toBeVisible()

  await first.close()
  await expect(second.getByRole('status').filter({ hasText: /^Up to date/ })).toBeVisible(converge)
  await second.goto('/episode/tng-s01e03')
  await second.getByRole('checkbox', { name: 'Watched', exact: true }).click()
  await expect
    .poll(async () => (await readRecord(onPhone, 'tng-s01e03'))?.plays.length, converge)
    .toBe(1)
  await laptop.close()
  await phone.close()
})

test('a wrong password, a database that is not there and a server that is not there are each said in words, and sync stays off', async ({
  page,
}) => {
  const url = await freshDatabase()
  await page.goto('/settings')
  await page.getByLabel('Server address, with the database').fill(url)
  await page.getByLabel('User name').fill('fan')
  await page.getByLabel('Password').fill('wrong')
  await page.getByRole('button', { name: 'Turn on sync' }).click()
  await expect(page.getByRole('alert')).toContainText(
    'Sign-in failed: check the user name and password.',
  )
  await expect(page.getByRole('status').filter({ hasText: /^Off$/ })).toBeVisible()

  await page.getByLabel('Password').fill('make-it-so')
  await page.getByLabel('Server address, with the database').fill(`${url}-missing`)
  await page.getByRole('button', { name: 'Test connection' }).click()
  await expect(page.getByRole('alert')).toContainText('There is no database at that address.')

  await page.getByLabel('Server address, with the database').fill('http://127.0.0.1:9/captains-log')
  await page.getByRole('button', { name: 'Test connection' }).click()
  await expect(page.getByRole('alert')).toContainText('The server could not be reached.')
  await expect(page.getByRole('status').filter({ hasText: /^Off$/ })).toBeVisible()
})

test('a device that loses the network says Offline and catches up when it is back', async ({
  browser,
}) => {
  const url = await freshDatabase()
  const laptop = await browser.newContext()
  const page = await laptop.newPage()
  await turnOnSync(page, url)
  await laptop.setOffline(true)
  await page.getByRole('button', { name: 'Sync now' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: 'Offline: will retry by itself' }),
  ).toBeVisible(converge)
  await laptop.setOffline(false)
  await expect(page.getByRole('status').filter({ hasText: /^Up to date/ })).toBeVisible(converge)
  await laptop.close()
})

test('sync turned on at the first visit starts offline at the next: its code is kept for it', async ({
  browser,
}) => {
  const url = await freshDatabase()
  const laptop = await browser.newContext()
  const page = await laptop.newPage()
  // The first visit: the service worker does not control this page yet.
  await turnOnSync(page, url)
  const kept = () =>
    page.evaluate(async () => {
      const keys = await (await caches.open('captains-log-sync-code')).keys()
      return keys.map((key) => /\/(sync-database|replicator)-/.exec(key.url)?.[1]).sort()
    })
  await expect.poll(kept, converge).toEqual(['replicator', 'sync-database'])
  // The service worker takes the next navigation once activated; this page never fetched the
  // sync code through it, so only the controller's own copy can serve it offline.
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state))
    .toBe('activated')

  await laptop.setOffline(true)
  await page.goto('/episode/tng-s01e03')
  await waitForWatchLog(page)
  await page.getByRole('checkbox', { name: 'Watched', exact: true }).click()
  await expect.poll(async () => (await readRecord(page, 'tng-s01e03'))?.plays.length).toBe(1)
  await page.goto('/settings')
  // The replicator runs offline: it counts the edit as waiting.
  await expect(
    page.getByRole('status').filter({ hasText: 'Offline: will retry by itself' }),
  ).toBeVisible(converge)
  await expect(page.locator('dt:text-is("Changes waiting") + dd')).toHaveText('1')

  await laptop.setOffline(false)
  await expect(page.getByRole('status').filter({ hasText: /^Up to date/ })).toBeVisible(converge)
  await expect(page.locator('dt:text-is("Changes waiting") + dd')).toHaveText('0')
  expect((await serverDoc(url, 'tng-s01e03')).record.plays).toHaveLength(1)
  await laptop.close()
})
