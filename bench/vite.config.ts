import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'

/**
 * The bench harness page: built in production mode from bench/, importing the real
 * src/tracking modules through the same '@' alias as the app. Output goes under
 * node_modules/.cache so the repo's eslint and prettier never see built files.
 */
export const harnessOutDir = fileURLToPath(
  new URL('../node_modules/.cache/captains-log-bench/harness', import.meta.url),
)

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: { alias: { '@': fileURLToPath(new URL('../src', import.meta.url)) } },
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: harnessOutDir,
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
  },
  preview: { host: '127.0.0.1', strictPort: true },
})
