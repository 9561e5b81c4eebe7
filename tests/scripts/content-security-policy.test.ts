import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { inlineScripts, policyFor, withPolicy } from '../../scripts/content-security-policy'
import { PROJECT_ROOT } from '../fixtures/public-catalogue'

describe('the Content Security Policy of the build', () => {
  const html = readFileSync(`${PROJECT_ROOT}/index.html`, 'utf8')

  it('hashes exactly the two inline scripts (theme, prerendered page), none that has a src', () => {
    const scripts = inlineScripts(html)
    expect(scripts).toHaveLength(2)
    expect(scripts[0]).toContain('.state.theme')
    expect(scripts[1]).toContain('data-prerendered')
    const [theme, page] = scripts.map((s) => createHash('sha256').update(s).digest('base64'))
    expect(policyFor(scripts)).toContain(`script-src 'self' 'sha256-${theme}' 'sha256-${page}'`)
  })

  it('allows nothing inline or evaluated, and no other origin but the sync server’s connections', () => {
    const policy = policyFor(inlineScripts(html))
    const directives = policy.split('; ')
    const connect = directives.find((d) => d.startsWith('connect-src'))
    // Sync talks to the person's server (decision 017): any HTTPS one, or plain HTTP here.
    expect(connect).toBe("connect-src 'self' https: http://localhost:* http://127.0.0.1:*")
    const rest = directives.filter((d) => d !== connect).join('; ')
    expect(rest).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/)
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/)
    expect(policy).toContain("object-src 'none'")
  })

  it('goes right after the charset, before anything that could load', () => {
    const out = withPolicy(html)
    expect(out.indexOf('http-equiv="Content-Security-Policy"')).toBeGreaterThan(
      out.indexOf('<meta charset'),
    )
    expect(out.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(out.indexOf('<link'))
  })
})
