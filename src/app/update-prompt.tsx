import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useRegisterSW } from 'virtual:pwa-register/react'
import { catalogueQuery } from '@/catalogue/queries'
import { Banner } from '@/ui/banner'
import { useTrackingStore } from '@/tracking/store'
import { useExportBackup } from '@/tracking/use-export-backup'
import { reloadAfterFlush } from './reload-after-flush'

type State = 'idle' | 'reloading' | 'failed' | 'unsaved'

const messages: Record<State, string> = {
  idle: 'Reload to use it; your data stays as it is.',
  reloading: 'Saving your changes, then reloading…',
  failed:
    'The update could not be applied. Your data is saved; try again, or close and reopen the app.',
  unsaved:
    'Your latest changes are not saved on this device: the browser is refusing to store them. Reloading now would lose them. Export a backup first, or free some space and try Reload again.',
}

/**
 * A new version never reloads the page by itself: the person chooses when, pending writes (a
 * note being typed) are flushed first, and a change the disk would not take stops the reload.
 */
export function UpdatePrompt() {
  const tracking = useTrackingStore()
  const { data: catalogue } = useQuery(catalogueQuery)
  const exportBackup = useExportBackup(catalogue?.version ?? null)
  const [state, setState] = useState<State>('idle')
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW()

  if (!needRefresh) return null

  const allSaved = () => {
    const { unsaved, status, revision } = tracking.getState()
    // Without storage (memory), everything this tab holds goes with a reload.
    return !unsaved && !(status === 'memory' && revision > 0)
  }
  const reload = async () => {
    setState('reloading')
    try {
      setState(
        await reloadAfterFlush(tracking.getState().actions.flush, updateServiceWorker, allSaved),
      )
    } catch {
      setState('failed')
    }
  }

  return (
    <Banner
      tone={state === 'unsaved' ? 'danger' : 'info'}
      title={state === 'unsaved' ? 'Not reloaded.' : 'New version available.'}
      urgent={state === 'unsaved'}
      actions={
        <>
          {state === 'unsaved' && (
            <button type="button" className="button button--primary" onClick={exportBackup}>
              Export backup
            </button>
          )}
          <button
            type="button"
            className={state === 'unsaved' ? 'button' : 'button button--primary'}
            disabled={state === 'reloading'}
            onClick={() => void reload()}
          >
            Reload
          </button>
          {state === 'unsaved' && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => void updateServiceWorker(true)}
            >
              Reload anyway
            </button>
          )}
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
      {messages[state]}
    </Banner>
  )
}
