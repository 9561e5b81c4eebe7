import { useState } from 'react'
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
  const [state, setState] = useState<'idle' | 'reloading' | 'failed'>('idle')
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW()

  if (!needRefresh) return null

  const reload = async () => {
    setState('reloading')
    try {
      await reloadAfterFlush(tracking.getState().actions.flush, updateServiceWorker)
    } catch {
      setState('failed')
    }
  }

  return (
    <Banner
      tone="info"
      title="New version available."
      actions={
        <>
          <button
            type="button"
            className="button button--primary"
            disabled={state === 'reloading'}
            onClick={() => void reload()}
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
      {state === 'failed'
        ? 'The update could not be applied. Your data is saved; try again, or close and reopen the app.'
        : 'Reload to use it; your data stays as it is.'}
    </Banner>
  )
}
