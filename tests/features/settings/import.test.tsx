import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_BYTES } from '@/tracking/backup/backup-format'
import { SCHEMA_VERSION, emptyRecord, hasContent, type WatchRecord } from '@/tracking/model'
import { usePreferences } from '@/tracking/preferences'
import { backupFile } from '../../fixtures/backups/backup-files'
import {
  TAB_ID,
  renderApp,
  watchRecord,
  type RenderAppResult,
} from '../../support/render-with-providers'

/** Requirements 21 and 24 on the Settings screen: choose a file, see the plan, decide. */

const ours: WatchRecord[] = [
  watchRecord('tng-s01e01', { rating10: 5, updatedAt: 100, updatedBy: 'laptop' }),
  watchRecord('tng-s01e02', {
    plays: [{ precision: 'date', watchedAt: '2024-05-01', loggedAt: 1 }],
    note: 'my newer note',
    updatedAt: 900,
    updatedBy: 'laptop',
  }),
  watchRecord('tng-s01e03', {
    plays: [{ precision: 'unknown', watchedAt: null, loggedAt: 1 }],
    updatedAt: 300,
    updatedBy: 'laptop',
  }),
  watchRecord('tng-s01e04', { note: 'not in the file', updatedAt: 400, updatedBy: 'laptop' }),
]

/** A backup from "another device": 2 new, 1 changed, 1 conflicting, 1 unchanged. */
const theirs: WatchRecord[] = [
  watchRecord('tng-s01e01', { rating10: 9, updatedAt: 500, updatedBy: 'phone' }), // changed
  watchRecord('tng-s01e02', { note: 'an older note', updatedAt: 200, updatedBy: 'phone' }), // conflict
  structuredClone(ours[2]!), // unchanged
  watchRecord('tng-s01e05', {
    plays: [{ precision: 'exact', watchedAt: '2024-06-01T20:00:00.000Z', loggedAt: 1 }],
    updatedAt: 600,
    updatedBy: 'phone',
  }), // new
  {
    ...emptyRecord('gone-s09e99'),
    note: 'unknown to the catalogue',
    updatedAt: 700,
    updatedBy: 'phone',
  }, // new
]

function backupOf(
  records: readonly WatchRecord[],
  name = 'other-device.json',
  settings: Record<string, unknown> = {},
): File {
  const file = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_VERSION,
    exportedAt: '2026-11-23T20:15:00.000Z',
    schemaVersion: SCHEMA_VERSION,
    catalogueVersion: null,
    settings,
    records,
  }
  return new File([JSON.stringify(file)], name, { type: 'application/json' })
}

/**
 * What the person holds: each record's content, without its edit stamp, and without empty ones
 * (Undo leaves an emptied record behind, so another tab or a sync never brings the entry back).
 */
function contentOf(records: Readonly<Record<string, WatchRecord>>) {
  return Object.fromEntries(
    Object.values(records)
      .filter(hasContent)
      .map(({ updatedAt: _at, updatedBy: _by, ...content }) => [content.id, content]),
  )
}

const snapshot = (app: RenderAppResult) => structuredClone({ ...app.store.getState().records })
const saved = (app: RenderAppResult) => structuredClone(Object.fromEntries(app.adapter.saved))

async function openSettings(options: Parameters<typeof renderApp>[0] = {}) {
  const app = renderApp({ url: '/settings', records: ours, ...options })
  await screen.findByRole('heading', { level: 1, name: 'Your data' })
  await waitFor(() => expect(app.store.getState().status).toBe('ready'))
  return app
}

async function choose(app: RenderAppResult, file: File) {
  await app.user.upload(screen.getByLabelText('Backup file'), file)
}

function planCounts() {
  const plan = screen.getByRole('region', { name: 'Import plan' })
  return within(plan)
    .getAllByRole('listitem')
    .map((item) => item.textContent)
}

