import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test, type Page } from '@playwright/test'
import { readRecord, readWatchLog, seedLargeLog, waitForWatchLog } from './support/app'
import {
  freshDatabase,
  putServerDocs,
  serverRecordCount,
  startSync,
  turnOnSync,
} from './support/sync'

/*
 * Issue 11's bad input and faults in real Chromium against PouchDB Server on 127.0.0.1: a
 * server answering HTML, documents not ours or of a newer app, a server dropping mid-way, a full
 * disk, and the replicating tab closed mid-way. Each ends with words on the screen, replication
 * paused or retried, and the log as it was.
 */

const converge = { timeout: 30_000 }
test.describe.configure({ timeout: 120_000 })

const status = (page: Page, text: string | RegExp) =>
  page.getByRole('status').filter({ hasText: text })
// Settings → Sync: the figure beside "Changes waiting".
const waiting = (page: Page) => page.locator('dt:text-is("Changes waiting") + dd')
const records = async (page: Page) =>
  ((await readWatchLog(page)) ?? []).filter(([key]) => key.startsWith('record:'))

// A captive portal's sign-in page, or a web server at the wrong address: HTML, allowed to be read.
let portal: Server
let portalUrl = ''
test.beforeAll(async () => {
  portal = createServer((_request, response) => {
    response.writeHead(200, {
      'Content-Type': 'text/html',
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept',
    })
    response.end('<!doctype html><title>Sign in to the train’s Wi-Fi</title><h1>Welcome</h1>')
  })
  await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve))
  portalUrl = `http://127.0.0.1:${(portal.address() as AddressInfo).port}/captains-log`
})
test.afterAll(() => new Promise<void>((resolve) => portal.close(() => resolve())))

test('a server that answers HTML is told as not CouchDB, and sync stays off', async ({ page }) => {
  await startSync(page, portalUrl)
  await expect(page.getByRole('alert')).toContainText('but not as a CouchDB database')
  await expect(status(page, /^Off$/)).toBeVisible()
})

test('documents of a newer app pause sync; those not ours are left alone; the log keeps its own', async ({
  page,
}) => {
  const url = await freshDatabase()
  await putServerDocs(url, [
    { _id: 'shopping-list', items: ['tea', 'Earl Grey', 'hot'] },
    { _id: 'record:tng-s01e04', v: 99, record: { id: 'tng-s01e04', futureField: true } },
  ])
  // This device rated "The Last Outpost" before sync was on.
  await page.goto('/episode/tng-s01e04')
  await waitForWatchLog(page)
  await page.getByRole('checkbox', { name: 'Watched', exact: true }).click()
  await expect.poll(async () => (await readRecord(page, 'tng-s01e04'))?.plays.length).toBe(1)
  const before = await readWatchLog(page)

  await startSync(page, url)
  await expect(status(page, /^Paused: the server holds data of a newer Captain’s Log/)).toBeVisible(
    converge,
  )
  expect(await readWatchLog(page)).toEqual(before)
  await page.reload()
  await expect(status(page, /^Paused: the server holds data of a newer/)).toBeVisible(converge)
  expect(await readWatchLog(page)).toEqual(before)
})

test('a server that drops mid-way is retried, and everything arrives once it answers again', async ({
  browser,
}) => {
  const url = await freshDatabase()
  const laptop = await browser.newContext({ serviceWorkers: 'block' })
  const page = await laptop.newPage()
  await seedLargeLog(page, 1000)
  const before = await records(page)

  // The first batch of 250 goes through; then the connection drops on every request.
  let batches = 0
  let dropping = false
  await laptop.route(`${new URL(url).origin}/**`, async (route) => {
    if (dropping) return route.abort('connectionreset')
    if (route.request().url().includes('_bulk_docs')) {
      batches += 1
      if (batches > 1) {
        dropping = true
        return route.abort('connectionreset')
      }
    }
    return route.continue()
  })
  await startSync(page, url)
  await expect(status(page, 'Offline: will retry by itself')).toBeVisible(converge)
  await expect(waiting(page)).not.toHaveText('0')
  const sent = await serverRecordCount(url)
  expect(sent).toBeGreaterThan(0)
  expect(sent).toBeLessThan(1000)

  await laptop.unrouteAll()
  await expect(status(page, /^Up to date/)).toBeVisible(converge)
  expect(await serverRecordCount(url)).toBe(1000)
  await expect(waiting(page)).toHaveText('0')
  expect(await records(page)).toEqual(before)
  await laptop.close()
})

