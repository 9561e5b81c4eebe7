import { createHash } from 'node:crypto'
import type { Plugin } from 'vite'

/**
 * The app's Content Security Policy, delivered as a <meta> tag so the production build serves it
 * from any static host and `vite preview` alike (no server headers to configure). Only the app's
 * own files run; the inline scripts (the theme before first paint, the prerendered page's check)
 * and the inlined stylesheet are allowed by their hashes.
 * `frame-ancestors` and reporting cannot be set from a meta tag; a host that can send headers
 * should add `frame-ancestors 'none'`. connect-src also allows any HTTPS server, and plain HTTP
 * on this computer: sync talks to the server the person chooses (issue 11, decision 017).
 */
export function policyFor(
  inlineScripts: readonly string[],
  inlineStyles: readonly string[] = [],
): string {
  const hashes = (sources: readonly string[]) =>
    sources
      .map((source) => ` 'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`)
      .join('')
  return [
    "default-src 'self'",
    `script-src 'self'${hashes(inlineScripts)}`,
    `style-src 'self'${hashes(inlineStyles)}`,
    "img-src 'self' data:",
    "font-src 'self'",
    // Sync's server is the person's choice; a meta tag cannot name it (decision 017).
    "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
}

/** The text of every inline <script> (one without `src`), exactly as the browser hashes it. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => match[1] ?? '',
  )
}

/** The text of every <style> element (the inlined stylesheet), exactly as the browser hashes it. */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '')
}

/** Adds the policy to the built index.html, hashing its inline scripts and styles as they are. */
export function withPolicy(html: string): string {
  const policy = policyFor(inlineScripts(html), inlineStyles(html))
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`
  return html.replace(/<meta charset="UTF-8" \/>/, (charset) => `${charset}\n    ${meta}`)
}

/**
 * Build only: the dev server injects inline scripts of its own (React Refresh), which a strict
 * policy would block. Hand-written because it is a dozen lines (decision 009).
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'captains-log:content-security-policy',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: withPolicy },
  }
}
