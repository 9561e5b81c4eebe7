import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, test } from '@playwright/test'
import { baseURL, chromiumArgs, chromiumExecutable } from './support/chromium'
import { finishFirstVisit } from './support/app'

interface ManifestIcon {
  src: string
  sizes?: string
  type?: string
  purpose?: string
}

test('Chromium can install the app: no installability errors, and a manifest without errors that has 192 px, 512 px and maskable icons', async () => {
  // A normal (non-persistent) context is incognito, which Chromium never offers to install.
  const userDataDir = await mkdtemp(join(tmpdir(), 'captains-log-install-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumExecutable,
    args: chromiumArgs,
    baseURL,
  })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto('/')
    await finishFirstVisit(page)

    const cdp = await context.newCDPSession(page)
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
    expect(installabilityErrors).toEqual([])

    const manifest = await cdp.send('Page.getAppManifest')
    expect(manifest.url).toBe(`${baseURL}/manifest.webmanifest`)
    expect(manifest.errors).toEqual([])
    const data = JSON.parse(manifest.data ?? '{}') as {
      name?: string
      short_name?: string
      start_url?: string
      display?: string
      icons?: ManifestIcon[]
    }
    expect(data).toMatchObject({ start_url: '/', display: 'standalone' })
    expect(data.name).toContain('Captain’s Log')
    const icons = data.icons ?? []
    const any = (icon: ManifestIcon) => (icon.purpose ?? 'any').split(/\s+/).includes('any')
    const maskable = (icon: ManifestIcon) => (icon.purpose ?? '').split(/\s+/).includes('maskable')
    expect(icons.some((i) => i.sizes === '192x192' && any(i))).toBe(true)
    expect(icons.some((i) => i.sizes === '512x512' && any(i))).toBe(true)
    expect(icons.some((i) => maskable(i))).toBe(true)

    // Every icon the manifest names is really served, as an image.
    for (const icon of icons) {
      const response = await page.request.get(new URL(icon.src, manifest.url).href)
      expect(response.status(), icon.src).toBe(200)
      expect(response.headers()['content-type'], icon.src).toContain('image/png')
    }
  } finally {
    await context.close()
    await rm(userDataDir, { recursive: true, force: true })
  }
})

test('the service worker precaches each file once, the icons and the manifest included', async ({
  request,
}) => {
  const worker = await (await request.get('/sw.js')).text()
  const urls = [...worker.matchAll(/url:\s*"([^"]+)"/g)].map((m) => m[1])
  expect(urls).toEqual(expect.arrayContaining(['manifest.webmanifest', 'pwa-192x192.png']))
  expect(urls.filter((url, i) => urls.indexOf(url) !== i)).toEqual([])
})
