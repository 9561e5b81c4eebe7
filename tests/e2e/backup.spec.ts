import { readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { expect, test, type Page } from '@playwright/test'
import {
  readRecord,
  readWatchLog,
  screenshotAtSizes,
  star,
  starGazer,
  waitForWatchLog,
  watchLogAfterPendingWrites,
  type RawEntry,
  type StoredRecord,
} from './support/app'
import { baseURL } from './support/chromium'

/*
 * Reliability requirements 20 (export round-trip), 21 (a bad field is refused and changes
 * nothing) and 24 (the plan, Cancel and Undo import), through Settings → "Your data" as a person
 * uses it, checked against the raw IndexedDB entries.
 */

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))

const penance = { id: 'pic-s02e02', url: '/episode/pic-s02e02' } as const
const assimilation = { id: 'pic-s02e03', title: 'Assimilation', url: '/episode/pic-s02e03' }
const watcher = { id: 'pic-s02e04', title: 'Watcher' } as const

/** The watch log's records (not meta) by key, as stored. */
function recordsByKey(entries: RawEntry[] | null): Record<string, unknown> {
  return Object.fromEntries((entries ?? []).filter(([key]) => key.startsWith('record:')))
}

async function openSettings(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Your data' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible()
  await waitForWatchLog(page)
}

/**
 * What the person holds, entry by entry: content without the edit stamp, empty entries left out.
 * Undo is a fresh edit (new stamp) and leaves an added entry behind empty, so no other copy of
 * the import can bring it back.
 */
function contentByKey(entries: RawEntry[] | null): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(recordsByKey(entries))) {
    const content: Omit<StoredRecord, 'updatedAt' | 'updatedBy'> &
      Partial<Pick<StoredRecord, 'updatedAt' | 'updatedBy'>> = { ...(value as StoredRecord) }
    delete content.updatedAt
    delete content.updatedBy
    const empty =
      content.plays.length === 0 &&
      !content.skipped &&
      content.rewatchStarts.length === 0 &&
      content.rating10 === null &&
      content.note === ''
    if (!empty) out[key] = content
  }
  return out
}

const planCounts = (page: Page) =>
  page.getByRole('region', { name: 'Import plan' }).getByRole('listitem')

test('a backup exported from Settings and imported into an empty browser profile gives exactly the same records, and the app shows them', async ({
  page,
  browser,
}, testInfo) => {
  const note = 'Q is back, “as ever”.\nSecond line, with commas, and ünïcödé.'
  await page.goto(starGazer.url)
  await page.getByRole('checkbox', { name: 'Watched', exact: true }).click()
  await star(page, '4.5 stars').click()
  await page.getByLabel('Your note').fill(note)
  await expect.poll(async () => (await readRecord(page, starGazer.id))?.note).toBe(note)
  // A rating alone, and an episode marked then unmarked (an empty record that must travel too).
  await page.goto(penance.url)
  await star(page, '3.5 stars').click()
  await page.goto(starGazer.seasonUrl)
  const assimilationRow = page.getByRole('checkbox', {
    name: `Watched: ${assimilation.title}`,
    exact: true,
  })
  await assimilationRow.click()
  await expect(assimilationRow).toBeChecked()
  await assimilationRow.click()
  await expect(assimilationRow).not.toBeChecked()
  await expect
    .poll(async () => [
      (await readRecord(page, penance.id))?.rating10,
      (await readRecord(page, assimilation.id))?.plays,
    ])
    .toEqual([7, []])
  const original = recordsByKey(await readWatchLog(page))
  expect(Object.keys(original)).toEqual([
    `record:${starGazer.id}`,
    `record:${penance.id}`,
    `record:${assimilation.id}`,
  ])

  await openSettings(page)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export backup (JSON)' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^captains-log-backup-\d{4}-\d{2}-\d{2}\.json$/)
  const file = testInfo.outputPath(download.suggestedFilename())
  await download.saveAs(file)
  const backup = JSON.parse(await readFile(file, 'utf8')) as {
    format: string
    formatVersion: number
    records: StoredRecord[]
  }
  expect(backup).toMatchObject({ format: 'captains-log-backup', formatVersion: 2 })
  // Records sorted by id, each exactly as stored (the entries are sorted by key: `record:<id>`).
  expect(backup.records).toEqual(Object.values(original))

  // A new browser profile: its own, empty IndexedDB.
  const fresh = await browser.newContext({ baseURL })
  try {
    const other = await fresh.newPage()
    await other.goto('/')
    await openSettings(other)
    expect((await readWatchLog(other)) ?? []).toEqual([])

    await other.getByLabel('Backup file').setInputFiles(file)
    await expect(planCounts(other)).toHaveText([
      /^3 new$/,
      /^0 changed$/,
      /^0 conflicting/,
      /^0 unchanged$/,
    ])
    await other.getByRole('button', { name: 'Import', exact: true }).click()
    await expect(other.getByRole('status').filter({ hasText: 'Imported.' })).toBeVisible()

    const imported = await readWatchLog(other)
    expect(recordsByKey(imported)).toEqual(original)
    // Meta is this profile's own (when it was created), but says which schema the records use.
    expect(imported?.find(([key]) => key === 'meta')?.[1]).toMatchObject({ schemaVersion: 2 })

    await other.goto(starGazer.url)
    await expect(other.getByRole('heading', { level: 1, name: starGazer.title })).toBeVisible()
    await expect(other.getByRole('checkbox', { name: 'Watched', exact: true })).toBeChecked()
    await expect(other.getByRole('radio', { name: '4.5 stars', exact: true })).toBeChecked()
    await expect(other.getByLabel('Your note')).toHaveValue(note)
  } finally {
    await fresh.close()
  }
})

