import { useState } from 'react'
import { markUnwatched, markWatched, startRewatch } from './edits'
import { watchedSince, type WatchRecord } from './model'
import { useTrackingStore } from './store'

export interface BulkChange {
  message: string
  /** Exact copies from before the change, and ids that had no record: what Undo puts back. */
  previous: WatchRecord[]
  absent: string[]
}

/**
 * Changes many records at once (marking a season, "up to here", starting a rewatch) and keeps
 * what Undo needs to put them back exactly.
 */
export function useBulkWatch() {
  const store = useTrackingStore()
  const [last, setLast] = useState<BulkChange | null>(null)

  function remember(ids: readonly string[], message: string) {
    const { records } = store.getState()
    const change: BulkChange = { message, previous: [], absent: [] }
    for (const id of ids) {
      const before = records[id]
      if (before) change.previous.push(before)
      else change.absent.push(id)
    }
    setLast(change)
  }

  /** `sinceOf` gives each episode's pass in progress (see passes.ts). */
  function apply(
    ids: readonly string[],
    watched: boolean,
    describe: (count: number) => string,
    sinceOf: (id: string) => number = () => 0,
  ) {
    const { records, actions, status } = store.getState()
    if (status === 'readonly') return
    const targets = ids.filter((id) => watchedSince(records[id], sinceOf(id)) !== watched)
    if (targets.length === 0) return
    remember(targets, describe(targets.length))
    const at = new Date()
    actions.edit(targets, (record) =>
      watched
        ? markWatched(at, sinceOf(record.id))(record)
        : markUnwatched(sinceOf(record.id))(record),
    )
  }

  /** A new pass for a series or season; Undo takes it back, plays untouched either way. */
  function rewatch(scopeId: string, message: string) {
    const { actions, status } = store.getState()
    if (status === 'readonly') return
    remember([scopeId], message)
    actions.edit([scopeId], startRewatch(new Date()))
  }

  async function undo() {
    if (!last) return
    setLast(null)
    await store.getState().actions.restoreRecords(last.previous, last.absent)
  }

  return { last, apply, rewatch, undo, dismiss: () => setLast(null) }
}
