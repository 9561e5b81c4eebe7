import { expect, test, type Page } from '@playwright/test'
import { readRecord, readWatchLog, star } from './support/app'

const seriesNote = 'Best of the new shows.\n<b>Not bold</b>, just text.'

const row = (page: Page, title: string) =>
  page.getByRole('checkbox', { name: `Watched: ${title}`, exact: true })

test('a person skips an episode by key, starts a rewatch, rates and notes the series, and all of it survives a reload', async ({
  page,
}) => {
  await page.goto('/series/pic/season/1')
  await expect(page.getByRole('heading', { level: 2, name: 'Season 1' })).toBeVisible()

  await page
    .getByRole('button', { name: 'Mark everything up to “Stardust City Rag” watched' })
    .click()
  // The bulk mark asks when, in the row it was asked from.
  const when = page.getByRole('group', { name: /^When did you watch them/ })
  await expect(when).toContainText('5 episodes: season 1, up to “Stardust City Rag”')
  await when.getByText('When each first aired').click()
  await when.getByRole('button', { name: 'Mark 5 episodes watched' }).click()
  await expect(row(page, 'Stardust City Rag')).toBeChecked()
  await expect(
    page.getByRole('listitem').filter({ has: row(page, 'Stardust City Rag') }),
  ).toContainText(
    '5 episodes marked watched, each on its air date (season 1, up to “Stardust City Rag”).',
  )
  await expect
    .poll(async () => (await readRecord(page, 'pic-s01e01'))?.plays[0])
    .toMatchObject({ precision: 'release', watchedAt: '2020-01-23' })

  // Keyboard: j walks to the rows, s skips the one in focus.
  // From no focus (the confirmation has none); a click on the page could land on a link.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('j')
  await expect(row(page, 'The Impossible Box')).toBeFocused()
  await page.keyboard.press('s')
  const skip = page.getByRole('button', { name: 'Skip The Impossible Box', exact: true })
  await expect(skip).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByText('5 of 9 watched · 1 skipped').first()).toBeVisible()

  await page.getByRole('button', { name: 'Start a rewatch of Star Trek: Picard' }).click()
  await expect(row(page, 'Remembrance')).not.toBeChecked()
  await row(page, 'Remembrance').click()
  await expect(row(page, 'Remembrance')).toBeChecked()

  await star(page, '4 stars').first().click()
  await page.getByRole('button', { name: 'Add a note on Star Trek: Picard' }).click()
  await page.getByLabel('Your note on Star Trek: Picard').fill(seriesNote)
  await page.getByRole('button', { name: 'Done' }).click()

  await expect
    .poll(async () => {
      const [first, series, skipped] = await Promise.all([
        readRecord(page, 'pic-s01e01'),
        readRecord(page, 'pic'),
        readRecord(page, 'pic-s01e06'),
      ])
      return {
        plays: first?.plays.length,
        rewatches: series?.rewatchStarts.length,
        rating10: series?.rating10,
        note: series?.note,
        skipped: skipped?.skipped,
      }
    })
    .toEqual({ plays: 2, rewatches: 1, rating10: 8, note: seriesNote, skipped: true })

  await page.reload()
  await expect(row(page, 'Remembrance')).toBeChecked()
  await expect(row(page, 'Maps and Legends')).not.toBeChecked()
  await expect(
    page.getByRole('button', { name: 'Skip The Impossible Box', exact: true }),
  ).toHaveAttribute('aria-pressed', 'true')
  const passes = page.getByRole('region', { name: 'Watch passes' })
  await expect(passes.getByText('Rewatch 1')).toBeVisible()
  await expect(
    passes.getByRole('list', { name: 'Earlier passes through Star Trek: Picard' }),
  ).toContainText('First watch')
  // The note is text, line breaks kept, never markup.
  const take = page.getByRole('region', { name: 'Your take' })
  await expect(take.locator('.note-text')).toHaveText(seriesNote)
  await expect(take.locator('b')).toHaveCount(0)

  await page.getByRole('link', { name: 'Up next' }).first().click()
  await expect(page.getByRole('link', { name: 'Maps and Legends' })).toBeVisible()
})

test('a profile saved in format 1 opens with nothing lost and is stored in format 2', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  // This fresh profile labels itself with today's format when the page is hidden: let it do so
  // now, so it cannot write over the old profile seeded below when the page goes.
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')))
  await expect
    .poll(async () => (await readWatchLog(page))?.some(([key]) => key === 'meta'))
    .toBe(true)
  // Replace the profile with one written by the first release, then open the app on it.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('captains-log')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error ?? new Error('open failed'))
    })
    const tx = db.transaction('watch-log', 'readwrite')
    const store = tx.objectStore('watch-log')
    store.clear()
    store.put({ schemaVersion: 1, createdAt: 1_700_000_000_000 }, 'meta')
    store.put(
      {
        id: 'pic-s02e01',
        plays: [{ precision: 'date', watchedAt: '2022-03-03' }],
        rating10: 9,
        note: 'Written by version 1.',
        updatedAt: 1_700_000_000_500,
        updatedBy: 'old-tab',
      },
      'record:pic-s02e01',
    )
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error ?? new Error('write failed'))
    })
    db.close()
  })
  await page.goto('/episode/pic-s02e01')
  await expect(page.getByRole('checkbox', { name: 'Watched', exact: true })).toBeChecked()
  await expect(page.getByRole('radio', { name: '4.5 stars', exact: true })).toBeChecked()
  await expect(page.getByLabel('Your note')).toHaveValue('Written by version 1.')
  await expect
    .poll(async () => {
      const log = await readWatchLog(page)
      return Object.fromEntries(log ?? [])
    })
    .toMatchObject({
      meta: { schemaVersion: 2, createdAt: 1_700_000_000_000 },
      'record:pic-s02e01': {
        id: 'pic-s02e01',
        plays: [{ precision: 'date', watchedAt: '2022-03-03', loggedAt: 0 }],
        skipped: false,
        rewatchStarts: [],
        rating10: 9,
        note: 'Written by version 1.',
        updatedAt: 1_700_000_000_500,
        updatedBy: 'old-tab',
      },
    })
})
