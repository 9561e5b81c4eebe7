// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderPage } from '@/app/prerender'
import type { Catalogue } from '@/catalogue/schema'
import { fillTemplate, pagesOf } from '../../scripts/prerender'

const catalogue = JSON.parse(
  readFileSync(new URL('../../public/catalogue.json', import.meta.url), 'utf8'),
) as Catalogue

describe('prerendered pages (issue 9)', () => {
  it('are home and one page per series, each with its own title', () => {
    const pages = pagesOf(catalogue)
    expect(pages[0]).toEqual({
      url: '/',
      fileName: 'index.html',
      title: 'All series · Captain’s Log',
    })
    expect(pages).toHaveLength(1 + catalogue.series.length)
    expect(pages).toContainEqual({
      url: '/series/tng',
      fileName: 'series/tng.html',
      title: 'Star Trek: The Next Generation · Captain’s Log',
    })
  })

  it('draw the real page in one piece, with nothing the Content Security Policy blocks', async () => {
    for (const url of ['/', '/series/tng']) {
      const html = await renderPage(url, catalogue)
      // No inline scripts or streamed parts (templates put in place by script), no style attributes.
      expect(html).not.toMatch(/<script|<template|style="/)
      expect(html).toContain('class="topbar"')
    }
    const home = await renderPage('/', catalogue)
    expect(home).toContain('<h1>Star Trek, every voyage</h1>')
    expect(home).toContain('href="/series/ds9"')
    // Drawn while the log loads: the person's figures are held back, edits wait.
    expect(home).toMatch(/class="hero__meta is-pending"/)
    const series = await renderPage('/series/tng', catalogue)
    expect(series).toContain('<h1>Star Trek: The Next Generation</h1>')
    expect(series).toMatch(/<button[^>]*disabled=""[^>]*>Mark season 1 watched/)
  })

  it('go into index.html with the address they were drawn for, and their hints in <head>', () => {
    const template =
      '<html><head><title>x</title></head><body><div id="root"></div><script>1</script></body></html>'
    const page = { url: '/series/tng', fileName: 'series/tng.html', title: 'TNG & co' }
    const html = fillTemplate(
      template,
      page,
      '<link rel="preload" as="image" href="/a.svg"/><div>page</div>',
    )
    expect(html).toBe(
      '<html><head><title>TNG &amp; co</title><link rel="preload" as="image" href="/a.svg"/></head>' +
        '<body><div id="root" data-prerendered="/series/tng"><div>page</div></div><script>1</script></body></html>',
    )
    expect(() => fillTemplate('<div id="root">x</div>', page, '')).toThrow(/empty <div id="root">/)
    // Catalogue text is put in as it is, `$&` and all.
    expect(fillTemplate(template, { ...page, title: 'A $& B' }, '<p>$1 $$</p>')).toContain(
      '<title>A $&amp; B</title></head><body><div id="root" data-prerendered="/series/tng"><p>$1 $$</p>',
    )
  })
})
