import { useEffect } from 'react'
import { requestPersistence } from '@/tracking/persistence/storage-health'
import { useTracking } from '@/tracking/store'

/**
 * Asks for persistent storage once: after the first tracked episode (when the data starts to
 * matter) or when the app is installed. The browser decides; Settings shows the outcome.
 */
export function usePersistenceRequest(): void {
  const alreadyAsked = useTracking((s) => s.meta?.persistRequestedAt != null)
  const hasData = useTracking((s) => s.status === 'ready' && s.revision > 0 && hasAny(s.records))
  const updateMeta = useTracking((s) => s.actions.updateMeta)

  useEffect(() => {
    if (alreadyAsked || !hasData) return
    void requestPersistence().then(() => updateMeta({ persistRequestedAt: Date.now() }))
  }, [alreadyAsked, hasData, updateMeta])

  useEffect(() => {
    const onInstalled = () => void requestPersistence()
    window.addEventListener('appinstalled', onInstalled)
    return () => window.removeEventListener('appinstalled', onInstalled)
  }, [])
}

/** Whether an object has any own key, without listing them all (the log can be large). */
export function hasAny(records: object): boolean {
  for (const _ in records) return true
  return false
}
