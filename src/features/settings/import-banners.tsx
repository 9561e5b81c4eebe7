import { Banner } from '@/ui/banner'

/** Shared by both imports (a backup, another app's export): the Undo that the browser refused. */
export function UndoFailed() {
  return (
    <Banner tone="danger" title="Not undone." urgent>
      The browser refused to save, so the imported entries are still here. Try Undo import again.
    </Banner>
  )
}
