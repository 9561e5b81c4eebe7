import { useEffect, useState } from 'react'
import { Link } from 'react-router'
import { paths } from '@/lib/paths'
import { needsBackupReminder } from '@/tracking/backup/reminder'
import { readStorageHealth } from '@/tracking/persistence/storage-health'
import { useTracking } from '@/tracking/store'
import { Banner } from '@/ui/banner'

/** A quiet nudge, once per visit, when unbacked-up changes could be evicted by the browser. */
export function BackupReminder({ now = Date.now }: { now?: () => number }) {
  const [persisted, setPersisted] = useState<boolean | null | undefined>(undefined)
  const [dismissed, setDismissed] = useState(false)
  const due = useTracking(
    (s) =>
      s.status === 'ready' &&
      persisted !== undefined &&
      needsBackupReminder({
        persisted,
        records: s.records,
        lastExportAt: s.meta?.lastExportAt ?? null,
        now: now(),
      }),
  )

  useEffect(() => {
    let live = true
    void readStorageHealth().then((h) => live && setPersisted(h.persisted))
    return () => {
      live = false
    }
  }, [])

  if (dismissed || !due) return null
  return (
    <Banner
      tone="info"
      title="Time for a backup?"
      actions={
        <>
          <Link className="button button--primary" to={paths.settings}>
            Export a backup
          </Link>
          <button type="button" className="button button--quiet" onClick={() => setDismissed(true)}>
            Not now
          </button>
        </>
      }
    >
      This browser may clear its storage when space runs low, and your recent changes are not in a
      backup yet.
    </Banner>
  )
}
