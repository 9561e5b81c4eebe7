import { expect, test } from '@playwright/test'
import { openStarGazerFromHome, readRecord, star, starGazer } from './support/app'

const note = 'Q is back, and so is the Borg Queen.\nSecond line: Picard at the vineyard.'

test('a person finds The Star Gazer from the home page, marks it watched, rates it 4.5 stars and writes a note, and all of it is still there after a reload', async ({
  page,
}) => {
  await page.goto('/')
  await openStarGazerFromHome(page)

  const watched = page.getByRole('checkbox', { name: 'Watched', exact: true })
  await expect(watched).not.toBeChecked()
  await watched.click()
  await expect(watched).toBeChecked()
  await expect(page.getByLabel('Date watched')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/)

  await star(page, '4.5 stars').click()
  await expect(page.getByRole('radio', { name: '4.5 stars', exact: true })).toBeChecked()

  const noteBox = page.getByLabel('Your note')
  await noteBox.click()
  await noteBox.pressSequentially(note)
  await expect(noteBox).toHaveValue(note)

  // Reload only once everything is on disk: this test is about persistence, not the pagehide
  // flush (close-tab.spec.ts covers that).
  await expect
    .poll(async () => {
      const record = await readRecord(page, starGazer.id)
      return (
        record && { watched: record.plays.length > 0, rating10: record.rating10, note: record.note }
      )
    })
    .toEqual({ watched: true, rating10: 9, note })

  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: starGazer.title })).toBeVisible()
  await expect(page.getByRole('checkbox', { name: 'Watched', exact: true })).toBeChecked()
  await expect(page.getByRole('radio', { name: '4.5 stars', exact: true })).toBeChecked()
  await expect(page.getByLabel('Your note')).toHaveValue(note)
})
