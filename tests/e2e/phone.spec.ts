import { expect, test } from '@playwright/test'

// A phone: narrow, and a finger for a pointer.
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

test('the current season’s tab is in view, even the last of seven', async ({ page }) => {
  await page.goto('/series/tng/season/7')
  const tab = page.getByRole('navigation', { name: 'Seasons' }).getByRole('link', {
    name: /^Season 7/,
  })
  await expect(tab).toHaveAttribute('aria-current', 'page')
  // Whole, give or take a subpixel (before, it was off screen: ratio 0).
  await expect(tab).toBeInViewport({ ratio: 0.95 })
})

test('half stars are a comfortable target for a finger', async ({ page }) => {
  await page.goto('/episode/tng-s01e03')
  const half = page.locator('.stars__half').first()
  await expect(half).toBeVisible()
  const box = await half.boundingBox()
  expect(box?.width).toBeGreaterThanOrEqual(28)
  expect(box?.height).toBeGreaterThanOrEqual(44)
  // All ten halves still fit on the narrowest phone we design for.
  await page.setViewportSize({ width: 360, height: 740 })
  await expect(page.locator('.stars__half').last()).toBeInViewport({ ratio: 1 })
})
