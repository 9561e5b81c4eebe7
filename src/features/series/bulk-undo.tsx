import type { useBulkWatch } from '@/tracking/use-bulk-watch'
import { Offer } from '@/ui/offer'

/** The Undo offer after a bulk action, and what Undo left alone because it changed since. */
export function BulkUndo({ bulk }: { bulk: ReturnType<typeof useBulkWatch> }) {
  if (bulk.last) {
    return (
      <Offer
        message={bulk.last.message}
        confirmLabel="Undo"
        dismissLabel="Dismiss"
        onConfirm={() => void bulk.undo()}
        onDismiss={bulk.dismiss}
      />
    )
  }
  if (bulk.kept === 0) return null
  return (
    <p className="muted" role="status">
      Undone, except {bulk.kept === 1 ? 'one entry' : `${bulk.kept} entries`} changed since: kept as{' '}
      {bulk.kept === 1 ? 'it is' : 'they are'}.
    </p>
  )
}
