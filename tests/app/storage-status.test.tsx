import { screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CatalogueGate } from '@/app/catalogue-gate'
import { AppRoutes } from '@/app/routes'
import { StorageStatus } from '@/app/storage-status'
import { renderApp, watchedRecord, type RenderAppOptions } from '../support/render-with-providers'

/** The page as the shell lays it out: the storage banner above the routed screen. */
function renderWithStatus(options: RenderAppOptions) {
  return renderApp({
    ...options,
    element: (
      <>
        <StorageStatus />
        <CatalogueGate>
          <AppRoutes />
        </CatalogueGate>
      </>
    ),
  })
}

describe('Storage status banner', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('says nothing while the watch log is saved normally', async () => {
    const { user, adapter } = renderWithStatus({ url: '/series/pic/season/1' })
    await user.click(await screen.findByRole('checkbox', { name: 'Watched: Remembrance' }))
    await waitFor(() => expect(adapter.saved.has('pic-s01e01')).toBe(true))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('without usable storage, warns "Not saving." and the page still works in memory', async () => {
    const { user, record, adapter, store } = renderWithStatus({
      url: '/series/pic/season/1',
      loadUnavailable: true,
    })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Not saving.')
    expect(alert).toHaveTextContent(/kept only until this tab closes/)
    expect(store.getState().status).toBe('memory')

    const box = await screen.findByRole('checkbox', { name: 'Watched: Remembrance' })
    await user.click(box)
    expect(box).toBeChecked()
    expect(record('pic-s01e01')?.plays).toHaveLength(1)
    expect(adapter.writeCalls).toEqual([])
  })

  it('a write rejected for quota shows a persistent "Not saved" alert and keeps the change', async () => {
    const { user, record, adapter } = renderWithStatus({
      url: '/series/pic/season/1',
      failWrites: true,
    })
    const box = await screen.findByRole('checkbox', { name: 'Watched: Remembrance' })
    await user.click(box)

    expect(await screen.findByRole('alert')).toHaveTextContent('Not saved')
    expect(adapter.writeCalls[0]?.failed).toBe(true)
    expect(box).toBeChecked()
    expect(record('pic-s01e01')?.plays).toHaveLength(1)
  })

  it('the "Not saved" alert goes away once a retried write succeeds', async () => {
    const { user, adapter } = renderWithStatus({
      url: '/series/pic/season/1',
      failWrites: true,
      retryDelays: [20],
    })
    await user.click(await screen.findByRole('checkbox', { name: 'Watched: Remembrance' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Not saved')

    adapter.failWrites = false
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument())
    expect(adapter.saved.get('pic-s01e01')?.plays).toHaveLength(1)
  })

  it('data from a newer version is "Read-only.": nothing can be changed or written', async () => {
    const { user, adapter, store } = renderWithStatus({
      url: '/series/pic/season/1',
      meta: { schemaVersion: 99, createdAt: 0 },
      records: [watchedRecord('pic-s01e01')],
    })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Read-only.')
    expect(alert).toHaveTextContent(/saved by a newer version/)

    const box = await screen.findByRole('checkbox', { name: 'Watched: Maps and Legends' })
    expect(box).toBeDisabled()
    await user.click(box)
    expect(box).not.toBeChecked()
    expect(screen.getByRole('button', { name: 'Mark season 1 watched' })).toBeDisabled()
    expect(store.getState().status).toBe('readonly')
    expect(adapter.writeCalls).toEqual([])
  })

  it('stored data that cannot be read is "Read-only." and left as it was', async () => {
    const { adapter } = renderWithStatus({
      url: '/',
      meta: { schemaVersion: 'two', createdAt: 0 },
      records: [watchedRecord('pic-s01e01')],
    })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Read-only.')
    expect(alert).toHaveTextContent(/Nothing has been changed/)
    expect(adapter.writeCalls).toEqual([])
  })

  it('read-only mode offers "Export raw data" with exactly what is stored', async () => {
    const stored = [watchedRecord('pic-s01e01')]
    const blobs: Blob[] = []
    // jsdom has no object URLs: capture the file the browser would have saved.
    class TestURL extends URL {
      static override createObjectURL(blob: Blob): string {
        blobs.push(blob)
        return 'blob:raw-export'
      }
      static override revokeObjectURL(): void {}
    }
    vi.stubGlobal('URL', TestURL)
    // jsdom cannot follow a download link; the click itself is what matters.
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)

    const { user, adapter } = renderWithStatus({
      url: '/',
      meta: { schemaVersion: 'two', createdAt: 0 },
      records: stored,
    })
    await user.click(await screen.findByRole('button', { name: 'Export raw data' }))

    await waitFor(() => expect(click).toHaveBeenCalledOnce())
    const exported = JSON.parse(await (blobs[0] as Blob).text()) as { records: unknown[] }
    expect(exported.records).toEqual(stored)
    expect(adapter.writeCalls).toEqual([])
  })

  it('counts entries set aside as unreadable, offers the raw export, and the rest stays editable', async () => {
    const unreadable = { ...watchedRecord('pic-s01e02'), rating10: 11 }
    const { user, record } = renderWithStatus({
      url: '/series/pic/season/1',
      records: [unreadable, watchedRecord('pic-s01e01')],
    })
    const notice = await screen.findByText('1 saved entry could not be read.')
    expect(notice.closest('[role="status"]')).toHaveTextContent(
      /kept aside on this device exactly as stored/,
    )
    expect(screen.getByRole('button', { name: 'Export raw data' })).toBeVisible()
    const box = await screen.findByRole('checkbox', { name: 'Watched: Remembrance' })
    await waitFor(() => expect(box).toBeEnabled())
    expect(box).toBeChecked()
    await user.click(box)
    expect(record('pic-s01e01')?.plays).toHaveLength(0)

    await user.click(screen.getByRole('button', { name: 'Hide' }))
    expect(screen.queryByText('1 saved entry could not be read.')).not.toBeInTheDocument()
  })

  it('says why an edit was not made when it would break the entry', async () => {
    const plays = Array.from({ length: 1000 }, () => ({
      precision: 'unknown' as const,
      watchedAt: null,
      loggedAt: 0,
    }))
    const { user, record } = renderWithStatus({
      url: '/episode/pic-s01e01',
      records: [{ ...watchedRecord('pic-s01e01'), plays }],
    })
    await user.click(await screen.findByRole('button', { name: 'Watched it again' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Not changed. An entry holds at most 1,000 viewings.')
    expect(record('pic-s01e01')?.plays).toHaveLength(1000)
    await user.click(screen.getByRole('button', { name: 'OK' }))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})
