import { useCallback, useState } from 'react'
import { markUnwatched, markWatched, removeRewatchStart, startRewatch } from './edits'
import { watchedSince, type PlayTime } from './model'
import { canEdit, useTrackingStore } from './store'
import type { RecordEdit, RevertChange } from './sync-engine'

export interface BulkChange {
  message: string
  /**
   * Each record as the change made it and as it was before: Undo puts the content back, as a
   * fresh edit, only where the record is still as the change made it (here or in another tab).
   */
  changes: RevertChange[]
  /** Undo by an edit instead (a rewatch: remove its start, whatever else changed since). */
  undoEdit?: { id: string; edit: RecordEdit }
}

export interface UndoResult {
  /** Records left as they are because they changed after the bulk action. */
  kept: number
}

/**
 * Changes many records at once (marking a season, "up to here", starting a rewatch) and keeps
 * what Undo needs to put them back exactly. Undo never takes back a later edit: a record that
 * changed since the action is kept as it is, and the result says how many were.
 */
export function useBulkWatch() {
  const store = useTrackingStore()
  const [last, setLast] = useState<BulkChange | null>(null)
  const [kept, setKept] = useState(0)

  function run(
    ids: readonly string[],
    message: string,
    change: () => void,
    undoEdit?: BulkChange['undoEdit'],
  ) {
    // The map is updated in place (see TrackingState.records): keep the copies, not the map.
    const { records } = store.getState()
    const before = new Map(ids.map((id) => [id, records[id]]))
    change()
    const changes = ids.flatMap((id) => {
      const made = records[id]
      // An edit refused as invalid left the record as it was: nothing to undo there.
      return made && made !== before.get(id) ? [{ made, before: before.get(id) }] : []
    })
    setKept(0)
    setLast({ message, changes, undoEdit })
  }

  /**
   * `sinceOf` gives each episode's pass in progress (see passes.ts); `timeOf` when each new
   * viewing happened (now if not given). `describe` gets the ids that change.
   */
  function apply(
    ids: readonly string[],
    watched: boolean,
    describe: (targets: readonly string[]) => string,
    sinceOf: (id: string) => number = () => 0,
    timeOf?: (id: string, at: Date) => PlayTime,
  ) {
    const { actions } = store.getState()
    if (!canEdit(store.getState())) return
    const targets = pending(ids, watched, sinceOf)
    if (targets.length === 0) return
    const at = new Date()
    run(targets, describe(targets), () =>
      actions.edit(targets, (record) =>
        watched
          ? markWatched(at, sinceOf(record.id), timeOf?.(record.id, at))(record)
          : markUnwatched(sinceOf(record.id))(record),
      ),
    )
  }

  /** The ids `apply` would change: those not yet (un)watched in their pass. Stable. */
  const pending = useCallback(
    (ids: readonly string[], watched: boolean, sinceOf: (id: string) => number = () => 0) => {
      const { records } = store.getState()
      return ids.filter((id) => watchedSince(records[id], sinceOf(id)) !== watched)
    },
    [store],
  )

  /** Any one edit of several records at once (History's "Re-date"), with Undo. */
  function change(ids: readonly string[], edit: RecordEdit, message: string) {
    const { actions } = store.getState()
    if (!canEdit(store.getState()) || ids.length === 0) return
    run(ids, message, () => actions.edit(ids, edit))
  }

  /** A new pass for a series or season; Undo takes it back, plays untouched either way. */
  function rewatch(scopeId: string, message: string) {
    const { actions } = store.getState()
    if (!canEdit(store.getState())) return
    const at = new Date()
    run([scopeId], message, () => actions.edit([scopeId], startRewatch(at)), {
      id: scopeId,
      edit: removeRewatchStart(at.getTime()),
    })
  }

  async function undo(): Promise<UndoResult> {
    if (!last) return { kept: 0 }
    setLast(null)
    const { actions } = store.getState()
    if (last.undoEdit) {
      actions.edit([last.undoEdit.id], last.undoEdit.edit)
      return { kept: 0 }
    }
    let result: UndoResult
    try {
      result = await actions.revertRecords(last.changes)
    } catch {
      // The browser refused the write (the storage banner says so): Undo stays on offer.
      setLast(last)
      return { kept: 0 }
    }
    setKept(result.kept)
    return result
  }

  const dismiss = () => setLast(null)
  /** The props of ui/undo-offer for what was done last: `<UndoOffer {...bulk.offer} />`. */
  const offer = {
    message: last?.message ?? null,
    kept,
    onUndo: () => void undo(),
    onDismiss: dismiss,
  }

  return { last, kept, apply, pending, change, rewatch, undo, dismiss, offer }
}
