#!/usr/bin/env node
/**
 * `npm run bench`: persistence figures for Captain's Log, measured in real Chromium against
 * production builds. Prints tables and writes bench/results.json. Figures only: it never
 * fails on a time (machines are noisy); it exits non-zero only when something crashes.
 *
 *  1. Edit cost (action -> IndexedDB transaction committed) with 100 / 1,000 / 10,000 records
 *     stored, for the real sync engine and for the zustand-persist "one JSON blob" baseline,
 *     in the harness page built from bench/ (bench/vite.config.ts).
 *  2. Navigation -> 'captains-log:tracking-ready' in the real production app with a heavy
 *     profile, service workers blocked.
 *  3. JS heap after load (CDP), heavy profile and empty profile.
 *  4. History with 10,000 records (the heavy profile plus unknown ids): navigation -> first
 *     diary row shown, and how many DOM nodes and rows the page then holds.
 *  5. Catalogue ready at 4x CPU slowdown (CDP), second visit (HTTP cache, no service worker):
 *     the request's start -> the app's 'captains-log:catalogue-ready' mark (downloaded, digest
 *     checked, parsed).
 *
 *  6. Import of a Trakt export ZIP of 20,000 viewings (generated over the real catalogue, 80
 *     files of 250 as Trakt pages them) into an empty log, through the file picker: chosen ->
 *     plan shown (unzip, parse and match in the Web Worker), Import -> "Imported." (one
 *     transaction), and the longest main-thread task meanwhile (is the page responsive?).
 *
 *  7. Sync through PouchDB Server (scripts/sync-server.mjs, in memory, on a bench port): a device
 *     with 1,000 records syncs; a second device turns sync on -> all 1,000 in its IndexedDB; then
 *     a live edit on the first -> on the second's disk.
 *
 * Environment: CHROME_PATH (default /usr/bin/chromium), BENCH_SAMPLES (50), BENCH_WARMUP (10),
 * BENCH_LOADS (10), BENCH_COLD_LOADS (5), BENCH_SIZES (100,1000,10000).
 * Builds go to node_modules/.cache/captains-log-bench/; servers use ports 4191-4199 only.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import * as prettier from 'prettier'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const BENCH_DIR = path.join(ROOT, 'bench')
const CACHE_DIR = path.join(ROOT, 'node_modules', '.cache', 'captains-log-bench')
const APP_OUT = path.join(CACHE_DIR, 'app')
const VITE = path.join(ROOT, 'node_modules', '.bin', 'vite')
const RESULTS = path.join(BENCH_DIR, 'results.json')
// 4190 is in the Fetch standard's "bad ports" list (ManageSieve): Chromium and Node's fetch
// refuse it (ERR_UNSAFE_PORT / "bad port"), so the bench uses 4191-4199.
const PORTS = [4191, 4192, 4193, 4194, 4195, 4196, 4197, 4198, 4199]

const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium'
const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

const int = (name, fallback) => {
  const value = Number.parseInt(process.env[name] ?? '', 10)
  return Number.isFinite(value) && value > 0 ? value : fallback
}
const SAMPLES = int('BENCH_SAMPLES', 50)
const WARMUP = int('BENCH_WARMUP', 10)
const LOADS = int('BENCH_LOADS', 10)
const COLD_LOADS = int('BENCH_COLD_LOADS', 5)
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number)
const GAP_MS = 5
const READY_MARK = 'captains-log:tracking-ready'
const APP_DB = 'captains-log'
const APP_STORE = 'watch-log'

// ---------------------------------------------------------------- processes and cleanup

const children = new Set()
const tempDirs = new Set()
const closers = new Set()

const log = (...parts) => console.error('[bench]', ...parts)

function runStep(label, args) {
  return new Promise((resolve, reject) => {
    const started = Date.now()
    const child = spawn(VITE, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code === 0) {
        log(`${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
        resolve()
      } else reject(new Error(`${label} failed (exit ${code}):\n${output}`))
    })
  })
}

function canListen(port) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })
}

const usedPorts = new Set()
async function freePort() {
  for (const port of PORTS) {
    if (usedPorts.has(port)) continue
    if (await canListen(port)) {
      usedPorts.add(port)
      return port
    }
  }
  throw new Error(`no free port in ${PORTS[0]}-${PORTS.at(-1)}`)
}

/** `node_modules/.bin/vite preview ...` as a direct child (its PID is the server's). */
async function startPreview(label, args) {
  const port = await freePort()
  const child = spawn(
    VITE,
    ['preview', ...args, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  children.add(child)
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  let exited = false
  child.on('exit', () => {
    exited = true
    children.delete(child)
  })
  const url = `http://127.0.0.1:${port}/`
  const deadline = Date.now() + 20_000
  for (;;) {
    if (exited) throw new Error(`${label} server exited early:\n${output}`)
    try {
      const response = await fetch(url)
      if (response.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${label} server did not start:\n${output}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  log(`${label} server on ${url} (pid ${child.pid})`)
  return url
}

async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 3000))
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    child.kill('SIGKILL')
    await exited
  }
}

async function cleanup() {
  for (const close of [...closers]) await close().catch(() => {})
  closers.clear()
  await Promise.all([...children].map(stopChild))
  for (const dir of tempDirs) await rm(dir, { recursive: true, force: true }).catch(() => {})
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    log(`${signal}: stopping servers`)
    void cleanup().finally(() => process.exit(130))
  })
}

