import { expect, type Page } from '@playwright/test'

/** The sync server the suite starts (playwright.config.ts: scripts/sync-server.mjs). */
export const SYNC_PORT = 5994
export const syncBase = `http://127.0.0.1:${SYNC_PORT}`
const admin = `Basic ${Buffer.from('admin:admin-password').toString('base64')}`
export const syncUser = { name: 'fan', password: 'make-it-so' }

async function asAdmin(method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${syncBase}${path}`, {
    method,
    headers: { Authorization: admin, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
  return response.json()
}

/** A database of its own for each test, only the test user a member, as a person would set up. */
export async function freshDatabase(): Promise<string> {
  const name = `log-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
  await asAdmin('PUT', `/${name}`)
  await asAdmin('PUT', `/${name}/_security`, {
    admins: { names: [], roles: [] },
    members: { names: [syncUser.name], roles: [] },
  })
  return `${syncBase}/${name}`
}

/** A document on the server as it is there, its conflicts included. */
export async function serverDoc(
  url: string,
  id: string,
): Promise<{
  _conflicts?: string[]
  record: { rating10: number | null; note: string; plays: unknown[] }
}> {
  const path = new URL(url).pathname
  return (await asAdmin(
    'GET',
    `${path}/${encodeURIComponent(`record:${id}`)}?conflicts=true`,
  )) as never
}

/** Documents put on the server as another app (or a newer version of this one) would. */
export async function putServerDocs(url: string, docs: object[]): Promise<void> {
  await asAdmin('POST', `${new URL(url).pathname}/_bulk_docs`, { docs })
}

/** How many of our record documents the server holds. */
export async function serverRecordCount(url: string): Promise<number> {
  const { rows } = (await asAdmin('GET', `${new URL(url).pathname}/_all_docs`)) as {
    rows: { id: string }[]
  }
  return rows.filter((row) => row.id.startsWith('record:')).length
}

/** Settings → Sync, filled in and Turn on sync pressed, as a person does it. */
export async function startSync(page: Page, url: string): Promise<void> {
  await page.goto('/settings')
  await page.getByLabel('Server address, with the database').fill(url)
  await page.getByLabel('User name').fill(syncUser.name)
  await page.getByLabel('Password').fill(syncUser.password)
  await page.getByRole('button', { name: 'Turn on sync' }).click()
}

/** Settings → Sync turned on; waits for "Up to date". */
export async function turnOnSync(page: Page, url: string): Promise<void> {
  await startSync(page, url)
  await expect(page.getByRole('status').filter({ hasText: /^Up to date/ })).toBeVisible({
    timeout: 20_000,
  })
}