describe('requirement 21: a bad file is refused on screen and changes nothing', () => {
  it('backup-bad-field.json: "Not imported." naming records[3].plays[0].watchedAt', async () => {
    const app = await openSettings()
    const before = snapshot(app)

    await choose(app, backupFile('backup-bad-field.json'))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Not imported.')
    expect(alert).toHaveTextContent('records[3].plays[0].watchedAt: Invalid ISO datetime')
    expect(alert).toHaveTextContent('Your data was not changed.')
    expect(screen.queryByRole('region', { name: 'Import plan' })).not.toBeInTheDocument()
    expect(app.adapter.writeCalls).toEqual([])
    expect(app.adapter.replaceCalls).toEqual([])
    expect(snapshot(app)).toEqual(before)
  })

  it('a file that is not JSON is refused as not JSON', async () => {
    const app = await openSettings()
    // Named .json, so the file picker offers it; a spreadsheet export inside.
    await choose(
      app,
      new File(['series,episode\r\nTNG,1\r\n'], 'log.json', { type: 'application/json' }),
    )
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not imported. This file is not a Captain’s Log backup: it is not JSON.',
    )
    expect(app.adapter.writeCalls).toEqual([])
  })

  it('a file that is not UTF-8 is refused, not read with its letters replaced', async () => {
    const app = await openSettings()
    const good = new Uint8Array(await backupOf(theirs).arrayBuffer())
    // One byte of Windows-1252 text ("é" as the lone byte 0xE9), which UTF-8 does not allow.
    const bytes = Uint8Array.from([...good.slice(0, -2), 0xe9, ...good.slice(-2)])
    await choose(app, new File([bytes], 'latin1.json', { type: 'application/json' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Not imported\. This file is not a Captain’s Log backup: it holds bytes that are not UTF-8 text/,
    )
    expect(app.adapter.writeCalls).toEqual([])
  })

  it('a file over the limit is refused as too large, without being read', async () => {
    const app = await openSettings()
    const file = backupOf(theirs, 'huge.json')
    Object.defineProperty(file, 'size', { value: MAX_BACKUP_BYTES + 1 })
    let read = false
    Object.defineProperty(file, 'arrayBuffer', {
      value: () => {
        read = true
        return Promise.resolve(new ArrayBuffer(2))
      },
    })
    await choose(app, file)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Not imported\. This file is too large/,
    )
    expect(read).toBe(false)
    expect(app.adapter.writeCalls).toEqual([])
  })

  it('a file the browser cannot read is refused with words, not an unhandled error', async () => {
    const app = await openSettings()
    const file = backupOf(theirs, 'gone.json')
    Object.defineProperty(file, 'arrayBuffer', {
      value: () => Promise.reject(new DOMException('The file was removed.', 'NotFoundError')),
    })
    await choose(app, file)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not imported. This file could not be read.',
    )
    expect(app.adapter.writeCalls).toEqual([])
  })
})