test('a backup whose records[0].plays[0].watchedAt is "yesterday" is not imported: the message names the field and IndexedDB stays byte-for-byte the same', async ({
  page,
}) => {
  await page.goto(starGazer.url)
  await page.getByRole('checkbox', { name: 'Watched', exact: true }).click()
  await page.getByLabel('Your note').fill('Here before the bad file.')
  await expect
    .poll(async () => (await readRecord(page, starGazer.id))?.note)
    .toBe('Here before the bad file.')
  await openSettings(page)
  const before = await watchLogAfterPendingWrites(page)

  await page.getByLabel('Backup file').setInputFiles(fixture('backup-bad-field.json'))
  const refusal = page.getByRole('alert').filter({ hasText: 'Not imported.' })
  await expect(refusal).toBeVisible()
  await expect(refusal).toContainText('records[0].plays[0].watchedAt')
  await expect(page.getByRole('region', { name: 'Import plan' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0)

  expect(await watchLogAfterPendingWrites(page)).toBe(before)
})

test('an import shows a plan (1 new, 1 changed, 1 conflicting, 1 unchanged); Cancel changes nothing; Import then Undo import puts back what every entry held', async ({
  page,
}, testInfo) => {
  // This browser's copies: Star Gazer watched (the file has a newer copy: changed), Penance with
  // a note (the file's copy is older and different: conflicting), Assimilation rated 3 stars
  // (the file's copy has the same content: unchanged). Watcher is only in the file (new).
  await page.goto(penance.url)
  await page.getByLabel('Your note').fill('Ours: written in this browser.')
  await expect
    .poll(async () => (await readRecord(page, penance.id))?.note)
    .toBe('Ours: written in this browser.')
  await page.goto(assimilation.url)
  await star(page, '3 stars').click()
  await expect.poll(async () => (await readRecord(page, assimilation.id))?.rating10).toBe(6)
  await page.goto(starGazer.seasonUrl)
  await page.getByRole('checkbox', { name: `Watched: ${starGazer.title}`, exact: true }).click()
  await expect.poll(async () => (await readRecord(page, starGazer.id))?.plays.length).toBe(1)

  await openSettings(page)
  const before = await watchLogAfterPendingWrites(page)
  const ours = recordsByKey(JSON.parse(before) as RawEntry[])
  // The file's Star Gazer was edited on another device a minute after ours (a time later than
  // a day from now would be refused as a broken clock).
  const backup = JSON.parse(await readFile(fixture('backup-plan.json'), 'utf8')) as {
    records: StoredRecord[]
  }
  const later = Date.now() + 60_000
  for (const record of backup.records.filter((r) => r.id === starGazer.id)) {
    record.updatedAt = later
    for (const play of record.plays) play.loggedAt = later
  }
  const file = testInfo.outputPath('backup-plan.json')
  await writeFile(file, JSON.stringify(backup))
  const fromFile = backup.records
  const fileRecord = (id: string) => fromFile.find((r) => r.id === id)

  const plan = page.getByRole('region', { name: 'Import plan' })
  const counts = [/^1 new$/, /^1 changed$/, /^1 conflicting/, /^1 unchanged$/]
  await page.getByLabel('Backup file').setInputFiles(file)
  await expect(plan.getByRole('heading', { name: 'Import “backup-plan.json”?' })).toBeVisible()
  await expect(planCounts(page)).toHaveText(counts)
  await screenshotAtSizes(page, 'import-plan', plan)

  await plan.getByRole('button', { name: 'Cancel' }).click()
  await expect(plan).toHaveCount(0)
  expect(await watchLogAfterPendingWrites(page)).toBe(before)

  await page.getByLabel('Backup file').setInputFiles(file)
  await expect(planCounts(page)).toHaveText(counts)
  await plan.getByRole('button', { name: 'Import', exact: true }).click()
  const imported = page.getByRole('status').filter({ hasText: 'Imported.' })
  await expect(imported).toBeVisible()
  await expect(imported).toContainText('1 new and 1 changed')

  const after = await readWatchLog(page)
  expect(recordsByKey(after)).toEqual({
    [`record:${starGazer.id}`]: fileRecord(starGazer.id),
    [`record:${penance.id}`]: ours[`record:${penance.id}`],
    [`record:${assimilation.id}`]: ours[`record:${assimilation.id}`],
    [`record:${watcher.id}`]: fileRecord(watcher.id),
  })

  await imported.getByRole('button', { name: 'Undo import' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Import undone.' })).toBeVisible()
  const undone = JSON.parse(await watchLogAfterPendingWrites(page)) as RawEntry[]
  expect(contentByKey(undone)).toEqual(contentByKey(JSON.parse(before) as RawEntry[]))

  await page.goto(starGazer.seasonUrl)
  await expect(
    page.getByRole('checkbox', { name: `Watched: ${starGazer.title}`, exact: true }),
  ).toBeChecked()
  await expect(
    page.getByRole('checkbox', { name: `Watched: ${watcher.title}`, exact: true }),
  ).not.toBeChecked()
  expect(await watchLogAfterPendingWrites(page)).toBe(JSON.stringify(undone))
})
