import { useRegisterSW } from 'virtual:pwa-register/react'
import { Banner } from '@/ui/banner'
import { useTrackingStore } from '@/tracking/store'
import { reloadAfterFlush } from './reload-after-flush'

/**
 * A new version never reloads the page by itself: the person chooses when, and pending
 * writes (a note being typed) are flushed first.
 */
export function UpdatePrompt() {
  const tracking = useTrackingStore()
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW()

  if (!needRefresh) return null
  return (
    <Banner
      tone="info"
      title="New version available."
      actions={
        <>
          <button
            type="button"
            className="button button--primary"
            onClick={() =>
              void reloadAfterFlush(tracking.getState().actions.flush, updateServiceWorker)
            }
          >
            Reload
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setNeedRefresh(false)}
          >
            Later
          </button>
        </>
      }
    >
      Reload to use it; your data stays as it is.
    </Banner>
  )
}
