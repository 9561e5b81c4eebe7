import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { catalogueQuery } from '@/catalogue/queries'
import { localDay } from '@/lib/dates'
import { downloadText } from '@/lib/download'
import { Banner } from '@/ui/banner'
import { useTracking } from '@/tracking/store'
import { useExportBackup } from '@/tracking/use-export-backup'
import { hasAny } from './use-persistence-request'

/** A copy of whatever is stored, readable or not, so nothing is lost while the app cannot use it. */
export function useExportRaw(): () => Promise<void> {
  const exportRawData = useTracking((s) => s.actions.exportRaw)
  return async () => {
    downloadText(
      `captains-log-raw-${localDay(new Date())}.json`,
      await exportRawData(),
      'application/json',
    )
  }
}

/** Says, in words, whenever the watch log is not safely on disk. */
export function StorageStatus() {
  return (
    <>
      <SaveStatus />
      <SetAsideNotice />
      <RefusedEditNotice />
    </>
  )
}

function SaveStatus() {
  const status = useTracking((s) => s.status)
  const problem = useTracking((s) => s.problem)
  const unsaved = useTracking((s) => s.unsaved)
  const needsReload = useTracking((s) => s.needsReload)
  const hasRecords = useTracking((s) => hasAny(s.records))
  const exportRaw = useExportRaw()
  const { data: catalogue } = useQuery(catalogueQuery)
  const exportBackup = useExportBackup(catalogue?.version ?? null)

  if (status === 'readonly') {
    return (
      <Banner
        tone="danger"
        title="Read-only."
        urgent
        actions={
          <>
            {needsReload && (
              <button
                type="button"
                className="button button--primary"
                onClick={() => window.location.reload()}
              >
                Reload
              </button>
            )}
            <button type="button" className="button" onClick={() => void exportRaw()}>
              Export raw data
            </button>
          </>
        }
      >
        {problem}
      </Banner>
    )
  }
  if (status === 'memory') {
    return (
      <Banner
        tone="warning"
        title="Not saving."
        urgent
        actions={
          hasRecords && (
            <button type="button" className="button" onClick={exportBackup}>
              Export backup
            </button>
          )
        }
      >
        {problem}
      </Banner>
    )
  }
  if (unsaved) {
    return (
      <Banner tone="danger" title="Not saved." urgent>
        Your latest changes could not be written to this device’s storage yet. They are kept in this
        tab and saving is being retried — keep this tab open.
      </Banner>
    )
  }
  return null
}

/** Stored entries that could not be read were moved out of the way: say so, once per visit. */
function SetAsideNotice() {
  const count = useTracking((s) => s.setAside)
  const [hidden, setHidden] = useState(false)
  const exportRaw = useExportRaw()
  if (count === 0 || hidden) return null
  return (
    <Banner
      tone="warning"
      title={
        count === 1
          ? '1 saved entry could not be read.'
          : `${count} saved entries could not be read.`
      }
      actions={
        <>
          <button type="button" className="button" onClick={() => void exportRaw()}>
            Export raw data
          </button>
          <button type="button" className="button button--quiet" onClick={() => setHidden(true)}>
            Hide
          </button>
        </>
      }
    >
      {count === 1 ? 'It is' : 'They are'} kept aside on this device exactly as stored, and
      everything else works as usual. The raw export holds {count === 1 ? 'it' : 'them'}.
    </Banner>
  )
}

/** An edit that would have broken its entry was not made: say why, until the next edit. */
function RefusedEditNotice() {
  const reason = useTracking((s) => s.refusedEdit)
  const dismiss = useTracking((s) => s.actions.dismissRefusedEdit)
  if (reason === null) return null
  return (
    <Banner
      tone="warning"
      title="Not changed."
      urgent
      actions={
        <button type="button" className="button button--quiet" onClick={dismiss}>
          OK
        </button>
      }
    >
      {reason}
    </Banner>
  )
}
