import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { readRecord, starGazer } from './support/app'

/*
 * Reliability requirement 12: nothing is pending when a tab closes. Each try acts, closes the tab
 * at once (no waiting for the disk), and the next try opens a new tab in the same browser
 * profile and checks. A lost write is a race, so one try proves little: several tries make a
 * broken flush fail (nearly) every run instead of now and then.
 *
 * Why the app passes: pagehide and visibilitychange → hidden write with a put +
 * IDBTransaction.commit() in the same task (a read first would not survive the teardown), and
 * abort any checked write still reading, which would otherwise hold the store ahead of it.
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

test('a rewatch logged while the first viewing is still being saved survives the tab closing', async ({
  context,
}) => {
  await seed(context)
  const lost: number[] = []
  for (let i = 1; i <= TRIES; i++) {
    const tab = await openLoaded(context)
    const watched = tab.getByRole('checkbox', { name: 'Watched', exact: true })
    if (await watched.isChecked()) await watched.click()
    await expect.poll(async () => (await readRecord(tab, starGazer.id))?.plays.length).toBe(0)
    // Two edits back to back: the second is still queued behind the first write when the tab closes.
    await watched.click()
    await tab.getByRole('button', { name: 'Watched it again' }).click()
    await tab.close()
    const check = await openLoaded(context)
    const plays = (await readRecord(check, starGazer.id))?.plays.length
    if (plays !== 2) lost.push(i)
    await check.close()
  }
  expect(lost, `tries (of ${TRIES}) that lost a viewing when the tab closed`).toEqual([])
})
