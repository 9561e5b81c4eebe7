/**
 * The one Chromium the e2e suite runs: Debian's /usr/bin/chromium (never a Playwright download),
 * with the flags verified in /work/shared/docs/toolchain.md. Shared by playwright.config.ts and
 * the specs that launch a browser of their own (the installability check).
 */
export const chromiumExecutable = process.env.CHROME_PATH || '/usr/bin/chromium'

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/**
 * 4183, beside `npm start` on 4173 (vite.config.ts), so the suite runs while the app is open;
 * E2E_PORT moves it aside when another run holds that port.
 */
export const port = Number(process.env.E2E_PORT ?? 4183)
export const baseURL = `http://127.0.0.1:${port}`
