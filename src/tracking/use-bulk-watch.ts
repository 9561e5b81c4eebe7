import { useState } from 'react'
import { markUnwatched, markWatched } from './edits'
import { isWatched, type WatchRecord } from './model'
import { useTrackingStore } from './store'

export interface BulkChange {
  message: string
  /** Exact copies from before the change, and ids that had no record: what Undo puts back. */
  previous: WatchRecord[]
  absent: string[]
}

/** Marks many episodes at once and keeps what Undo needs to put them back exactly. */
export function useBulkWatch() {
  const store = useTrackingStore()
  const [last, setLast] = useState<BulkChange | null>(null)

  function apply(ids: readonly string[], watched: boolean, describe: (count: number) => string) {
    const { records, actions, status } = store.getState()
    if (status === 'readonly') return
    const targets = ids.filter((id) => isWatched(records[id]) !== watched)
    if (targets.length === 0) return
    const change: BulkChange = { message: describe(targets.length), previous: [], absent: [] }
    for (const id of targets) {
      const before = records[id]
      if (before) change.previous.push(before)
      else change.absent.push(id)
    }
    actions.edit(targets, watched ? markWatched(new Date()) : markUnwatched)
    setLast(change)
  }

  async function undo() {
    if (!last) return
    setLast(null)
    await store.getState().actions.restoreRecords(last.previous, last.absent)
  }

  return { last, apply, undo, dismiss: () => setLast(null) }
}
