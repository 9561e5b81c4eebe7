// Sums the test reports of one CI run and prints "N passed, N failed" as the very last line.
//
//   node scripts/ci-summary.mjs [reportsDir]
//
// Reads <reportsDir>/steps.tsv (step name, exit code), vitest.json and playwright.json.
// Tests count one each. A failed check without tests (typecheck, lint, format, build), a
// missing or unreadable report, a runner error outside any test, or a runner that exited
// non-zero while reporting no failed test each count as one failure. Exit code 1 on any failure.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const dir = process.argv[2] ?? 'reports'
let passed = 0
let failed = 0
const problems = []

const fail = (why) => {
  failed += 1
  problems.push(why)
}

/** @returns {Map<string, number>} step name → exit code */
function readSteps() {
  const steps = new Map()
  const file = join(dir, 'steps.tsv')
  if (!existsSync(file)) return steps
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [name, code] = line.split('\t')
    if (name) steps.set(name, Number(code))
  }
  return steps
}

function readJson(name) {
  const file = join(dir, name)
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    fail(`${file}: missing or unreadable (${error instanceof Error ? error.message : error})`)
    return undefined
  }
}

const steps = readSteps()
const rows = []

// Checks without tests of their own: each failing one is one failure.
for (const name of [
  'chromium-install',
  'npm-ci',
  'typecheck',
  'lint',
  'format',
  'build',
  'budgets',
]) {
  if (!steps.has(name)) continue
  const code = steps.get(name)
  rows.push([name, code === 0 ? 'ok' : `FAILED (exit ${code})`])
  if (code !== 0) fail(`${name} exited ${code}`)
}

// Vitest (JSON reporter, Jest-compatible fields).
const vitest = readJson('vitest.json')
if (vitest) {
  const p = vitest.numPassedTests ?? 0
  const f = vitest.numFailedTests ?? 0
  const s = (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0)
  passed += p
  failed += f
  rows.push(['unit (vitest)', `${p} passed, ${f} failed, ${s} skipped`])
  if (f === 0 && (vitest.success === false || (steps.get('unit') ?? 0) !== 0)) {
    fail(
      `vitest failed without a failing test (exit ${steps.get('unit')}; load or unhandled error?)`,
    )
  }
  if ((vitest.numTotalTests ?? 0) === 0) fail('vitest ran no tests')
}

// Playwright (JSON reporter): expected + flaky passed, unexpected failed.
if (steps.has('e2e') || steps.get('build') === 0) {
  const pw = readJson('playwright.json')
  if (pw) {
    const stats = pw.stats ?? {}
    const p = (stats.expected ?? 0) + (stats.flaky ?? 0)
    const f = stats.unexpected ?? 0
    passed += p
    failed += f
    rows.push([
      'e2e (playwright)',
      `${p} passed (${stats.flaky ?? 0} flaky), ${f} failed, ${stats.skipped ?? 0} skipped`,
    ])
    for (const error of pw.errors ?? []) {
      fail(`playwright: ${String(error.message ?? error).split('\n')[0]}`)
    }
    if (f === 0 && (pw.errors ?? []).length === 0 && (steps.get('e2e') ?? 0) !== 0) {
      fail(`playwright exited ${steps.get('e2e')} without a failing test`)
    }
    if (p + f === 0) fail('playwright ran no tests')
  }
} else {
  rows.push(['e2e (playwright)', 'not run (build failed)'])
}

console.log('\nSummary')
for (const [name, result] of rows) console.log(`  ${name.padEnd(18)} ${result}`)
for (const problem of problems) console.log(`  ! ${problem}`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
