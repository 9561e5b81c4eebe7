import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { inlineStyles, policyFor, withPolicy } from '../../scripts/content-security-policy'
import { inlineStylesheets } from '../../scripts/inline-stylesheet'

describe('the stylesheet inlined into each page (issue 9)', () => {
  const css = new Map([['assets/index-abc.css', 'body{color:red}']])
  const page =
    '<head><meta charset="UTF-8" /><link rel="stylesheet" crossorigin href="/assets/index-abc.css"></head>'

  it('replaces the link with the file, and leaves unknown or unsafe files linked', () => {
    expect(inlineStylesheets(page, css)).toBe(
      '<head><meta charset="UTF-8" /><style>body{color:red}</style></head>',
    )
    expect(inlineStylesheets(page, new Map())).toBe(page)
    const unsafe = new Map([['assets/index-abc.css', 'a::after{content:"</style>"}']])
    expect(inlineStylesheets(page, unsafe)).toBe(page)
    // A `$` in CSS is text, not a replacement pattern.
    const dollar = new Map([['assets/index-abc.css', 'a::after{content:"$&"}']])
    expect(inlineStylesheets(page, dollar)).toContain('<style>a::after{content:"$&"}</style>')
  })

  it('is allowed by its hash in the policy, and nothing else inline is', () => {
    const html = withPolicy(inlineStylesheets(page, css))
    expect(inlineStyles(html)).toEqual(['body{color:red}'])
    const hash = createHash('sha256').update('body{color:red}').digest('base64')
    expect(html).toContain(`style-src 'self' 'sha256-${hash}';`)
    expect(policyFor([], [])).toContain("style-src 'self';")
  })
})
