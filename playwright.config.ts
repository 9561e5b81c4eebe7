import { defineConfig, devices } from '@playwright/test'
import { baseURL, chromiumArgs, chromiumExecutable, port } from './tests/e2e/support/chromium'
import { SYNC_PORT } from './tests/e2e/support/sync'

/**
 * End-to-end tests against the production build (`vite build` first: `npm run test:e2e`).
 * One worker and no retries: a flaky test is a bug to fix, not to hide.
 */
export default defineConfig({
  testDir: './tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/artifacts',
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: { baseURL, trace: 'off', screenshot: 'off' },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: chromiumExecutable, args: chromiumArgs },
      },
    },
  ],
  webServer: [
    {
      command: `node_modules/.bin/vite preview --host 127.0.0.1 --port ${port} --strictPort`,
      url: baseURL,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      // The sync server (issue 11): PouchDB Server in memory, gone when the run ends. The
      // `ready` database is made last by the script, when the user and database exist.
      command: `node scripts/sync-server.mjs --port ${SYNC_PORT} --quiet`,
      url: `http://127.0.0.1:${SYNC_PORT}/ready`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
})
