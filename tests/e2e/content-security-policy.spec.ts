import { expect, test } from '@playwright/test'
import { starGazer, waitForWatchLog } from './support/app'

/*
 * Issue 8: a strict Content Security Policy, served by the build and `vite preview` in a meta
 * tag. The app works under it, logs no violation, and a script injected inline does not run.
 */

test('the app runs under its Content Security Policy, and an injected inline script does not', async ({
  page,
}) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  // The theme script and the prerendered page's script are the inline ones; hashed in the policy.
  await page.addInitScript(() => {
    localStorage.setItem('captains-log:preferences', '{"state":{"theme":"dark"},"version":1}')
  })
  await page.goto(starGazer.url)
  await waitForWatchLog(page)
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'/)
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/)

  // Everything a person does on the page still works: catalogue fetched, marks saved.
  await expect(page.getByRole('heading', { level: 1, name: starGazer.title })).toBeVisible()
  await page.getByRole('checkbox', { name: 'Watched', exact: true }).check()
  await expect(page.getByRole('checkbox', { name: 'Watched', exact: true })).toBeChecked()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')

  const ran = await page.evaluate(async () => {
    const seen = new Promise<string>((resolve) => {
      document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), {
        once: true,
      })
    })
    const script = document.createElement('script')
    script.textContent = 'window.__injected = true'
    document.body.append(script)
    const directive = await seen
    return { injected: (window as { __injected?: boolean }).__injected === true, directive }
  })
  expect(ran).toEqual({ injected: false, directive: expect.stringMatching(/^script-src/) })
  // The only violation is the one the test caused.
  expect(violations.filter((v) => !v.includes('inline script'))).toEqual([])
})
