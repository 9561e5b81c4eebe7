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

  it('allows nothing inline or evaluated, and no other origin', () => {
    const policy = policyFor(inlineScripts(html))
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/)
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