describe('requirement 24: an import shows a plan, can be cancelled, and can be undone', () => {
  it('shows how many entries are new, changed, conflicting and unchanged', async () => {
    const app = await openSettings()
    await choose(app, backupOf(theirs))

    const plan = await screen.findByRole('region', { name: 'Import plan' })
    expect(within(plan).getByRole('heading', { name: 'Import “other-device.json”?' })).toBeVisible()
    expect(planCounts()).toEqual([
      '2 new',
      '1 changed',
      '1 conflicting (yours is newer and is kept)',
      '1 unchanged',
    ])
    expect(app.adapter.writeCalls).toEqual([])
  })

  it('Cancel leaves everything as it was and writes nothing', async () => {
    const app = await openSettings()
    const before = snapshot(app)
    const disk = saved(app)
    await choose(app, backupOf(theirs))
    await screen.findByRole('region', { name: 'Import plan' })

    await app.user.click(screen.getByRole('button', { name: 'Cancel' }))

    expect(screen.queryByRole('region', { name: 'Import plan' })).not.toBeInTheDocument()
    expect(screen.getByLabelText<HTMLInputElement>('Backup file').files).toHaveLength(0)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(app.adapter.writeCalls).toEqual([])
    expect(app.adapter.replaceCalls).toEqual([])
    expect(snapshot(app)).toEqual(before)
    expect(saved(app)).toEqual(disk)
  })

  it('Import commits new and changed entries in one write; a newer edit here is kept', async () => {
    const app = await openSettings()
    await choose(app, backupOf(theirs))
    await app.user.click(await screen.findByRole('button', { name: 'Import' }))

    const done = await screen.findByText('Imported.')
    expect(done.closest('[role="status"]')).toHaveTextContent(
      '2 new and 1 changed entries from “other-device.json”.',
    )
    expect(screen.getByRole('button', { name: 'Undo import' })).toBeVisible()
    expect(app.adapter.writeCalls).toHaveLength(1)
    expect(app.adapter.writeCalls[0]?.records.map((r) => r.id).sort()).toEqual([
      'gone-s09e99',
      'tng-s01e01',
      'tng-s01e05',
    ])
    expect(app.record('tng-s01e01')).toEqual(theirs[0])
    expect(app.record('tng-s01e05')).toEqual(theirs[3])
    expect(app.record('gone-s09e99')).toEqual(theirs[4])
    // The backup from another device never overwrites the newer edit made here.
    expect(app.record('tng-s01e02')).toEqual(ours[1])
    expect(app.adapter.saved.get('tng-s01e02')).toEqual(ours[1])
    expect(app.record('tng-s01e04')).toEqual(ours[3])
  })

  it('Undo import puts back what each entry held before, as fresh edits; added ones are emptied', async () => {
    const app = await openSettings()
    const before = snapshot(app)
    const disk = saved(app)
    await choose(app, backupOf(theirs))
    await app.user.click(await screen.findByRole('button', { name: 'Import' }))
    await app.user.click(await screen.findByRole('button', { name: 'Undo import' }))

    expect(await screen.findByText('Import undone.')).toBeVisible()
    expect(
      screen.getByText(/Everything the import of “other-device.json” changed is as it was before/),
    ).toBeVisible()
    expect(contentOf(snapshot(app))).toEqual(contentOf(before))
    expect(hasContent(app.record('tng-s01e05')!)).toBe(false)
    expect(hasContent(app.record('gone-s09e99')!)).toBe(false)
    // A fresh edit, later than the import's, so no other copy of the import can win over it.
    expect(app.record('tng-s01e01')?.updatedAt).toBeGreaterThan(500)
    expect(app.record('tng-s01e01')?.updatedBy).toBe(TAB_ID)
    expect(contentOf(saved(app))).toEqual(contentOf(disk))
    expect(app.adapter.replaceCalls).toEqual([])
    expect(screen.queryByRole('button', { name: 'Undo import' })).not.toBeInTheDocument()
  })

  it('Undo import leaves alone what was edited since, even when only the disk knows yet (issue 8, case 4)', async () => {
    const app = await openSettings()
    await choose(app, backupOf(theirs))
    await app.user.click(await screen.findByRole('button', { name: 'Import' }))
    await screen.findByText('Imported.')
    // Another tab edited an imported note and wrote it; its message has not arrived here yet.
    const edited = { ...theirs[4]!, note: 'edited in tab 2', updatedAt: 800, updatedBy: 'tab-2' }
    app.adapter.saved.set('gone-s09e99', structuredClone(edited))
    // And this tab changed an imported rating after the import.
    app.store.getState().actions.edit(['tng-s01e01'], (r) => ({ ...r, rating10: 2 }))
    await app.store.getState().actions.flush()
    await app.user.click(await screen.findByRole('button', { name: 'Undo import' }))

    expect(
      await screen.findByText(
        '1 entry is as before importing “other-device.json”. 2 changed since the import were left as they are.',
      ),
    ).toBeVisible()
    expect(app.record('gone-s09e99')).toEqual(edited)
    expect(app.adapter.saved.get('gone-s09e99')).toEqual(edited)
    expect(app.record('tng-s01e01')?.rating10).toBe(2)
    expect(app.adapter.saved.get('tng-s01e01')?.rating10).toBe(2)
    expect(hasContent(app.record('tng-s01e05')!)).toBe(false)
  })

  it('a failed Undo says so, keeps the imported entries, and can be tried again', async () => {
    const app = await openSettings()
    const before = snapshot(app)
    await choose(app, backupOf(theirs))
    await app.user.click(await screen.findByRole('button', { name: 'Import' }))
    await screen.findByText('Imported.')

    app.adapter.failWrites = true
    await app.user.click(screen.getByRole('button', { name: 'Undo import' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Not undone.')
    expect(app.record('tng-s01e05')).toEqual(theirs[3])

    app.adapter.failWrites = false
    await app.user.click(screen.getByRole('button', { name: 'Undo import' }))
    expect(await screen.findByText('Import undone.')).toBeVisible()
    expect(contentOf(snapshot(app))).toEqual(contentOf(before))
  })

  it('a commit the browser refuses shows "Not imported." and leaves the data as it was', async () => {
    const app = await openSettings({ failWrites: true })
    const before = snapshot(app)
    await choose(app, backupOf(theirs))
    await app.user.click(await screen.findByRole('button', { name: 'Import' }))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Not imported.')
    expect(alert).toHaveTextContent('Nothing was imported')
    expect(snapshot(app)).toEqual(before)
    expect(app.adapter.saved.has('tng-s01e05')).toBe(false)
  })

  it('importing the same file again changes nothing', async () => {
    const app = await openSettings()
    await choose(app, backupOf(theirs))
    await app.user.click(await screen.findByRole('button', { name: 'Import' }))
    await screen.findByText('Imported.')
    const after = snapshot(app)

    await choose(app, backupOf(theirs, 'again.json'))
    expect(await screen.findByRole('heading', { name: 'Import “again.json”?' })).toBeVisible()
    expect(planCounts()).toEqual([
      '0 new',
      '0 changed',
      '1 conflicting (yours is newer and is kept)',
      '4 unchanged',
    ])
    await app.user.click(screen.getByRole('button', { name: 'Import' }))
    await screen.findByText('Imported.')
    expect(screen.queryByRole('button', { name: 'Undo import' })).not.toBeInTheDocument()
    expect(snapshot(app)).toEqual(after)
  })
})

describe('issue 8, case 8: preferences travel in the backup', () => {
  it('a backup file holds the theme, the specials choice and the spoiler shields', async () => {
    usePreferences.setState({ theme: 'dark', countSpecials: true, spoilerShield: ['pic'] })
    const blobs: Blob[] = []
    const created = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob)
      return 'blob:backup'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
    const app = await openSettings()
    await app.user.click(screen.getByRole('button', { name: 'Export backup (JSON)' }))
    expect(created).toHaveBeenCalledOnce()
    const file = JSON.parse(await blobs[0]!.text()) as { settings: unknown }
    expect(file.settings).toEqual({ theme: 'dark', countSpecials: true, spoilerShield: ['pic'] })
    vi.restoreAllMocks()
  })

  it('importing one shows and applies its settings; Undo puts the earlier ones back', async () => {
    usePreferences.setState({ theme: 'system', countSpecials: false, spoilerShield: [] })
    const app = await openSettings()
    const file = backupOf([], 'phone.json', {
      theme: 'light',
      countSpecials: true,
      spoilerShield: ['pic', 'tng'],
    })
    await choose(app, file)
    expect(
      await screen.findByText(
        'Settings from the file: theme light, pilots and specials counted, spoiler shield on 2 series.',
      ),
    ).toBeVisible()
    await app.user.click(screen.getByRole('button', { name: 'Import' }))
    await screen.findByText('Imported.')
    expect(usePreferences.getState()).toMatchObject({
      theme: 'light',
      countSpecials: true,
      spoilerShield: ['pic', 'tng'],
    })
    await app.user.click(screen.getByRole('button', { name: 'Undo import' }))
    await screen.findByText('Import undone.')
    expect(usePreferences.getState()).toMatchObject({
      theme: 'system',
      countSpecials: false,
      spoilerShield: [],
    })
  })

  it('refuses a file whose settings are not ones the app can have, naming the field', async () => {
    const app = await openSettings()
    const file = backupOf([], 'odd.json', { theme: 'neon' })
    await choose(app, file)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /This backup has a bad field: settings\.theme/,
    )
  })
})
