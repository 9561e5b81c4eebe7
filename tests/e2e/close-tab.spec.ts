import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { readRecord, starGazer } from './support/app'

/*
 * Reliability requirement 12: nothing is pending when a tab closes. Each try acts, closes the tab
 * at once (no waiting for the disk), and the next try opens a new tab in the same browser
 * profile and checks. A lost write is a race, so one try proves little: several tries make a
 * broken flush fail (nearly) every run instead of now and then.
 *
 * Known app bug (November 2026): the writes started on pagehide read before they put
 * (get → onsuccess → put), and Chromium tears the closing page down before the put is issued,
 * so the note test loses most of its tries; the watched test loses a few percent of them.
 * A put + IDBTransaction.commit() issued in the same task survives every try.
 */
test.describe.configure({ timeout: 60_000 })

const TRIES = Number(process.env.CLOSE_TAB_TRIES ?? 10)
const seedNote = 'Seed note: tells us the watch log has loaded.'

/** Opens The Star Gazer in a new tab and waits for the watch log to load (the seed note shows). */
async function openLoaded(context: BrowserContext): Promise<Page> {
  const tab = await context.newPage()
  await tab.goto(starGazer.url)
  await expect(tab.getByLabel('Your note')).not.toHaveValue('')
  return tab
}

async function seed(context: BrowserContext): Promise<void> {
  const tab = await context.newPage()
  await tab.goto(starGazer.url)
  await tab.getByLabel('Your note').fill(seedNote)
  await expect.poll(async () => (await readRecord(tab, starGazer.id))?.note).toBe(seedNote)
  await tab.close()
}

test('an episode marked (or unmarked) watched right before the tab is closed shows the same in a new tab', async ({
  context,
}) => {
  await seed(context)
  let expected = false
  const lost: number[] = []
  for (let i = 1; i <= TRIES + 1; i++) {
    const tab = await openLoaded(context)
    const watched = tab.getByRole('checkbox', { name: 'Watched', exact: true })
    if ((await watched.isChecked()) !== expected) lost.push(i - 1)
    if (i > TRIES) break
    expected = !(await watched.isChecked())
    await watched.click()
    await tab.close()
  }
  expect(lost, `tries (of ${TRIES}) whose tap was lost when the tab closed`).toEqual([])
})

test('a note typed right before the tab is closed (within the save delay) is still there in a new tab', async ({
  context,
}) => {
  await seed(context)
  let expected = seedNote
  const lost: number[] = []
  for (let i = 1; i <= TRIES + 1; i++) {
    const tab = await openLoaded(context)
    const note = tab.getByLabel('Your note')
    const shown = await note.inputValue()
    if (shown !== expected) lost.push(i - 1)
    if (i > TRIES) break
    expected = `Note ${i}, typed just before closing the tab.`
    await note.fill(expected)
    await tab.close()
  }
  expect(lost, `tries (of ${TRIES}) whose note was lost when the tab closed`).toEqual([])
})
