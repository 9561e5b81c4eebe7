import { screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { catalogueQuery } from '@/catalogue/queries'
import { parseBackup } from '@/tracking/backup/parse-backup'
import { resetPersistenceRequestForTests } from '@/tracking/persistence/storage-health'
import {
  renderApp,
  stubStorageManager,
  watchRecord,
  watchedRecord,
  type StorageManagerStub,
} from '../../support/render-with-providers'
import { readPublicCatalogue } from '../../fixtures/public-catalogue'

/** Requirement 15 (what Settings reports) and the export half of requirement 20, on screen. */

const MB = 1024 * 1024
let storage: StorageManagerStub | undefined

beforeEach(() => resetPersistenceRequestForTests())
afterEach(() => {
  storage?.remove()
  storage = undefined
})

/** The value shown beside a label in the Storage facts list. */
function fact(label: string): HTMLElement {
  const dt = screen.getAllByRole('term').find((el) => el.textContent === label)
  if (!dt?.nextElementSibling) throw new Error(`No fact named ${label}`)
  return dt.nextElementSibling as HTMLElement
}

async function openSettings(options: Parameters<typeof renderApp>[0] = {}) {
  const app = renderApp({ url: '/settings', ...options })
  await screen.findByRole('heading', { level: 1, name: 'Your data' })
  return app
}

describe('requirement 15: Settings reports persistence and space used', () => {
  it('says storage is persistent and how much is used, from navigator.storage', async () => {
    storage = stubStorageManager({ persisted: true, usage: 5 * MB, quota: 100 * MB })
    await openSettings()
    await waitFor(() => expect(fact('Persistent storage')).toHaveTextContent(/^Yes/))
    expect(fact('Space used')).toHaveTextContent('5.0 MB of 100.0 MB available')
    expect(storage.persisted).toHaveBeenCalled()
    expect(storage.estimate).toHaveBeenCalled()
    expect(
      screen.queryByRole('button', { name: 'Ask the browser to keep my data' }),
    ).not.toBeInTheDocument()
  })

  it('says when it is not persistent, and asks the browser once when the person wants it', async () => {
    storage = stubStorageManager({ persisted: false, usage: 300 * 1024 })
    const { user } = await openSettings()
    await waitFor(() =>
      expect(fact('Persistent storage')).toHaveTextContent(/^No — the browser may clear it/),
    )
    expect(fact('Space used')).toHaveTextContent('300 KB')

    await user.click(screen.getByRole('button', { name: 'Ask the browser to keep my data' }))
    await waitFor(() => expect(fact('Persistent storage')).toHaveTextContent(/^Yes/))
    expect(storage.persist).toHaveBeenCalledTimes(1)
  })

  it('says "unknown" when the browser has no navigator.storage', async () => {
    await openSettings()
    await waitFor(() =>
      expect(fact('Persistent storage')).toHaveTextContent('Unknown in this browser.'),
    )
    expect(fact('Space used')).toHaveTextContent('Unknown')
  })
})

describe('export from Settings', () => {
  /** Captures what downloadText hands to the browser. */
  function captureDownloads() {
    const files: { name: string; blob: Blob }[] = []
    let pending: Blob | undefined
    const originals = (['createObjectURL', 'revokeObjectURL'] as const).map(
      (key) => [key, Object.getOwnPropertyDescriptor(URL, key)] as const,
    )
    URL.createObjectURL = (blob: Blob) => {
      pending = blob
      return 'blob:captured'
    }
    URL.revokeObjectURL = () => undefined
    restore = () => {
      for (const [key, descriptor] of originals) {
        if (descriptor) Object.defineProperty(URL, key, descriptor)
        else Reflect.deleteProperty(URL, key)
      }
    }
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      if (pending) files.push({ name: this.download, blob: pending })
      pending = undefined
    })
    return files
  }

  let restore = () => undefined as void

  afterEach(() => restore())

  it('Export backup downloads every record and remembers when, for the reminder', async () => {
    const records = [
      watchedRecord('tng-s01e01', 10),
      watchRecord('gone-s09e99', { note: 'unknown to the catalogue', updatedAt: 20 }),
      watchRecord('tng-s01e02', { updatedAt: 30 }),
    ]
    const files = captureDownloads()
    const app = await openSettings({ records })
    expect(screen.getByText('No backup made yet.')).toBeVisible()
    await waitFor(() => expect(app.store.getState().status).toBe('ready'))
    // Settings does not wait for the catalogue (nothing on it needs it), but the file names its
    // version: on a loaded machine the click could come first, and the file would say null.
    await waitFor(() => expect(app.queryClient.getQueryData(catalogueQuery.queryKey)).toBeDefined())

    await app.user.click(screen.getByRole('button', { name: 'Export backup (JSON)' }))

    expect(files).toHaveLength(1)
    expect(files[0]?.name).toMatch(/^captains-log-backup-\d{4}-\d{2}-\d{2}\.json$/)
    const parsed = parseBackup(await files[0]!.blob.text())
    if (!parsed.ok) throw new Error(parsed.message)
    expect(parsed.backup.records).toEqual([...records].sort((a, b) => a.id.localeCompare(b.id)))
    expect(parsed.backup.catalogueVersion).toBe(
      (readPublicCatalogue() as { version: string }).version,
    )

    await waitFor(() => expect(app.store.getState().meta?.lastExportAt).toEqual(expect.any(Number)))
    expect(await screen.findByText(/^Last backup: /)).toBeVisible()
    await waitFor(() =>
      expect(app.adapter.writeCalls.at(-1)?.meta?.lastExportAt).toEqual(expect.any(Number)),
    )
  })

  it('Export spreadsheet downloads one CSV row per play', async () => {
    const files = captureDownloads()
    const app = await openSettings({ records: [watchedRecord('tng-s01e01')] })
    const button = screen.getByRole('button', { name: 'Export spreadsheet (CSV)' })
    await waitFor(() => expect(button).toBeEnabled())
    await app.user.click(button)

    expect(files[0]?.name).toMatch(/^captains-log-\d{4}-\d{2}-\d{2}\.csv$/)
    const text = await files[0]!.blob.text()
    expect(text.split('\r\n')).toEqual([
      'series,season,episode,title,id,watched,rating,note,skipped',
      expect.stringMatching(/^Star Trek: The Next Generation,1,1,.*,tng-s01e01,2024-01-01,,,$/),
      '',
    ])
  })
})
