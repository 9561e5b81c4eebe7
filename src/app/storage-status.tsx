import { Banner } from '@/ui/banner'
import { useTracking } from '@/tracking/store'

/** Says, in words, whenever the watch log is not safely on disk. */
export function StorageStatus() {
  const status = useTracking((s) => s.status)
  const problem = useTracking((s) => s.problem)
  const unsaved = useTracking((s) => s.unsaved)

  if (status === 'readonly') {
    return (
      <Banner tone="danger" title="Read-only." urgent>
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
