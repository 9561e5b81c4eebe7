import { expect, type Page } from '@playwright/test'

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
  plays: { precision: string; watchedAt: string | null }[]
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
