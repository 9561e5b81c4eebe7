import { expect, type Locator, type Page } from '@playwright/test'

export const starGazer = {
  id: 'pic-s02e01',
  title: 'The Star Gazer',
  url: '/episode/pic-s02e01',
  seasonUrl: '/series/pic/season/2',
} as const

/**
 * The first visit installs the service worker. With `registerType: 'prompt'` it does not claim
 * the open page (no clientsClaim), so: wait until the worker is *activated* (its precache is
 * then complete; `ready` alone can resolve while it is still activating), then reload, and the
 * page is controlled from then on. Reloading earlier can leave the page uncontrolled for good.
 */
export async function finishFirstVisit(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready
    const worker = registration.active
    if (!worker || worker.state === 'activated') return
    await new Promise<void>((resolve) => {
      worker.addEventListener('statechange', () => {
        if (worker.state === 'activated') resolve()
      })
    })
  })
  await page.reload()
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated')
}

export type RawEntry = [key: string, value: unknown]

/**
 * Every entry of the watch log exactly as stored (IndexedDB 'captains-log' / 'watch-log'),
 * sorted by key. Never creates the database: opening a missing one would create it empty.
 */
export async function readWatchLog(page: Page): Promise<RawEntry[] | null> {
  return page.evaluate(async () => {
    const exists = (await indexedDB.databases()).some((d) => d.name === 'captains-log')
    if (!exists) return null
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('captains-log')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error ?? new Error('open failed'))
    })
    try {
      if (!db.objectStoreNames.contains('watch-log')) return null
      const store = db.transaction('watch-log', 'readonly').objectStore('watch-log')
      const read = <T>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result)
          request.onerror = () => reject(request.error ?? new Error('read failed'))
        })
      const [keys, values] = await Promise.all([read(store.getAllKeys()), read(store.getAll())])
      return keys
        .map((key, i): [string, unknown] => [
          typeof key === 'string' ? key : JSON.stringify(key),
          values[i],
        ])
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    } finally {
      db.close()
    }
  })
}

export interface StoredRecord {
  id: string
  plays: { precision: string; watchedAt: string | null; loggedAt: number }[]
  skipped: boolean
  rewatchStarts: number[]
  rating10: number | null
  note: string
  updatedAt: number
  updatedBy: string
}

/** One stored record (`record:<id>`), or undefined. */
export async function readRecord(page: Page, id: string): Promise<StoredRecord | undefined> {
  const entries = (await readWatchLog(page)) ?? []
  return entries.find(([key]) => key === `record:${id}`)?.[1] as StoredRecord | undefined
}

/** The visible star half a person clicks for a rating (the radio inside it is visually hidden). */
export function star(page: Page, name: string) {
  return page.locator('label').filter({ has: page.getByRole('radio', { name, exact: true }) })
}

/** Home → series card → "Season 2" in the Seasons navigation, the way a person gets there. */
export async function openPicardSeason2FromHome(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Star Trek: Picard', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Star Trek: Picard' })).toBeVisible()
  await page
    .getByRole('navigation', { name: 'Seasons' })
    .getByRole('link', { name: /Season 2/ })
    .click()
  await expect(page).toHaveURL(starGazer.seasonUrl)
  await expect(page.getByRole('heading', { level: 2, name: 'Season 2' })).toBeVisible()
}

/** Home → series card → season → episode link. */
export async function openStarGazerFromHome(page: Page): Promise<void> {
  await openPicardSeason2FromHome(page)
  await page.getByRole('link', { name: starGazer.title, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: starGazer.title })).toBeVisible()
}

/**
 * Resolves once this page's watch log has loaded from IndexedDB: the sync engine then sets the
 * performance mark `captains-log:tracking-ready` (not in read-only mode after a failed load).
 * Before that, a tab queues what other tabs tell it and computes import plans from nothing.
 */
export async function waitForWatchLog(page: Page): Promise<void> {
  await page.waitForFunction(
    () => performance.getEntriesByName('captains-log:tracking-ready', 'mark').length > 0,
  )
}

/**
 * Every watch-log entry as one JSON string (for byte-for-byte comparisons), read only after any
 * write the page has already started. An edit is written from a timer of 0 ms; after two more
 * turns of the page's event loop its readwrite transaction exists, and IndexedDB runs a later
 * read of the same store only once every readwrite transaction created before it has finished.
 */
export async function watchLogAfterPendingWrites(page: Page): Promise<string> {
  await page.evaluate(
    () => new Promise<void>((resolve) => setTimeout(() => setTimeout(resolve, 0), 0)),
  )
  return JSON.stringify(await readWatchLog(page))
}

export const screenSizes = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
] as const

/**
 * Screenshots of what the window shows and of the whole page, at the phone and desktop sizes, to
 * test-results/screens/<size>-<screen>.png for a person to look at; softly checks that nothing
 * scrolls sideways. Puts the page's viewport back afterwards.
 */
export async function screenshotAtSizes(
  page: Page,
  screen: string,
  focus?: Locator,
  /** False for a page too tall for one image (a History of thousands of rows). */
  fullPage = true,
): Promise<void> {
  const original = page.viewportSize()
  for (const { name, viewport } of screenSizes) {
    await page.setViewportSize(viewport)
    if (focus) await focus.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `test-results/screens/${name}-${screen}.png` })
    if (fullPage) {
      await page.screenshot({
        path: `test-results/screens/${name}-${screen}-full.png`,
        fullPage: true,
      })
    }
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect.soft(sideways, `${screen} at ${name} size scrolls sideways`).toBeLessThanOrEqual(0)
  }
  if (original) await page.setViewportSize(original)
}

/**
 * Puts `count` watched entries (unknown ids, one viewing each, a rating and a note) straight into
 * IndexedDB from a same-origin page, before the app opens it; and `special` (an episode with a note).
 */
export async function seedLargeLog(
  page: Page,
  count: number,
  special?: { id: string; note: string },
): Promise<void> {
  // A page of the same origin that does not run the app (which would open the database first).
  await page.goto('/catalogue.json')
  await page.evaluate(
    async ({ count, special }) => {
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
        const play = { precision: 'date', watchedAt: '2024-01-01', loggedAt: i }
        const fields = { rating10: 6, note: `entry ${i}`, plays: [play] }
        store.put(record(`old-${i}`, fields), `record:old-${i}`)
      }
      if (special) {
        const play = { precision: 'date', watchedAt: '2024-02-01', loggedAt: count }
        store.put(
          record(special.id, { ...special, rating10: 8, plays: [play] }),
          `record:${special.id}`,
        )
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve()
        tx.onerror = () => reject(tx.error ?? new Error('seed failed'))
      })
      db.close()
    },
    { count, special },
  )
}