async function tempDir(label) {
  const dir = await mkdtemp(path.join(os.tmpdir(), `captains-log-bench-${label}-`))
  tempDirs.add(dir)
  return dir
}

const launchOptions = { executablePath: CHROME_PATH, args: CHROME_ARGS }

async function launchBrowser() {
  const browser = await chromium.launch(launchOptions)
  const close = () => browser.close()
  closers.add(close)
  return { browser, close: () => (closers.delete(close), close()) }
}

/** A real on-disk Chromium profile (a plain newContext keeps IndexedDB in memory). */
async function launchProfile(userDataDir) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    ...launchOptions,
    serviceWorkers: 'block',
  })
  await context.addInitScript(instrumentIndexedDB)
  const close = () => context.close()
  closers.add(close)
  return { context, close: () => (closers.delete(close), close()) }
}

function watchPage(page, label) {
  page.on('pageerror', (error) => log(`${label}: page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') log(`${label}: console error: ${message.text()}`)
  })
}

// ---------------------------------------------------------------- statistics and printing

const sorted = (values) => [...values].sort((a, b) => a - b)
function median(values) {
  const s = sorted(values)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}
/** Nearest rank: with 10 samples the p95 is the largest one. */
function p95(values) {
  const s = sorted(values)
  return s[Math.max(0, Math.ceil(0.95 * s.length) - 1)]
}
const round = (value, digits = 3) => Number(value.toFixed(digits))
const summary = (values) => ({
  n: values.length,
  median: round(median(values)),
  p95: round(p95(values)),
  min: round(Math.min(...values)),
  max: round(Math.max(...values)),
})
const ms = (value) =>
  value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0)
const ratio = (a, b) => (b > 0 ? a / b : Number.NaN)

function table(headers, rows, align) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)))
  const cell = (value, i) =>
    align[i] === 'r' ? String(value).padStart(widths[i]) : String(value).padEnd(widths[i])
  const line = (r) => r.map(cell).join('  ').trimEnd()
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

// ---------------------------------------------------------------- 1. edit cost (harness)

async function benchEdits(harnessUrl) {
  const profile = await launchProfile(await tempDir('edits'))
  try {
    const page = profile.context.pages()[0] ?? (await profile.context.newPage())
    watchPage(page, 'harness')
    await page.goto(harnessUrl)
    await page.waitForFunction(() => window.captainsLogBench !== undefined)
    const results = []
    for (const size of SIZES) {
      for (const design of ['ours', 'baseline']) {
        const options = { design, size, warmup: WARMUP, samples: SAMPLES, gapMs: GAP_MS }
        const result = await page.evaluate((o) => window.captainsLogBench.run(o), options)
        log(
          `edits: ${design} ${size} records: loaded in ${ms(result.loadMs)} ms,` +
            ` toggle median ${ms(median(result.toggle.total))} ms,` +
            ` note median ${ms(median(result.note.total))} ms`,
        )
        results.push(result)
      }
    }
    return results
  } finally {
    await profile.close()
  }
}

// ---------------------------------------------------------------- 2 and 3. the real app

/** The record format heavyProfile() writes: the app's SCHEMA_VERSION, checked before a run. */
const RECORD_FORMAT = 2

/** Every catalogue entry watched, 3 exact plays each, 990 notes of 1 KB. */
async function heavyProfile() {
  const model = await readFile(path.join(ROOT, 'src', 'tracking', 'model.ts'), 'utf8')
  const appFormat = Number(/export const SCHEMA_VERSION = (\d+)/.exec(model)?.[1])
  if (appFormat !== RECORD_FORMAT) {
    throw new Error(
      `bench/run.mjs seeds record format ${RECORD_FORMAT} but the app is at ${appFormat}: update heavyProfile(), or the bench measures a migration instead of a load.`,
    )
  }
  const catalogue = JSON.parse(await readFile(path.join(ROOT, 'public', 'catalogue.json'), 'utf8'))
  const ids = catalogue.series.flatMap((series) =>
    series.seasons.flatMap((season) => season.episodes.map((episode) => episode.id)),
  )
  const base = Date.UTC(2023, 0, 1)
  const note = 'Fascinating. The needs of the many outweigh the needs of the few. '
    .repeat(20)
    .slice(0, 1024)
  // Today's record format, so the app loads the profile as it is: the figures are of a normal
  // load, not of a one-off migration.
  const records = ids.map((id, i) => ({
    id,
    plays: [0, 1, 2].map((k) => {
      const at = base + (k * ids.length + i) * 3_600_000
      return { precision: 'exact', watchedAt: new Date(at).toISOString(), loggedAt: at }
    }),
    skipped: false,
    rewatchStarts: [],
    rating10: (i % 10) + 1,
    note: i < 990 ? note : '',
    updatedAt: base + 3 * ids.length * 3_600_000 + i,
    updatedBy: 'bench-seed',
  }))
  return { ids, records, meta: { schemaVersion: RECORD_FORMAT, createdAt: base } }
}

/** Raw IndexedDB in the app's origin: clear the store, write every record and meta, one transaction. */
function seedInPage({ dbName, storeName, records, meta }) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(dbName)
    open.onupgradeneeded = () => open.result.createObjectStore(storeName)
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const db = open.result
      const tx = db.transaction(storeName, 'readwrite')
      const store = tx.objectStore(storeName)
      store.clear()
      for (const record of records) store.put(record, `record:${record.id}`)
      store.put(meta, 'meta')
      tx.oncomplete = () => {
        db.close()
        resolve(records.length)
      }
      tx.onabort = () => {
        db.close()
        reject(tx.error)
      }
    }
  })
}

/**
 * Init script (bench only, the app is not changed): marks the page's first indexedDB.open()
 * call, its success, and the first getAll() result (idb-keyval's entries(), i.e. the whole log
 * read), so a load can be split into boot / open / read / validate+set state.
 */
function instrumentIndexedDB() {
  const mark = (name) => {
    if (performance.getEntriesByName(name).length === 0) performance.mark(name)
  }
  const open = IDBFactory.prototype.open
  IDBFactory.prototype.open = function (...args) {
    mark('bench:idb-open-called')
    const request = open.apply(this, args)
    request.addEventListener('success', () => mark('bench:idb-opened'))
    return request
  }
  const getAll = IDBObjectStore.prototype.getAll
  IDBObjectStore.prototype.getAll = function (...args) {
    const request = getAll.apply(this, args)
    request.addEventListener('success', () => mark('bench:idb-read'))
    return request
  }
}

const PHASES = ['dcl', 'openCalled', 'opened', 'read', 'ready']

/** ms since navigation start: DOMContentLoaded, the instrumented IndexedDB marks, the ready mark. */
async function readyTime(page) {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, READY_MARK, {
    timeout: 30_000,
  })
  return page.evaluate((mark) => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN
    const [navigation] = performance.getEntriesByType('navigation')
    return {
      dcl: navigation?.domContentLoadedEventEnd ?? Number.NaN,
      openCalled: at('bench:idb-open-called'),
      opened: at('bench:idb-opened'),
      read: at('bench:idb-read'),
      ready: at(mark),
    }
  }, READY_MARK)
}

/**
 * The page shows the whole profile (all watched, or none for the empty one; the pilot season
 * does not count toward progress), nothing unknown, not read-only, and no service worker runs.
 */
async function checkApp(page, heavy) {
  const hero = page.locator('.hero__meta')
  await hero.waitFor({ timeout: 15_000 })
  const text = ((await hero.textContent()) ?? '').trim()
  const [, watched, total] = (/^(\d+) of (\d+) watched/.exec(text) ?? []).map(Number)
  const profileShown = heavy ? watched === total && total > 1000 : watched === 0 && total > 1000
  const controlled = await page.evaluate(() => navigator.serviceWorker?.controller != null)
  const readonly = await page.getByText('Read-only.').count()
  const unknown = await page.getByText('Unknown episodes').count()
  if (!profileShown || controlled || readonly > 0 || unknown > 0) {
    throw new Error(
      `app check failed (${heavy ? 'heavy' : 'empty'} profile): hero "${text}",` +
        ` service worker controlling: ${controlled}, read-only: ${readonly > 0}, unknown: ${unknown > 0}`,
    )
  }
}

async function loadOnce(context, appUrl, heavy, label) {
  const page = await context.newPage()
  watchPage(page, label)
  try {
    await page.goto(appUrl, { waitUntil: 'commit' })
    const times = await readyTime(page)
    await checkApp(page, heavy)
    return times
  } finally {
    await page.close()
  }
}

async function heapOnce(context, appUrl, heavy, label) {
  const page = await context.newPage()
  watchPage(page, label)
  try {
    await page.goto(appUrl)
    await readyTime(page)
    await checkApp(page, heavy)
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(500)
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('HeapProfiler.collectGarbage')
    await cdp.send('HeapProfiler.collectGarbage')
    const usage = await cdp.send('Runtime.getHeapUsage')
    await cdp.send('Performance.enable')
    const { metrics } = await cdp.send('Performance.getMetrics')
    await cdp.detach()
    const jsHeapUsed = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN
    return { usedMB: usage.usedSize / 2 ** 20, jsHeapUsedMB: jsHeapUsed / 2 ** 20 }
  } finally {
    await page.close()
  }
}

async function seedApp(context, appUrl, heavy) {
  const page = await context.newPage()
  watchPage(page, 'seed')
  try {
    await page.goto(appUrl)
    await readyTime(page)
    await page.evaluate(seedInPage, {
      dbName: APP_DB,
      storeName: APP_STORE,
      records: heavy.records,
      meta: heavy.meta,
    })
  } finally {
    await page.close()
  }
}

async function repeat(count, fn) {
  const values = []
  for (let i = 0; i < count; i++) values.push(await fn(i))
  return values
}

async function benchApp(appUrl, heavy) {
  const loads = []
  const heap = []

  // Heavy profile, real on-disk Chromium profile, a new tab per navigation.
  const heavyDir = await tempDir('heavy')
  let profile = await launchProfile(heavyDir)
  try {
    await seedApp(profile.context, appUrl, heavy)
    const warm = await repeat(LOADS, () => loadOnce(profile.context, appUrl, true, 'heavy'))
    loads.push({ profile: 'heavy', where: 'on-disk profile, new tab each time', times: warm })
    log(`app: heavy, on-disk, new tab: median ${ms(median(warm.map((t) => t.ready)))} ms`)
    const heapHeavy = await repeat(3, () => heapOnce(profile.context, appUrl, true, 'heavy heap'))
    heap.push({ profile: 'heavy', samples: heapHeavy })
  } finally {
    await profile.close()
  }

  // Same profile, browser restarted before each navigation (cold IndexedDB backing store).
  const cold = await repeat(COLD_LOADS, async () => {
    profile = await launchProfile(heavyDir)
    try {
      return await loadOnce(profile.context, appUrl, true, 'heavy cold')
    } finally {
      await profile.close()
    }
  })
  loads.push({ profile: 'heavy', where: 'on-disk profile, browser restarted', times: cold })
  log(`app: heavy, on-disk, cold browser: median ${ms(median(cold.map((t) => t.ready)))} ms`)

  // What browser.newContext() gives: an incognito context, whose IndexedDB lives in memory.
  const { browser, close } = await launchBrowser()
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' })
    await context.addInitScript(instrumentIndexedDB)
    await seedApp(context, appUrl, heavy)
    const incognito = await repeat(LOADS, () => loadOnce(context, appUrl, true, 'incognito'))
    loads.push({
      profile: 'heavy',
      where: 'incognito newContext (IDB in memory)',
      times: incognito,
    })
    log(`app: heavy, incognito: median ${ms(median(incognito.map((t) => t.ready)))} ms`)
    await context.close()
  } finally {
    await close()
  }

  // Empty profile, for comparison.
  profile = await launchProfile(await tempDir('empty'))
  try {
    const empty = await repeat(LOADS, () => loadOnce(profile.context, appUrl, false, 'empty'))
    loads.push({ profile: 'empty', where: 'on-disk profile, new tab each time', times: empty })
    log(`app: empty, on-disk: median ${ms(median(empty.map((t) => t.ready)))} ms`)
    const heapEmpty = await repeat(3, () => heapOnce(profile.context, appUrl, false, 'empty heap'))
    heap.push({ profile: 'empty', samples: heapEmpty })
  } finally {
    await profile.close()
  }
  return { loads, heap }
}

const HISTORY_RECORDS = 10_000

/** The heavy profile topped up to 10,000 records with one viewing each (ids not in the catalogue). */
function historyProfile(heavy) {
  const extra = Array.from({ length: HISTORY_RECORDS - heavy.records.length }, (_, i) => ({
    id: `bench-old-${i}`,
    plays: [{ precision: 'date', watchedAt: '2024-01-01', loggedAt: i }],
    skipped: false,
    rewatchStarts: [],
    rating10: null,
    note: '',
    updatedAt: i + 1,
    updatedBy: 'bench-seed',
  }))
  return { records: [...heavy.records, ...extra], meta: heavy.meta }
}

async function historyOnce(context, appUrl) {
  const page = await context.newPage()
  watchPage(page, 'history')
  try {
    // Opened as a page: boot, the whole log read from IndexedDB, then History drawn.
    await page.goto(new URL('/history', appUrl).href, { waitUntil: 'commit' })
    await page.waitForSelector('.diary li', { timeout: 30_000 })
    const opened = await page.evaluate((mark) => {
      const ready = performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN
      return {
        shown: performance.now(),
        ready,
        nodes: document.getElementsByTagName('*').length,
        rows: document.querySelectorAll('.diary li').length,
      }
    }, READY_MARK)
    // Reached from another screen (Stats links to it), the log loaded: click -> first row drawn.
    await page.getByRole('link', { name: 'Stats', exact: true }).first().click()
    await page.waitForSelector('a[href="/history"]')
    const navigated = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const link = [...document.querySelectorAll('a')].find(
            (a) => a.getAttribute('href') === '/history',
          )
          const start = performance.now()
          const done = () => {
            if (document.querySelector('.diary li')) {
              // The frame after the rows are in the DOM: what a person sees.
              requestAnimationFrame(() => resolve(performance.now() - start))
            } else requestAnimationFrame(done)
          }
          link?.click()
          requestAnimationFrame(done)
        }),
    )
    return { ...opened, navigated }
  } finally {
    await page.close()
  }
}

async function benchHistory(appUrl, heavy) {
  const profile = await launchProfile(await tempDir('history'))
  try {
    await seedApp(profile.context, appUrl, historyProfile(heavy))
    const runs = await repeat(LOADS, () => historyOnce(profile.context, appUrl))
    log(`history: 10,000 records: median ${ms(median(runs.map((r) => r.shown)))} ms`)
    return runs
  } finally {
    await profile.close()
  }
}

async function catalogueReadyOnce(context, appUrl) {
  const page = await context.newPage()
  watchPage(page, 'catalogue')
  try {
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await page.goto(appUrl, { waitUntil: 'commit' })
    await page.waitForFunction(
      () => performance.getEntriesByName('captains-log:catalogue-ready').length > 0,
      undefined,
      { timeout: 30_000 },
    )
    return await page.evaluate(() => {
      const ready = performance.getEntriesByName('captains-log:catalogue-ready')[0]?.startTime
      const request = performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('/catalogue.json'))
        .map((e) => e.startTime)
        .sort((a, b) => a - b)[0]
      return { ready, request, took: (ready ?? Number.NaN) - (request ?? Number.NaN) }
    })
  } finally {
    await page.close()
  }
}

async function benchCatalogue(appUrl) {
  const profile = await launchProfile(await tempDir('catalogue'))
  try {
    await catalogueReadyOnce(profile.context, appUrl) // the warm-up: a first visit
    const runs = await repeat(LOADS, () => catalogueReadyOnce(profile.context, appUrl))
    log(`catalogue: 4x CPU, warm: median ${ms(median(runs.map((r) => r.took)))} ms`)
    return runs
  } finally {
    await profile.close()
  }
}

const IMPORT_VIEWINGS = 20_000

async function makeImportFile() {
  const dir = await tempDir('import-file')
  const file = path.join(dir, 'trakt-export-bench.zip')
  await new Promise((resolve, reject) => {
    const child = spawn(
      path.join(ROOT, 'node_modules', '.bin', 'tsx'),
      [path.join(BENCH_DIR, 'make-trakt-export.ts'), file, String(IMPORT_VIEWINGS)],
      { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
    )
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`make-trakt-export: ${code}`)),
    )
  })
  return file
}

async function importOnce(appUrl, file) {
  const profile = await launchProfile(await tempDir('import'))
  try {
    const page = await profile.context.newPage()
    watchPage(page, 'import')
    await page.goto(new URL('/settings', appUrl).href)
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, READY_MARK)
    await page.evaluate(() => {
      const w = window
      w.__longTasks = []
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push([e.startTime, e.duration])
      }).observe({ type: 'longtask' })
      document.addEventListener('change', () => (w.__chosenAt = performance.now()), true)
    })
    await page.getByLabel('Export files').setInputFiles(file)
    const region = page.getByRole('region', { name: 'What the import would do' })
    await region.waitFor({ timeout: 120_000 })
    const planned = await page.evaluate(() => {
      const w = window
      const end = performance.now()
      const during = w.__longTasks.filter(([start]) => start >= w.__chosenAt)
      return {
        took: end - w.__chosenAt,
        longest: Math.max(0, ...during.map(([, d]) => d)),
        blocked: during.reduce((sum, [, d]) => sum + d, 0),
        found: document.querySelector('.found-list')?.textContent ?? '',
      }
    })
    const committed = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const button = [...document.querySelectorAll('button')].find(
            (b) => b.textContent === 'Import',
          )
          const start = performance.now()
          const done = () => {
            if (document.body.textContent?.includes('Imported.')) resolve(performance.now() - start)
            else requestAnimationFrame(done)
          }
          button?.click()
          requestAnimationFrame(done)
        }),
    )
    await page.close()
    return { ...planned, committed }
  } finally {
    await profile.close()
  }
}

async function benchImport(appUrl) {
  const file = await makeImportFile()
  const runs = await repeat(Math.min(LOADS, 5), () => importOnce(appUrl, file))
  log(`import: ${IMPORT_VIEWINGS} viewings: plan median ${ms(median(runs.map((r) => r.took)))} ms`)
  return runs
}

const SYNC_RECORDS = 1000

async function startSyncServer() {
  const port = await freePort()
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'scripts', 'sync-server.mjs'), '--port', String(port), '--quiet'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
  children.add(child)
  const base = `http://127.0.0.1:${port}`
  for (let i = 0; i < 300; i += 1) {
    if (
      await fetch(`${base}/ready`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return base
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('the sync server did not start')
}

async function freshSyncDatabase(base, i) {
  const admin = { Authorization: `Basic ${Buffer.from('admin:admin-password').toString('base64')}` }
  const name = `bench-${i}-${Date.now()}`
  await fetch(`${base}/${name}`, { method: 'PUT', headers: admin })
  await fetch(`${base}/${name}/_security`, {
    method: 'PUT',
    headers: { ...admin, 'Content-Type': 'application/json' },
    body: JSON.stringify({ members: { names: ['fan'], roles: [] } }),
  })
  return `${base}/${name}`
}

/** In the page: how many records this device's log holds, and whether `id` has a play. */
function countInPage({ dbName, storeName, id }) {
  return new Promise((resolve) => {
    const open = indexedDB.open(dbName)
    open.onsuccess = () => {
      const db = open.result
      if (!db.objectStoreNames.contains(storeName)) {
        db.close()
        resolve({ records: 0, played: false })
        return
      }
      const store = db.transaction(storeName, 'readonly').objectStore(storeName)
      const keys = store.getAllKeys()
      const one = store.get(`record:${id}`)
      one.onsuccess = () => {
        db.close()
        resolve({
          records: keys.result.filter((k) => String(k).startsWith('record:')).length,
          played: (one.result?.plays?.length ?? 0) > 0,
        })
      }
    }
    open.onerror = () => resolve({ records: 0, played: false })
  })
}

async function until(page, id, check) {
  for (;;) {
    const state = await page.evaluate(countInPage, { dbName: APP_DB, storeName: APP_STORE, id })
    if (check(state)) return performance.now()
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

async function turnOnSyncIn(page, url) {
  await page.getByLabel('Server address, with the database').fill(url)
  await page.getByLabel('User name').fill('fan')
  await page.getByLabel('Password').fill('make-it-so')
  await page.getByRole('button', { name: 'Turn on sync' }).click()
}

async function syncOnce(appUrl, base, i, heavy) {
  const url = await freshSyncDatabase(base, i)
  const first = await launchProfile(await tempDir('sync-a'))
  const second = await launchProfile(await tempDir('sync-b'))
  try {
    const records = heavy.records.slice(0, SYNC_RECORDS)
    await seedApp(first.context, appUrl, { records, meta: heavy.meta })
    const a = await first.context.newPage()
    await a.goto(new URL('/settings', appUrl).href)
    await turnOnSyncIn(a, url)
    await a
      .getByRole('status')
      .filter({ hasText: /^Up to date/ })
      .waitFor({ timeout: 120_000 })
    const b = await second.context.newPage()
    await b.goto(new URL('/settings', appUrl).href)
    await b.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, READY_MARK)
    const started = performance.now()
    await turnOnSyncIn(b, url)
    const arrived = (await until(b, 'x', (s) => s.records >= records.length)) - started
    await b
      .getByRole('status')
      .filter({ hasText: /^Up to date/ })
      .waitFor({ timeout: 120_000 })
    // A live edit: an entry none of the seeded records is.
    const id = heavy.records[SYNC_RECORDS]?.id ?? 'sfa-s01e10'
    await a.goto(new URL(`/episode/${id}`, appUrl).href)
    await a.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, READY_MARK)
    const checkbox = a.getByRole('checkbox', { name: 'Watched', exact: true })
    const edited = performance.now()
    await checkbox.click()
    const live = (await until(b, id, (s) => s.played)) - edited
    return { arrived, live }
  } finally {
    await first.close()
    await second.close()
  }
}

async function benchSync(appUrl, heavy) {
  const base = await startSyncServer()
  const runs = await repeat(Math.min(LOADS, 3), (i) => syncOnce(appUrl, base, i, heavy))
  log(
    `sync: ${SYNC_RECORDS} records to a second device: median ${ms(median(runs.map((r) => r.arrived)))} ms`,
  )
  return runs
}

// ---------------------------------------------------------------- main

async function main() {
  const startedAt = new Date()
  log(`Chromium ${CHROME_PATH}; sizes ${SIZES.join(', ')}; ${WARMUP} warm-up + ${SAMPLES} samples`)
  await runStep('built bench harness (production)', ['build', '-c', 'bench/vite.config.ts'])
  await runStep('built app (production)', [
    'build',
    '--outDir',
    APP_OUT,
    '--emptyOutDir',
    '--logLevel',
    'warn',
  ])
  const harnessUrl = await startPreview('harness', ['-c', 'bench/vite.config.ts'])
  const appUrl = await startPreview('app', ['--outDir', APP_OUT])

  const { browser, close } = await launchBrowser()
  const chromiumVersion = browser.version()
  await close()

  const edits = await benchEdits(harnessUrl)
  const heavy = await heavyProfile()
  const app = await benchApp(appUrl, heavy)
  const history = await benchHistory(appUrl, heavy)
  const catalogueRuns = await benchCatalogue(appUrl)
  const imports = await benchImport(appUrl)
  const syncs = await benchSync(appUrl, heavy)

  // ----- tables
  const out = []
  out.push(
    '',
    `Captain's Log bench, ${startedAt.toISOString()}, Chromium ${chromiumVersion}, Node ${process.version},` +
      ` ${os.cpus().length} CPUs, load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    'Figures only, no pass/fail. Production builds. p95 is nearest-rank.',
    '',
    `1. One edit, action -> IndexedDB transaction committed (ms); ${WARMUP} warm-up + ${SAMPLES} samples,` +
      ` ${GAP_MS} ms idle between samples, on-disk Chromium profile.`,
    '   ours     = real sync engine + idb adapter (one entry per record), edit() then await flush().',
    '   baseline = zustand persist + createJSONStorage over idb-keyval (whole map as one JSON blob),',
    '              set() then await the storage setItem promise. Baseline has no debounce.',
    '   sync = the synchronous part of the action (in-memory update; for baseline also JSON.stringify).',
    '',
  )
  const editRows = []
  const editSummary = []
  for (const r of edits) {
    for (const kind of ['toggle', 'note']) {
      const total = summary(r[kind].total)
      const sync = summary(r[kind].sync)
      editSummary.push({
        design: r.design,
        size: r.size,
        edit: kind,
        total,
        sync,
        loadMs: round(r.loadMs),
        verified: r.verified,
      })
      editRows.push([
        r.design,
        kind === 'toggle' ? 'toggle watched' : 'keystroke, 2 KB note',
        r.size.toLocaleString('en-US'),
        ms(total.median),
        ms(total.p95),
        ms(sync.median),
        ms(sync.p95),
        ms(r.loadMs),
        r.verified ? 'yes' : 'NO',
      ])
    }
  }
  out.push(
    table(
      ['design', 'edit', 'records', 'median', 'p95', 'sync med', 'sync p95', 'load', 'on disk'],
      editRows,
      ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
    ),
  )
  const ratios = []
  const small = Math.min(...SIZES)
  const large = Math.max(...SIZES)
  for (const design of ['ours', 'baseline']) {
    for (const edit of ['toggle', 'note']) {
      const find = (size) =>
        editSummary.find((e) => e.design === design && e.edit === edit && e.size === size)
      const a = find(large)
      const b = find(small)
      if (!a || !b) continue
      ratios.push({
        design,
        edit,
        of: `${large} vs ${small}`,
        median: round(ratio(a.total.median, b.total.median), 2),
        p95: round(ratio(a.total.p95, b.total.p95), 2),
      })
    }
  }
  out.push(
    '',
    `Ratio ${large.toLocaleString('en-US')} vs ${small.toLocaleString('en-US')} records (target for ours: within 1.5x):`,
    table(
      ['design', 'edit', 'median ratio', 'p95 ratio'],
      ratios.map((r) => [r.design, r.edit, `${r.median.toFixed(2)}x`, `${r.p95.toFixed(2)}x`]),
      ['l', 'l', 'r', 'r'],
    ),
  )

  const loadSummary = app.loads.map((l) => ({
    profile: l.profile,
    where: l.where,
    ready: summary(l.times.map((t) => t.ready)),
    phases: Object.fromEntries(PHASES.map((p) => [p, round(median(l.times.map((t) => t[p])))])),
    samples: l.times.map((t) => Object.fromEntries(PHASES.map((p) => [p, round(t[p])]))),
  }))
  out.push(
    '',
    `2. Real app (production build), navigation start -> performance mark '${READY_MARK}' (ms).`,
    '   Service workers BLOCKED (serviceWorkers: "block"), so this measures the app, not the SW cache;',
    '   every load checked: no SW controller, no read-only banner, the hero shows the whole profile.',
    `   heavy = all ${heavy.ids.length} catalogue entries watched, 3 plays each, 990 notes of 1 KB (target: under 300 ms).`,
    table(
      ['profile', 'where', 'n', 'median', 'p95', 'min', 'max'],
      loadSummary.map((l) => [
        l.profile,
        l.where,
        l.ready.n,
        ms(l.ready.median),
        ms(l.ready.p95),
        ms(l.ready.min),
        ms(l.ready.max),
      ]),
      ['l', 'l', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
    '   Where the time goes (medians, ms since navigation start; marks added by a bench init script):',
    '   DCL = DOMContentLoaded; open() = the store calls indexedDB.open; opened = open succeeded;',
    '   read = getAll of the whole log returned; ready = the mark (after validation + setState).',
    table(
      ['profile', 'where', 'DCL', 'open()', 'opened', 'read', 'ready', 'read->ready'],
      loadSummary.map((l) => [
        l.profile,
        l.where,
        ...PHASES.map((p) => ms(l.phases[p])),
        ms(
          median(
            app.loads
              .find((x) => x.where === l.where && x.profile === l.profile)
              .times.map((t) => t.ready - t.read),
          ),
        ),
      ]),
      ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
  )

  const heapSummary = app.heap.map((h) => ({
    profile: h.profile,
    usedMB: round(median(h.samples.map((s) => s.usedMB)), 2),
    jsHeapUsedMB: round(median(h.samples.map((s) => s.jsHeapUsedMB)), 2),
    samples: h.samples.map((s) => ({
      usedMB: round(s.usedMB, 2),
      jsHeapUsedMB: round(s.jsHeapUsedMB, 2),
    })),
  }))
  out.push(
    '',
    '3. JS heap after load, after HeapProfiler.collectGarbage (median of 3 page loads, MB).',
    table(
      ['profile', 'Runtime.getHeapUsage used', 'Performance JSHeapUsedSize'],
      heapSummary.map((h) => [h.profile, h.usedMB.toFixed(2), h.jsHeapUsedMB.toFixed(2)]),
      ['l', 'r', 'r'],
    ),
    '',
    `4. History with ${HISTORY_RECORDS.toLocaleString('en-US')} records (${history[0]?.rows ?? '?'} rows rendered of` +
      ` about 12,000 viewings): navigation start -> first diary row shown (ms), on-disk profile, new tab each time.`,
    table(
      ['n', 'median', 'p95', 'min', 'max', 'log ready', 'in-app nav', 'DOM nodes', 'rows in DOM'],
      [
        [
          history.length,
          ms(median(history.map((r) => r.shown))),
          ms(p95(history.map((r) => r.shown))),
          ms(Math.min(...history.map((r) => r.shown))),
          ms(Math.max(...history.map((r) => r.shown))),
          ms(median(history.map((r) => r.ready))),
          ms(median(history.map((r) => r.navigated))),
          median(history.map((r) => r.nodes)),
          median(history.map((r) => r.rows)),
        ],
      ],
      ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
    '   log ready = the tracking-ready mark of the same load; in-app nav = from Stats, the log',
    '   loaded: click on the History link -> the frame after its first rows are in the DOM (median).',
    '',
    `5. Catalogue ready at 4x CPU slowdown, warm start (${catalogueRuns.length} loads): the request's start ->`,
    "   'captains-log:catalogue-ready' (downloaded, digest checked, parsed; the full schema only for other bytes).",
    table(
      ['n', 'median', 'p95', 'min', 'max', 'request at', 'ready at'],
      [
        [
          catalogueRuns.length,
          ms(median(catalogueRuns.map((r) => r.took))),
          ms(p95(catalogueRuns.map((r) => r.took))),
          ms(Math.min(...catalogueRuns.map((r) => r.took))),
          ms(Math.max(...catalogueRuns.map((r) => r.took))),
          ms(median(catalogueRuns.map((r) => r.request))),
          ms(median(catalogueRuns.map((r) => r.ready))),
        ],
      ],
      ['r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
    `6. Import of a Trakt export ZIP of ${IMPORT_VIEWINGS.toLocaleString('en-US')} viewings into an empty log (${imports.length} runs,` +
      ' new profile each): chosen -> plan shown; Import -> "Imported."; main-thread long tasks while reading (ms).',
    `   The plan said: ${imports[0]?.found ?? '?'}`,
    table(
      [
        'n',
        'plan median',
        'plan p95',
        'import median',
        'import p95',
        'longest task',
        'long tasks in all',
      ],
      [
        [
          imports.length,
          ms(median(imports.map((r) => r.took))),
          ms(p95(imports.map((r) => r.took))),
          ms(median(imports.map((r) => r.committed))),
          ms(p95(imports.map((r) => r.committed))),
          ms(median(imports.map((r) => r.longest))),
          ms(median(imports.map((r) => r.blocked))),
        ],
      ],
      ['r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
    `7. Sync through PouchDB Server on 127.0.0.1 (in memory), two Chromium profiles as two devices (${syncs.length} runs, a new database each):`,
    `   ${SYNC_RECORDS.toLocaleString('en-US')} records: the second device turns sync on -> all in its IndexedDB;` +
      ' a live edit: click on the first -> on the second device’s disk (ms, polled every 25 ms).',
    table(
      ['n', '1,000 records median', 'max', 'live edit median', 'max'],
      [
        [
          syncs.length,
          ms(median(syncs.map((r) => r.arrived))),
          ms(Math.max(...syncs.map((r) => r.arrived))),
          ms(median(syncs.map((r) => r.live))),
          ms(Math.max(...syncs.map((r) => r.live))),
        ],
      ],
      ['r', 'r', 'r', 'r', 'r'],
    ),
    '',
    `Raw samples and summaries: ${path.relative(ROOT, RESULTS)}`,
    '',
  )
  console.log(out.join('\n'))

  const results = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    environment: {
      chromium: chromiumVersion,
      chromePath: CHROME_PATH,
      node: process.version,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? null,
      loadAverage: os.loadavg().map((l) => round(l, 2)),
    },
    settings: {
      sizes: SIZES,
      warmup: WARMUP,
      samples: SAMPLES,
      gapMs: GAP_MS,
      loads: LOADS,
      coldLoads: COLD_LOADS,
    },
    edits: editSummary,
    ratios,
    appLoad: { mark: READY_MARK, serviceWorkers: 'block', loads: loadSummary },
    heap: heapSummary,
    catalogue: {
      cpuThrottling: 4,
      took: summary(catalogueRuns.map((r) => r.took)),
      samples: catalogueRuns.map((r) => ({ request: round(r.request), ready: round(r.ready) })),
    },
    history: {
      records: HISTORY_RECORDS,
      shown: summary(history.map((r) => r.shown)),
      navigated: summary(history.map((r) => r.navigated)),
      samples: history.map((r) => ({
        shown: round(r.shown),
        ready: round(r.ready),
        navigated: round(r.navigated),
        nodes: r.nodes,
        rows: r.rows,
      })),
    },
    import: {
      viewings: IMPORT_VIEWINGS,
      planned: summary(imports.map((r) => r.took)),
      committed: summary(imports.map((r) => r.committed)),
      longestTask: summary(imports.map((r) => r.longest)),
      samples: imports.map((r) => ({
        planned: round(r.took),
        committed: round(r.committed),
        longestTask: round(r.longest),
        longTasks: round(r.blocked),
      })),
    },
    sync: {
      records: SYNC_RECORDS,
      arrived: summary(syncs.map((r) => r.arrived)),
      live: summary(syncs.map((r) => r.live)),
      samples: syncs.map((r) => ({ arrived: round(r.arrived), live: round(r.live) })),
    },
    rawEditSamples: edits.map((r) => ({
      design: r.design,
      size: r.size,
      toggle: r.toggle.total.map((v) => round(v)),
      note: r.note.total.map((v) => round(v)),
    })),
  }
  const json = await prettier.format(JSON.stringify(results), {
    ...(await prettier.resolveConfig(RESULTS)),
    filepath: RESULTS,
  })
  await writeFile(RESULTS, json)
}

try {
  await main()
} catch (error) {
  console.error(error)
  process.exitCode = 1
} finally {
  await cleanup()
}
