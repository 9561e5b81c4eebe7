import { expect, test } from '@playwright/test'
import { finishFirstVisit, readRecord, starGazer } from './support/app'

test('after the first visit, a reload with the network off shows the app, the series list and what the person has watched', async ({
  page,
  context,
}) => {
  await page.goto('/')
  await finishFirstVisit(page)

  await page.goto(starGazer.seasonUrl)
  const row = page.getByRole('checkbox', { name: `Watched: ${starGazer.title}`, exact: true })
  await row.click()
  await expect(row).toBeChecked()
  await expect.poll(async () => (await readRecord(page, starGazer.id))?.plays.length).toBe(1)

  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Star Trek: Picard' })).toBeVisible()
  await expect(
    page.getByRole('checkbox', { name: `Watched: ${starGazer.title}`, exact: true }),
  ).toBeChecked()

  await page.goto('/')
  await expect(
    page.getByRole('heading', { level: 1, name: 'Star Trek, every voyage' }),
  ).toBeVisible()
  await expect(page.getByRole('link', { name: 'Star Trek: Picard', exact: true })).toBeVisible()
  await expect(
    page.getByRole('link', { name: 'Star Trek: The Next Generation', exact: true }),
  ).toBeVisible()
  await expect(page.getByText(/^1 of \d+ watched across the franchise$/)).toBeVisible()
})

test('after the first visit, an episode page never opened before opens with the network off', async ({
  page,
  context,
}) => {
  await page.goto('/')
  await finishFirstVisit(page)

  await context.setOffline(true)
  const tab = await context.newPage()
  await tab.goto('/episode/tng-s03e01')
  await expect(tab.getByRole('heading', { level: 1, name: 'Evolution' })).toBeVisible()
  await expect(tab.getByRole('checkbox', { name: 'Watched', exact: true })).toBeEnabled()
  await expect(tab.getByRole('link', { name: 'Star Trek: The Next Generation' })).toBeVisible()
})

test.describe('without a service worker', () => {
  test.use({ serviceWorkers: 'block' })

  test('an offline reload fails, so the offline tests above really test the service worker', async ({
    page,
    context,
  }) => {
    await page.goto('/')
    await expect(page.getByRole('link', { name: 'Star Trek: Picard', exact: true })).toBeVisible()
    await context.setOffline(true)
    await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/)
  })
})
