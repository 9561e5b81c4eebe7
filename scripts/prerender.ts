import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { createServer, type Plugin } from 'vite'
import type { Catalogue } from '../src/catalogue/schema.ts'

interface Page {
  url: string
  /** Where the HTML goes in dist/: `vite preview` and static hosts serve `<path>.html`. */
  fileName: string
  title: string
}

type RenderPage = (url: string, catalogue: Catalogue) => Promise<string>

const TITLE_SUFFIX = ' · Captain’s Log'

/** Home (index.html, also the fallback for every other address) and each series' page. */
export function pagesOf(catalogue: Catalogue): Page[] {
  return [
    { url: '/', fileName: 'index.html', title: `All series${TITLE_SUFFIX}` },
    ...catalogue.series.map((s) => ({
      url: `/series/${s.id}`,
      fileName: `series/${s.id}.html`,
      title: `${s.title}${TITLE_SUFFIX}`,
    })),
  ]
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * Puts a page's HTML into the built index.html. React's resource hints (a preload of the
 * logo) go to <head>, where they belong, so #root holds exactly what hydration takes over.
 */
export function fillTemplate(template: string, page: Page, rendered: string): string {
  const hints = /^(?:<link [^>]*\/>)*/.exec(rendered)?.[0] ?? ''
  const body = rendered.slice(hints.length)
  const root = '<div id="root"></div>'
  if (!template.includes(root)) throw new Error('index.html has no empty <div id="root">')
  // Functions, not strings: a `$` in catalogue text must not be read as a replacement pattern.
  return template
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(page.title)}</title>`)
    .replace('</head>', () => `${hints}</head>`)
    .replace(root, () => `<div id="root" data-prerendered="${page.url}">${body}</div>`)
}

/**
 * Build only: draws home and every series page at build time, so the first paint is the real
 * page (issue 9, decision 011), not a blank one waiting for the JavaScript. The app's own code
 * renders them (src/app/prerender.tsx), loaded through a Vite server in SSR mode, before the
 * service worker's precache list is made, so the list has the finished index.html.
 */
export function prerenderPages(): Plugin {
  let root = ''
  return {
    name: 'captains-log:prerender',
    apply: (config, { command }) => command === 'build' && !config.build?.ssr,
    configResolved(config) {
      root = config.root
    },
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const index = bundle['index.html']
        if (index?.type !== 'asset') this.error('prerender: the build has no index.html')
        const template = String(index.source)
        const catalogue = JSON.parse(
          readFileSync(resolve(root, 'public/catalogue.json'), 'utf8'),
        ) as Catalogue
        const server = await createServer({
          root,
          mode: 'production',
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
        })
        try {
          const { renderPage } = (await server.ssrLoadModule('/src/app/prerender.tsx')) as {
            renderPage: RenderPage
          }
          for (const page of pagesOf(catalogue)) {
            const html = fillTemplate(template, page, await renderPage(page.url, catalogue))
            if (page.fileName === 'index.html') index.source = html
            else this.emitFile({ type: 'asset', fileName: page.fileName, source: html })
          }
        } finally {
          await server.close()
        }
      },
    },
  }
}
