import { describe, expect, it } from 'vitest'
import { INSTALL_COMMAND, planChromium, stopMessage } from '../../scripts/ensure-chromium'

describe('npm test gets Chromium itself, or stops at once with the command', () => {
  it('goes ahead when Chromium is there', () => {
    expect(planChromium({ found: true, root: false, apt: false })).toBe('ready')
  })

  it('installs it where it may (root with apt-get: a fresh Debian machine or CI image)', () => {
    expect(planChromium({ found: false, root: true, apt: true })).toBe('install')
  })

  it('otherwise stops, naming the one command to run', () => {
    expect(planChromium({ found: false, root: false, apt: true })).toBe('stop')
    expect(planChromium({ found: false, root: true, apt: false })).toBe('stop')
    expect(stopMessage('/usr/bin/chromium')).toContain(INSTALL_COMMAND)
    expect(stopMessage('/usr/bin/chromium')).toContain('/usr/bin/chromium')
  })
})
