import { useEffect, useState } from 'react'
import {
  readStorageHealth,
  requestPersistence,
  type StorageHealth,
} from '@/tracking/persistence/storage-health'
import { useTracking } from '@/tracking/store'

function formatBytes(bytes: number): string {
  const mb = bytes / 1024 / 1024
  if (mb < 1) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  return mb < 1024 ? `${mb.toFixed(1)} MB` : `${(mb / 1024).toFixed(1)} GB`
}

export function StorageSection() {
  const [health, setHealth] = useState<StorageHealth | null>(null)
  const status = useTracking((s) => s.status)
  const revision = useTracking((s) => s.revision)

  useEffect(() => {
    let live = true
    void readStorageHealth().then((h) => live && setHealth(h))
    return () => {
      live = false
    }
  }, [revision])

  const persisted =
    health?.persisted === true
      ? 'Yes — the browser will not clear it to make room.'
      : health?.persisted === false
        ? 'No — the browser may clear it when the device runs low on space. Install the app or keep a backup.'
        : 'Unknown in this browser.'

  return (
    <section className="panel" aria-labelledby="storage-heading">
      <h2 id="storage-heading">Storage</h2>
      <dl className="facts">
        <div className="facts__row">
          <dt>Saving</dt>
          <dd>
            {status === 'ready'
              ? 'On this device (IndexedDB)'
              : status === 'memory'
                ? 'Not available: kept in this tab only'
                : status === 'readonly'
                  ? 'Read-only'
                  : 'Loading…'}
          </dd>
        </div>
        <div className="facts__row">
          <dt>Persistent storage</dt>
          <dd>{health ? persisted : 'Checking…'}</dd>
        </div>
        <div className="facts__row">
          <dt>Space used</dt>
          <dd>
            {health?.usage != null
              ? `${formatBytes(health.usage)}${health.quota ? ` of ${formatBytes(health.quota)} available` : ''}`
              : 'Unknown'}
          </dd>
        </div>
      </dl>
      {health?.persisted === false && (
        <button
          type="button"
          className="button"
          onClick={() => void requestPersistence().then(() => readStorageHealth().then(setHealth))}
        >
          Ask the browser to keep my data
        </button>
      )}
    </section>
  )
}
