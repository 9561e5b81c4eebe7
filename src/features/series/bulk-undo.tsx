import type { useBulkWatch } from '@/tracking/use-bulk-watch'
import { UndoOffer } from '@/ui/undo-offer'

/** The Undo offer after a bulk action. */
export function BulkUndo({ bulk }: { bulk: ReturnType<typeof useBulkWatch> }) {
  return (
    <UndoOffer
      message={bulk.last?.message ?? null}
      kept={bulk.kept}
      onUndo={() => void bulk.undo()}
      onDismiss={bulk.dismiss}
    />
  )
}
