import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import {
  readRecord,
  readWatchLog,
  screenshotAtSizes,
  star,
  starGazer,
  waitForWatchLog,
  watchLogAfterPendingWrites,
} from './support/app'

/*
 * Reliability requirements 7, 8, 9 and 11: two tabs of one browser profile (two pages of one
 * context share IndexedDB and the BroadcastChannel 'captains-log').
 */

const penance = { id: 'pic-s02e02', title: 'Penance' } as const

/** A second (or third) tab of the same profile, opened at `url`, its watch log loaded. */
async function openTab(context: BrowserContext, url: string): Promise<Page> {
  const tab = await context.newPage()
  await tab.goto(url)
  await waitForWatchLog(tab)
  return tab
}

const watchedRow = (tab: Page, title: string) =>
  tab.getByRole('checkbox', { name: `Watched: ${title}`, exact: true })

const watchedBox = (tab: Page) => tab.getByRole('checkbox', { name: 'Watched', exact: true })

const differentEpisodes = [
  {
    deaf: false,
    title:
      'two tabs marking different episodes both keep their edits: after reloading, both tabs show both episodes watched',
  },
  {
    deaf: true,
    title:
      'two tabs marking different episodes both keep their edits even when the second tab hears nothing from the first',
  },
]

for (const { deaf, title } of differentEpisodes) {
  test(title, async ({ page: tab1, context }) => {
    await tab1.goto(starGazer.seasonUrl)
    await waitForWatchLog(tab1)
    const tab2 = await context.newPage()
    if (deaf) {
      // As if every message to tab 2 were lost: it never learns of A, and must not erase it.
      await tab2.addInitScript(() => {
        BroadcastChannel.prototype.addEventListener = () => undefined
      })
    }
    await tab2.goto(starGazer.seasonUrl)
    await waitForWatchLog(tab2)

    // Tab 2 was loaded before tab 1's edit and is never reloaded before its own.
    await watchedRow(tab1, starGazer.title).click()
    await watchedRow(tab2, penance.title).click()
    if (deaf) await expect(watchedRow(tab2, starGazer.title)).not.toBeChecked()

    // Reload only once both edits are on disk: closing with edits pending is close-tab.spec.ts.
    await expect
      .poll(async () => [
        (await readRecord(tab1, starGazer.id))?.plays.length,
        (await readRecord(tab1, penance.id))?.plays.length,
      ])
      .toEqual([1, 1])

    for (const tab of [tab1, tab2]) {
      await tab.reload()
      await expect(watchedRow(tab, starGazer.title)).toBeChecked()
      await expect(watchedRow(tab, penance.title)).toBeChecked()
    }
  })
}

test('an edit in one tab (watched, then a rating, then a note) shows in the other tab within a second, without a reload', async ({
  page: tab1,
  context,
}) => {
  await tab1.goto(starGazer.url)
  await waitForWatchLog(tab1)
  const tab2 = await openTab(context, starGazer.url)
  await expect(watchedBox(tab2)).not.toBeChecked()
  const within = { timeout: 1_000 }

  await watchedBox(tab1).click()
  await expect(watchedBox(tab2)).toBeChecked(within)

  await star(tab1, '4.5 stars').click()
  await expect(tab2.getByRole('radio', { name: '4.5 stars', exact: true })).toBeChecked(within)

  const note = 'Typed in the first tab.\nRead in the second.'
  await tab1.getByLabel('Your note').fill(note)
  await expect(tab2.getByLabel('Your note')).toHaveValue(note, within)
})

test('two tabs toggling the same episode quickly in opposite directions end with the same value in both tabs and in IndexedDB', async ({
  page: tab1,
  context,
}) => {
  await tab1.goto(starGazer.url)
  await waitForWatchLog(tab1)
  const tab2 = await openTab(context, starGazer.url)

  /*
   * Each round, both tabs at once set the episode in opposite directions: tab 1 watched and tab 2
   * unwatched, then the other way round. A tab that already shows its value unticks and ticks
   * again, so that both tabs make an edit every round. Checking and clicking happen inside the
   * page in one go: a Playwright click takes long enough for the other tab's change to arrive
   * first, and there would be no race.
   */
  const setWatched = (tab: Page, watched: boolean) =>
    watchedBox(tab).evaluate((box: HTMLInputElement, want) => {
      if (box.checked === want) box.click()
      box.click()
    }, watched)

  for (let round = 0; round < 12; round++) {
    const want = round % 2 === 0
    await Promise.all([setWatched(tab1, want), setWatched(tab2, !want)])
  }

  const state = async () => ({
    tab1: await watchedBox(tab1).isChecked(),
    tab2: await watchedBox(tab2).isChecked(),
    disk: ((await readRecord(tab1, starGazer.id))?.plays.length ?? 0) > 0,
  })
  let settled = await state()
  await expect(async () => {
    settled = await state()
    expect(settled.tab2, JSON.stringify(settled)).toBe(settled.tab1)
    expect(settled.disk, JSON.stringify(settled)).toBe(settled.tab1)
  }).toPass({ timeout: 5_000 })

  // What the tabs show is what is on disk: reloaded, they read the same value back, and the
  // reload (which flushes anything pending) changes nothing.
  const disk = JSON.stringify(await readWatchLog(tab1))
  for (const tab of [tab1, tab2]) {
    await tab.reload()
    await waitForWatchLog(tab)
    if (settled.disk) await expect(watchedBox(tab)).toBeChecked()
    else await expect(watchedBox(tab)).not.toBeChecked()
  }
  expect(JSON.stringify(await readWatchLog(tab1))).toBe(disk)
})

