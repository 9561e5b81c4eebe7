/**
 * Run before the e2e suite (`npm run test:e2e`, so `npm test`): the suite needs the system
 * Chromium (never a Playwright download, which cannot reach the network here). When it is
 * missing, install it if this user may (root, with apt-get: a fresh Debian machine or CI image);
 * otherwise stop at once with the one command to run, instead of failing 40 tests one by one.
 */
import { execFileSync } from 'node:child_process'
import { accessSync, constants } from 'node:fs'

export const INSTALL_COMMAND = 'sudo apt-get install -y chromium'

export type ChromiumPlan = 'ready' | 'install' | 'stop'

export function planChromium(facts: { found: boolean; root: boolean; apt: boolean }): ChromiumPlan {
  if (facts.found) return 'ready'
  return facts.root && facts.apt ? 'install' : 'stop'
}

export function stopMessage(path: string): string {
  return [
    `The end-to-end tests need Chromium, and there is none at ${path}.`,
    `Install it with:  ${INSTALL_COMMAND}`,
    '(or set CHROME_PATH to a Chromium or Chrome binary), then run npm test again.',
  ].join('\n')
}

const executable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

function main(): void {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium'
  const plan = planChromium({
    found: executable(path),
    root: process.getuid?.() === 0,
    apt: executable('/usr/bin/apt-get'),
  })
  if (plan === 'ready') return
  if (plan === 'install' && !process.env.CHROME_PATH) {
    console.error('Chromium is missing: installing it with apt-get (this happens once).')
    execFileSync('apt-get', ['update'], { stdio: 'inherit' })
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
    })
    if (executable(path)) return
  }
  console.error(stopMessage(path))
  process.exit(1)
}

if (import.meta.url === `file://${process.argv[1]}`) main()
