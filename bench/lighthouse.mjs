#!/usr/bin/env node
/**
 * `npm run lighthouse [-- --peer <folder with serve.mjs>] [--runs N]`: Lighthouse (mobile, its
 * default throttling) on the production build served by `vite preview`: home, a series page and
 * an episode page; and, with `--peer <folder>` (a folder holding the peer's serve.mjs, such as
 * VBS's), the peer's home in the same run, interleaved, so the comparison is a ratio on one machine at one moment.
 * Prints medians; figures only, never a pass or fail. Lighthouse 12.2.3 runs through npx (it is
 * not a dependency: CI never needs it).
 */
import { execFile, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const OUT = path.join(ROOT, 'node_modules', '.cache', 'captains-log-lighthouse', 'app')
const VITE = path.join(ROOT, 'node_modules', '.bin', 'vite')
const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium'
const FLAGS =
  '--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync'
const LIGHTHOUSE = 'lighthouse@12.2.3'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i === -1 ? fallback : process.argv[i + 1]
}
const RUNS = Number(arg('runs', '3'))
const PEER = arg('peer', null)
if (PEER && !existsSync(path.join(PEER, 'serve.mjs'))) {
  console.error(`--peer ${PEER}: no serve.mjs there`)
  process.exit(1)
}

const children = new Set()
const run = promisify(execFile)
const log = (...parts) => console.error('[lighthouse]', ...parts)

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

async function serve(label, command, args, url) {
  const child = spawn(command, args, { cwd: ROOT, stdio: 'ignore' })
  children.add(child)
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).ok) return url
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${label} did not start at ${url}`)
}

async function lighthouse(url, dir, n) {
  const file = path.join(dir, `report-${n}.json`)
  await run(
    'npx',
    [
      '-y',
      LIGHTHOUSE,
      url,
      `--chrome-flags=${FLAGS}`,
      '--output=json',
      `--output-path=${file}`,
      '--quiet',
    ],
    { cwd: ROOT, env: { ...process.env, CHROME_PATH }, maxBuffer: 64 * 1024 * 1024 },
  )
  const report = JSON.parse(await readFile(file, 'utf8'))
  const score = (c) => Math.round((report.categories[c]?.score ?? Number.NaN) * 100)
  const audit = (a) => report.audits[a]?.numericValue ?? Number.NaN
  const scripts = (report.audits['network-requests']?.details?.items ?? []).filter(
    (r) => r.resourceType === 'Script',
  )
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    si: audit('speed-index'),
    jsBytes: scripts.reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)]
}

async function main() {
  log('building the app')
  await run(VITE, ['build', '--outDir', OUT, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT })
  const appPort = await freePort()
  const app = await serve(
    'app',
    VITE,
    ['preview', '--outDir', OUT, '--host', '127.0.0.1', '--port', String(appPort), '--strictPort'],
    `http://127.0.0.1:${appPort}/`,
  )
  const pages = [
    { name: 'ours: home', url: app },
    { name: 'ours: series (TNG)', url: `${app}series/tng` },
    { name: 'ours: episode', url: `${app}episode/pic-s02e01` },
  ]
  if (PEER) {
    const peerPort = await freePort()
    const peer = await serve(
      'peer',
      process.execPath,
      [path.join(PEER, 'serve.mjs'), String(peerPort)],
      `http://127.0.0.1:${peerPort}/vbs/`,
    )
    pages.push({ name: 'peer (VBS): home', url: peer })
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'captains-log-lh-'))
  const results = new Map(pages.map((p) => [p.name, []]))
  let n = 0
  // Interleaved: round r measures every page once, so load on the machine hits all alike.
  for (let round = 1; round <= RUNS; round++) {
    for (const page of pages) {
      log(`round ${round}/${RUNS}: ${page.name}`)
      results.get(page.name).push(await lighthouse(page.url, dir, n++))
    }
  }
  await rm(dir, { recursive: true, force: true })

  const keys = [
    'performance',
    'accessibility',
    'bestPractices',
    'seo',
    'lcp',
    'tbt',
    'cls',
    'si',
    'jsBytes',
  ]
  const rows = [
    ['page', 'perf', 'a11y', 'bp', 'seo', 'LCP ms', 'TBT ms', 'CLS', 'SI ms', 'JS bytes'],
  ]
  for (const [name, samples] of results) {
    const m = Object.fromEntries(keys.map((k) => [k, median(samples.map((s) => s[k]))]))
    rows.push(
      [
        name,
        m.performance,
        m.accessibility,
        m.bestPractices,
        m.seo,
        Math.round(m.lcp),
        Math.round(m.tbt),
        m.cls.toFixed(3),
        Math.round(m.si),
        m.jsBytes,
      ].map(String),
    )
  }
  const width = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)))
  console.log(
    `Lighthouse ${LIGHTHOUSE.split('@')[1]} mobile, medians of ${RUNS} interleaved runs, ${os.cpus().length} CPUs,` +
      ` load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  )
  for (const row of rows) {
    console.log(row.map((c, i) => (i === 0 ? c.padEnd(width[i]) : c.padStart(width[i]))).join('  '))
  }
}

try {
  await main()
} catch (error) {
  console.error(error)
  process.exitCode = 1
} finally {
  for (const child of children) child.kill()
}