/**
 * Holds the watch-log store busy from a third tab (a readwrite transaction kept alive), so the
 * tabs' writes queue up in the order their transactions were created. Returns the release.
 */
async function holdWatchLog(context: BrowserContext): Promise<() => Promise<void>> {
  const holder = await context.newPage()
  await holder.goto('/robots.txt') // same origin, without the app
  await holder.evaluate(
    () =>
      new Promise<void>((started, failed) => {
        const open = indexedDB.open('captains-log')
        open.onerror = () => failed(open.error ?? new Error('open failed'))
        open.onsuccess = () => {
          const store = open.result.transaction('watch-log', 'readwrite').objectStore('watch-log')
          const flag = window as unknown as { releaseWatchLog?: boolean }
          const spin = () => {
            if (!flag.releaseWatchLog) store.get('meta').onsuccess = spin
          }
          spin()
          started()
        }
      }),
  )
  return async () => {
    await holder.evaluate(() => {
      ;(window as unknown as { releaseWatchLog?: boolean }).releaseWatchLog = true
    })
  }
}

/*
 * A tab being hidden saves with the checked write (a newer copy on disk wins), and a tab that
 * hears of an older copy than its own saves its own again. IndexedDB is held busy here so the
 * order is certain; without that the window is the few milliseconds before the other tab's
 * "changed" message arrives.
 */
test('a tab hidden with an older unsaved edit does not overwrite the newer edit another tab saved just before: both tabs and IndexedDB agree on the later edit', async ({
  page: tab1,
  context,
}) => {
  await tab1.goto(starGazer.url)
  await waitForWatchLog(tab1)
  const tab2 = await openTab(context, starGazer.url)
  const release = await holdWatchLog(context)

  await tab1.getByLabel('Your note').fill('Typed in tab 1, then tab 1 is hidden.') // saved in 300 ms
  await watchedBox(tab2).click() // later: this record wins; its write waits for the store
  await tab2.evaluate(() => new Promise((resolve) => setTimeout(() => setTimeout(resolve, 0), 0)))
  await tab1.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' })
    document.dispatchEvent(new Event('visibilitychange'))
  })
  await release()

  const state = async () => {
    const disk = await readRecord(tab1, starGazer.id)
    return {
      tab1: [await watchedBox(tab1).isChecked(), await tab1.getByLabel('Your note').inputValue()],
      tab2: [await watchedBox(tab2).isChecked(), await tab2.getByLabel('Your note').inputValue()],
      disk: [(disk?.plays.length ?? 0) > 0, disk?.note],
    }
  }
  await expect(async () => {
    const now = await state()
    expect(now, 'the later edit (watched, without the note) wins everywhere').toEqual({
      tab1: [true, ''],
      tab2: [true, ''],
      disk: [true, ''],
    })
  }).toPass({ timeout: 3_000 })
})

test('a tab told that a newer version of the app is open becomes read-only: it says so, disables its controls and writes nothing more', async ({
  page: tab1,
  context,
}) => {
  await tab1.goto(starGazer.url)
  await waitForWatchLog(tab1)
  await watchedBox(tab1).click()
  await expect.poll(async () => (await readRecord(tab1, starGazer.id))?.plays.length).toBe(1)
  const tab2 = await openTab(context, starGazer.url)
  const before = await watchLogAfterPendingWrites(tab1)

  // A tab running a future version announces itself (its schema version is higher).
  await tab2.evaluate(() => {
    const channel = new BroadcastChannel('captains-log')
    channel.postMessage({ type: 'announce', from: 'future-tab', schemaVersion: 999 })
    channel.close()
  })

  const banner = tab1.getByRole('alert').filter({ hasText: 'Read-only.' })
  await expect(banner).toBeVisible()
  await expect(banner).toContainText('newer version')

  const watched = watchedBox(tab1)
  const note = tab1.getByLabel('Your note')
  await expect(watched).toBeDisabled()
  await expect(watched).toBeChecked()
  await expect(tab1.getByLabel('Date watched')).toBeDisabled()
  await expect(note).toBeDisabled()
  const radios = tab1.getByRole('radio')
  await expect(radios).toHaveCount(10)
  for (const radio of await radios.all()) await expect(radio).toBeDisabled()

  await screenshotAtSizes(tab1, 'read-only-banner', banner)

  // A person's click on the disabled checkbox does nothing.
  await watched.click({ force: true })
  await expect(watched).toBeChecked()
  expect(await watchLogAfterPendingWrites(tab1)).toBe(before)

  // Nor does an edit that gets past the disabled controls: the store itself refuses to write.
  await watched.evaluate((box) => box.removeAttribute('disabled'))
  await tab1.locator('fieldset.stars').evaluate((set) => set.removeAttribute('disabled'))
  await watched.click()
  await star(tab1, '2 stars').click()
  await expect(watched).toBeChecked()
  await expect(tab1.getByRole('radio', { name: '2 stars', exact: true })).not.toBeChecked()
  expect(await watchLogAfterPendingWrites(tab1)).toBe(before)

  // The season list in the same tab is read-only too (reached without a reload).
  await tab1
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'Season 2' })
    .click()
  await expect(tab1).toHaveURL(starGazer.seasonUrl)
  await expect(banner).toBeVisible()
  await expect(watchedRow(tab1, starGazer.title)).toBeDisabled()
  await expect(watchedRow(tab1, penance.title)).toBeDisabled()
  await expect(tab1.getByRole('button', { name: /^Mark season 2 (un)?watched$/ })).toBeDisabled()
  expect(await watchLogAfterPendingWrites(tab1)).toBe(before)
})
