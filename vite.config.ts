/// <reference types="vitest/config" />
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { fileURLToPath, URL } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa'
import type { Plugin } from 'vite'
import { contentSecurityPolicy } from './scripts/content-security-policy.ts'
import { inlineStylesheet } from './scripts/inline-stylesheet.ts'
import { prerenderPages } from './scripts/prerender.ts'
import { SYNC_CODE, SYNC_CODE_CACHE } from './src/tracking/sync/sync-code.ts'

export const manifest: Partial<ManifestOptions> = {
  name: 'Captain’s Log — Star Trek watch tracker',
  short_name: 'Captain’s Log',
  description:
    'Track every Star Trek episode and film you have watched, with ratings and notes. Works offline.',
  theme_color: '#0b1d3a',
  background_color: '#0b1d3a',
  display: 'standalone',
  start_url: '/',
  scope: '/',
  id: '/',
  lang: 'en',
  categories: ['entertainment', 'lifestyle'],
  icons: [
    { src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png' },
    { src: '/pwa-512x512.png', sizes: '512x512', type: 'image/png' },
    { src: '/maskable-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
}

/**
 * react-router's package exports only its development build to bundlers, dev-only checks and
 * warnings included; its production build sits beside it. Builds use that one (decision 010).
 */
function reactRouterProduction(): Plugin {
  const entry = fileURLToPath(
    new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
  )
  return {
    name: 'captains-log:react-router-production',
    apply: 'build',
    config: () => ({ resolve: { alias: { 'react-router': entry } } }),
  }
}

/** What the app trusts without a second validation: the catalogue `npm run catalogue` checked. */
const catalogueDigest = createHash('sha256')
  .update(readFileSync(new URL('./public/catalogue.json', import.meta.url)))
  .digest('hex')

export default defineConfig({
  define: { __CATALOGUE_SHA256__: JSON.stringify(catalogueDigest) },
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  plugins: [
    react(),
    reactRouterProduction(),
    // Before the policy, which hashes the inlined stylesheet.
    inlineStylesheet(),
    contentSecurityPolicy(),
    prerenderPages(),
    VitePWA({
      // 'prompt': a new version waits for the person's "Reload", never reloads an open tab.
      registerType: 'prompt',
      injectRegister: false,
      // globPatterns below already precaches every icon, robots.txt and the catalogue; the plugin
      // adds the manifest itself. Without these two, each icon and the manifest were listed twice.
      includeManifestIcons: false,
      manifest,
      workbox: {
        globPatterns: ['**/*.{js,css,html,png,svg,ico,json}'],
        // PouchDB and the replicator (34 KiB) only for those who turn sync on: fetched then, and
        // kept by the runtime cache below so sync starts offline too.
        globIgnores: ['**/assets/sync-database-*.js', '**/assets/replicator-*.js'],
        runtimeCaching: [
          {
            urlPattern: SYNC_CODE,
            handler: 'CacheFirst',
            // Each version's chunk has a new name: keep the last two, not every one ever used.
            options: {
              cacheName: SYNC_CODE_CACHE,
              expiration: { maxEntries: 4 },
              // A server's `Vary: Origin` (vite preview's, say) would miss the copy the page
              // kept, and the names carry a hash of the contents anyway.
              matchOptions: { ignoreVary: true },
            },
          },
        ],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/support/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // Room for the 10 s waits in tests/support/setup.ts on a loaded machine (the default is 5 s).
    testTimeout: 30_000,
  },
})
