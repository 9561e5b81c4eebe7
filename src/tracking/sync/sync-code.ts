/**
 * PouchDB and the replicator are not precached (people who never turn sync on never download
 * them); the service worker keeps them in this cache once fetched, and the controller puts them
 * there itself when sync starts, since a page opened before the service worker took control
 * fetches them past it. vite.config.ts reads these too.
 */
export const SYNC_CODE_CACHE = 'captains-log-sync-code'
export const SYNC_CODE = /\/assets\/(sync-database|replicator)-[\w-]+\.js$/

/**
 * Keeps the sync code this page loaded for offline use, and drops other versions' copies. Best
 * effort: without Cache Storage (or with a full disk) sync still runs while online.
 */
export async function keepSyncCodeOffline(): Promise<void> {
  if (typeof caches === 'undefined' || typeof performance === 'undefined') return
  const loaded = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => SYNC_CODE.test(new URL(url).pathname))
  if (loaded.length === 0) return
  const cache = await caches.open(SYNC_CODE_CACHE)
  for (const request of await cache.keys()) {
    if (!loaded.includes(request.url)) await cache.delete(request)
  }
  for (const url of loaded) if (!(await cache.match(url))) await cache.add(url)
}
