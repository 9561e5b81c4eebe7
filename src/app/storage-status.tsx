import { localDay } from '@/lib/dates'
import { downloadText } from '@/lib/download'
import { Banner } from '@/ui/banner'
import { useTracking } from '@/tracking/store'

/** Says, in words, whenever the watch log is not safely on disk. */
export function StorageStatus() {
  const status = useTracking((s) => s.status)
  const problem = useTracking((s) => s.problem)
  const unsaved = useTracking((s) => s.unsaved)
  const exportRawData = useTracking((s) => s.actions.exportRaw)
  const needsReload = useTracking((s) => s.needsReload)

  // A copy of whatever is stored, readable or not, so nothing is lost while the app cannot use it.
  const exportRaw = async () => {
    downloadText(
      `captains-log-raw-${localDay(new Date())}.json`,
      await exportRawData(),
      'application/json',
    )
  }

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
      <Banner tone="warning" title="Not saving." urgent>
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
