#!/usr/bin/env node
/**
 * Size budgets of the production build, in gzip bytes (level 9: deterministic, the same on every
 * machine). Run after `vite build` by `npm test` and CI; a file or total over its budget fails
 * with a message naming it and its figure. Budgets live in budgets.json, with the target each
 * is on its way to. Prints every figure either way.
 *
 *   first visit: the entry script, the app chunk it starts at once (mount), their static imports
 *                and the CSS: what a first visit to any screen downloads before it can draw.
 *   route:       each other chunk (a screen loaded when first opened), one by one.
 *   catalogue:   public catalogue.json as served.
 *   catalogueIds: public catalogue-ids.json (other services' ids, read only by imports).
 *   page:        the largest prerendered HTML page (stylesheet inlined), decision 011.
 */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const DIST = path.join(ROOT, 'dist')
const budgets = JSON.parse(readFileSync(path.join(ROOT, 'budgets.json'), 'utf8'))

const gz = (file) => gzipSync(readFileSync(path.join(DIST, file)), { level: 9 }).length
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`

/** Chunks a chunk imports statically (`from"./x.js"`, `import"./x.js"`), not `import("./x.js")`. */
function staticImports(file) {
  const code = readFileSync(path.join(DIST, file), 'utf8')
  const found = new Set()
  for (const match of code.matchAll(/(?<!import\()(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) {
    found.add(path.posix.join(path.posix.dirname(file), match[1]))
  }
  return [...found]
}

function closure(files) {
  const seen = new Set()
  const stack = [...files]
  while (stack.length > 0) {
    const file = stack.pop()
    if (seen.has(file)) continue
    seen.add(file)
    stack.push(...staticImports(file))
  }
  return seen
}

const html = readFileSync(path.join(DIST, 'index.html'), 'utf8')
const entry = /<script type="module"[^>]*src="\/([^"]+)"/.exec(html)?.[1]
if (!entry) throw new Error('dist/index.html has no module script: run vite build first')
const assets = readdirSync(path.join(DIST, 'assets')).map((f) => `assets/${f}`)
const mount = assets.filter((f) => /^assets\/mount-.*\.js$/.test(f))
const firstJs = closure([entry, ...mount])
const css = assets.filter((f) => f.endsWith('.css'))

const rows = []
const over = []
function check(name, bytes, budget, target) {
  const ok = bytes <= budget
  rows.push([
    name,
    kb(bytes),
    kb(budget),
    target === undefined ? '' : kb(target),
    ok ? 'ok' : 'OVER',
  ])
  if (!ok)
    over.push(`${name} is ${bytes} bytes gzip (${kb(bytes)}), over its budget of ${kb(budget)}`)
}

const firstJsBytes = [...firstJs].reduce((sum, f) => sum + gz(f), 0)
check(
  `first visit JS (${firstJs.size} files)`,
  firstJsBytes,
  budgets.firstVisitJs.budget,
  budgets.firstVisitJs.target,
)
check(
  'first visit CSS',
  css.reduce((sum, f) => sum + gz(f), 0),
  budgets.css.budget,
)
// The export reader runs in its own Web Worker (or, without workers, loads on an import only).
const importReader = (file) => /^(import-worker|read-export)-/.test(path.basename(file))
// PouchDB and the replicator: loaded only with sync on (issue 11).
const syncEngine = (file) => /^(sync-database|replicator)-/.test(path.basename(file))
for (const file of assets.filter((f) => f.endsWith('.js') && !firstJs.has(f))) {
  if (syncEngine(file))
    check(`sync engine ${path.basename(file)}`, gz(file), budgets.syncEngine.budget)
  else if (importReader(file))
    check(`import reader ${path.basename(file)}`, gz(file), budgets.importReader.budget)
  else check(`route chunk ${path.basename(file)}`, gz(file), budgets.routeChunk.budget)
}
check('catalogue.json', gz('catalogue.json'), budgets.catalogue.budget)
check('catalogue-ids.json', gz('catalogue-ids.json'), budgets.catalogueIds.budget)
// Prerendered pages carry the stylesheet and the whole page: the largest one, home or a series.
const pages = ['index.html', ...readdirSync(path.join(DIST, 'series')).map((f) => `series/${f}`)]
const [largest, largestBytes] = pages
  .map((page) => [page, gz(page)])
  .reduce((a, b) => (b[1] > a[1] ? b : a))
check(`largest page ${largest}`, largestBytes, budgets.page.budget)

const width = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)))
console.log('Size budgets (gzip -9 bytes of dist/):')
for (const row of [['file', 'size', 'budget', 'target', ''], ...rows]) {
  console.log(
    row.map((cell, i) => (i === 0 ? cell.padEnd(width[i]) : cell.padStart(width[i]))).join('  '),
  )
}
if (over.length > 0) {
  for (const line of over) console.error(`Budget broken: ${line}.`)
  process.exit(1)
}