test('a full disk stops taking changes in, with words, changes nothing, and Sync now catches up once there is space', async ({
  browser,
}) => {
  const url = await freshDatabase()
  const laptop = await browser.newContext()
  const phone = await browser.newContext()
  const onLaptop = await laptop.newPage()
  await seedLargeLog(onLaptop, 50)
  await turnOnSync(onLaptop, url)

  // The phone's storage is full: the log's transactions end as Chromium ends them then, aborted
  // with a QuotaExceededError (it gives no way to shrink an origin's quota once it has stored
  // anything, so the abort is made here).
  await phone.addInitScript(() => {
    const { put } = Object.getOwnPropertyDescriptors(IDBObjectStore.prototype)
    const realPut = put?.value as IDBObjectStore['put']
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
      const request = realPut.apply(this, args)
      if (this.name === 'watch-log' && sessionStorage.getItem('disk-full')) {
        const error = new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        Object.defineProperty(this.transaction, 'error', { get: () => error })
        this.transaction.abort()
      }
      return request
    }
  })
  const onPhone = await phone.newPage()
  await onPhone.goto('/settings')
  await waitForWatchLog(onPhone)
  await onPhone.evaluate(() => sessionStorage.setItem('disk-full', 'yes'))
  const before = await readWatchLog(onPhone)
  await startSync(onPhone, url)
  await expect(
    status(
      onPhone,
      'Stopped: this device’s storage is full; free some space. Sync now tries again.',
    ),
  ).toBeVisible(converge)
  expect(await readWatchLog(onPhone)).toEqual(before)

  // Space freed: Sync now, and the laptop's log arrives.
  await onPhone.evaluate(() => sessionStorage.removeItem('disk-full'))
  await onPhone.getByRole('button', { name: 'Sync now' }).click()
  await expect(status(onPhone, /^Up to date/)).toBeVisible(converge)
  await expect.poll(async () => (await records(onPhone)).length, converge).toBe(50)
  await laptop.close()
  await phone.close()
})

test('the replicating tab closed mid-way: another tab takes over and everything arrives', async ({
  browser,
}) => {
  const url = await freshDatabase()
  const phone = await browser.newContext()
  const onPhone = await phone.newPage()
  await seedLargeLog(onPhone, 1000)
  await turnOnSync(onPhone, url)
  await phone.close()

  const laptop = await browser.newContext({ serviceWorkers: 'block' })
  const first = await laptop.newPage()
  // The first tab's second batch from the server never comes back: it is stuck mid-way.
  let pulls = 0
  await first.route(`${new URL(url).origin}/**/_bulk_get*`, async (route) => {
    pulls += 1
    if (pulls > 1) return
    await route.continue()
  })
  await startSync(first, url)
  await expect.poll(async () => (await records(first)).length, converge).toBeGreaterThan(0)
  const second = await laptop.newPage()
  await second.goto('/settings')
  await expect(status(second, /^Another tab of this browser syncs/)).toBeVisible()
  expect((await records(second)).length).toBeLessThan(1000)

  await first.close()
  await expect(status(second, /^Up to date/)).toBeVisible(converge)
  await expect.poll(async () => (await records(second)).length, converge).toBe(1000)
  expect((await readRecord(second, 'old-999'))?.note).toBe('entry 999')
  await laptop.close()
})
