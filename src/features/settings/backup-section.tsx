import { useQuery } from '@tanstack/react-query'
import { catalogueQuery } from '@/catalogue/queries'
import { indexCatalogue } from '@/catalogue/select'
import { formatDay, localDay } from '@/lib/dates'
import { downloadText } from '@/lib/download'
import { toCsv } from '@/tracking/backup/csv'
import { useTracking, useTrackingStore } from '@/tracking/store'
import { useExportBackup } from '@/tracking/use-export-backup'

export function BackupSection() {
  const store = useTrackingStore()
  const lastExportAt = useTracking((s) => s.meta?.lastExportAt ?? null)
  const { data: catalogue } = useQuery(catalogueQuery)
  // Before the log has loaded there is nothing to export yet: an empty file would look like a backup.
  const loading = useTracking((s) => s.status === 'loading')

  const exportJson = useExportBackup(catalogue?.version ?? null)

  const exportCsv = () => {
    if (!catalogue) return
    const csv = toCsv(indexCatalogue(catalogue), store.getState().records)
    downloadText(`captains-log-${localDay(new Date())}.csv`, csv, 'text/csv')
  }

  return (
    <section className="panel" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Back up</h2>
      <p>
        A backup file holds everything: what you watched and when, ratings, notes. Import it here or
        in any other browser to restore.
      </p>
      <p className="muted">
        {lastExportAt
          ? `Last backup: ${formatDay(localDay(new Date(lastExportAt)))}.`
          : 'No backup made yet.'}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          onClick={exportJson}
          disabled={loading}
        >
          Export backup (JSON)
        </button>
        <button
          type="button"
          className="button"
          onClick={exportCsv}
          disabled={!catalogue || loading}
        >
          Export spreadsheet (CSV)
        </button>
      </div>
    </section>
  )
}
