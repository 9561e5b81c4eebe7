import { screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { BackupReminder } from '@/app/backup-reminder'
import { CatalogueGate } from '@/app/catalogue-gate'
import { AppRoutes } from '@/app/routes'
import { SCHEMA_VERSION } from '@/tracking/model'
import {
  renderApp,
  stubStorageManager,
  watchedRecord,
  type StorageManagerStub,
} from '../support/render-with-providers'

/** Requirement 16: a reminder to back up, when changes could be lost and are a week old. */

const DAY = 24 * 60 * 60 * 1000
// Years from the real clock, so a reminder that read the real time instead of `now` would show.
const NOW = Date.UTC(2020, 2, 1, 20, 0)
const now = () => NOW

let storage: StorageManagerStub | undefined
afterEach(() => {
  storage?.remove()
  storage = undefined
})

function renderReminder(options: {
  persisted: boolean
  changedDaysAgo: number
  lastExportDaysAgo?: number
}) {
  storage = stubStorageManager({ persisted: options.persisted })
  const app = renderApp({
    element: <BackupReminder now={now} />,
    records: [watchedRecord('tng-s01e01', NOW - options.changedDaysAgo * DAY)],
    meta: {
      schemaVersion: SCHEMA_VERSION,
      createdAt: 1,
      lastExportAt:
        options.lastExportDaysAgo === undefined ? null : NOW - options.lastExportDaysAgo * DAY,
    },
  })
  return { ...app, storage }
}

/** Lets the reminder learn whether storage is persistent before checking that it stays away. */
async function settled(stub: StorageManagerStub) {
  await waitFor(() => expect(stub.persisted).toHaveBeenCalled())
  await new Promise((resolve) => setTimeout(resolve, 30))
}

describe('requirement 16: backup reminder', () => {
  it('shows, with an Export a backup link, when storage is not persistent and an 8-day-old change is not exported', async () => {
    renderReminder({ persisted: false, changedDaysAgo: 8 })
    const reminder = await screen.findByRole('status')
    expect(reminder).toHaveTextContent('Time for a backup?')
    expect(reminder).toHaveTextContent('your recent changes are not in a backup yet')
    expect(screen.getByRole('link', { name: 'Export a backup' })).toHaveAttribute(
      'href',
      '/settings',
    )
  })

  it('"Not now" hides it', async () => {
    const { user } = renderReminder({ persisted: false, changedDaysAgo: 8 })
    await user.click(await screen.findByRole('button', { name: 'Not now' }))
    expect(screen.queryByText('Time for a backup?')).not.toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Export a backup' })).not.toBeInTheDocument()
  })

  it('stays away while the change is under a week old', async () => {
    const { storage: stub } = renderReminder({ persisted: false, changedDaysAgo: 6 })
    await settled(stub)
    expect(screen.queryByText('Time for a backup?')).not.toBeInTheDocument()
  })

  it('stays away when storage is persistent', async () => {
    const { storage: stub } = renderReminder({ persisted: true, changedDaysAgo: 30 })
    await settled(stub)
    expect(screen.queryByText('Time for a backup?')).not.toBeInTheDocument()
  })

  it('stays away when a backup was exported after the change', async () => {
    const { storage: stub } = renderReminder({
      persisted: false,
      changedDaysAgo: 8,
      lastExportDaysAgo: 1,
    })
    await settled(stub)
    expect(screen.queryByText('Time for a backup?')).not.toBeInTheDocument()
  })

  it('shows when the browser cannot say whether storage is persistent', async () => {
    renderApp({
      element: <BackupReminder now={now} />,
      records: [watchedRecord('tng-s01e01', NOW - 8 * DAY)],
    })
    expect(await screen.findByText('Time for a backup?')).toBeVisible()
  })

  it('the link leads to Settings, where the backup is made', async () => {
    storage = stubStorageManager({ persisted: false })
    const { user } = renderApp({
      element: (
        <>
          <BackupReminder now={now} />
          <CatalogueGate>
            <AppRoutes />
          </CatalogueGate>
        </>
      ),
      records: [watchedRecord('tng-s01e01', NOW - 8 * DAY)],
    })
    await user.click(await screen.findByRole('link', { name: 'Export a backup' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Your data' })).toBeVisible()
    expect(screen.getByRole('button', { name: 'Export backup (JSON)' })).toBeVisible()
  })
})
