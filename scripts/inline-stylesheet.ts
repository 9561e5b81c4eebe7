import type { Plugin } from 'vite'

/**
 * Swaps each stylesheet <link> of the page for a <style> holding that file (what a replacer
 * function returns is taken as it is: no `$` patterns). A stylesheet holding "</style" is left
 * linked: it would end the element early.
 */
export function inlineStylesheets(html: string, stylesheets: ReadonlyMap<string, string>): string {
  return html.replace(
    /<link rel="stylesheet"(?: crossorigin)? href="\/([^"]+\.css)">/g,
    (link, fileName: string) => {
      const css = stylesheets.get(fileName)
      return css === undefined || /<\/style/i.test(css) ? link : `<style>${css}</style>`
    },
  )
}

/**
 * Build only: the app's one stylesheet (5 KiB gzip) goes into the HTML, so a prerendered page
 * (decision 011) paints from its own bytes, without a round trip for a render-blocking file.
 * The Content Security Policy allows the element by its hash (content-security-policy.ts runs
 * after this). The file stays in dist/ for the service worker's precache.
 */
export function inlineStylesheet(): Plugin {
  return {
    name: 'captains-log:inline-stylesheet',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const stylesheets = new Map<string, string>()
        for (const [fileName, file] of Object.entries(bundle ?? {})) {
          if (file.type === 'asset' && fileName.endsWith('.css')) {
            stylesheets.set(fileName, String(file.source))
          }
        }
        return inlineStylesheets(html, stylesheets)
      },
    },
  }
}
