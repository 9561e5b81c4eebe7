import { useState } from 'react'
import { markUnwatched, markWatched, removeRewatchStart, startRewatch } from './edits'
import { watchedSince, type WatchRecord } from './model'
import { canEdit, useTrackingStore } from './store'
import type { RecordEdit } from './sync-engine'

export interface BulkChange {
  message: string
  /** Exact copies from before the change, and ids that had no record: what Undo puts back. */
  previous: WatchRecord[]
  absent: string[]
  /** The copies the change made: Undo leaves alone a record edited since (here or elsewhere). */
  after: ReadonlyMap<string, WatchRecord | undefined>
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
    const { records } = store.getState()
    const previous: WatchRecord[] = []
    const absent: string[] = []
    for (const id of ids) {
      const before = records[id]
      if (before) previous.push(before)
      else absent.push(id)
    }
    change()
    const now = store.getState().records
    setKept(0)
    setLast({
      message,
      previous,
      absent,
      after: new Map(ids.map((id) => [id, now[id]])),
      undoEdit,
    })
  }

  /** `sinceOf` gives each episode's pass in progress (see passes.ts). */
  function apply(
    ids: readonly string[],
    watched: boolean,
    describe: (count: number) => string,
    sinceOf: (id: string) => number = () => 0,
  ) {
    const { records, actions } = store.getState()
    if (!canEdit(store.getState())) return
    const targets = ids.filter((id) => watchedSince(records[id], sinceOf(id)) !== watched)
    if (targets.length === 0) return
    const at = new Date()
    run(targets, describe(targets.length), () =>
      actions.edit(targets, (record) =>
        watched
          ? markWatched(at, sinceOf(record.id))(record)
          : markUnwatched(sinceOf(record.id))(record),
      ),
    )
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
    const { records, actions } = store.getState()
    if (last.undoEdit) {
      actions.edit([last.undoEdit.id], last.undoEdit.edit)
      return { kept: 0 }
    }
    const untouched = (id: string) => records[id] === last.after.get(id)
    const previous = last.previous.filter((r) => untouched(r.id))
    const absent = last.absent.filter(untouched)
    const result = { kept: last.after.size - previous.length - absent.length }
    await actions.restoreRecords(previous, absent)
    setKept(result.kept)
    return result
  }

  return { last, kept, apply, rewatch, undo, dismiss: () => setLast(null) }
}
