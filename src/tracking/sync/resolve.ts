import { isNewer, sameStamp, type WatchRecord } from '../model'

/**
 * The same record edited on two devices while apart leaves the server with two leaf revisions.
 * CouchDB's own winner (the longer history, then the larger revision id) is not the later edit,
 * so the app decides as it does between tabs: the later `updatedAt`, then the larger writer id.
 * Pure, so every device and every test reaches the same answer from the same leaves.
 */
export interface Leaf {
  rev: string
  /** The leaf's record, or null when it is not one of ours (it then loses to any record). */
  record: WatchRecord | null
}

export interface Resolution {
  /** The record every device ends with. */
  winner: WatchRecord
  /**
   * Written on top of the revision CouchDB shows, when that one is not already the winner's
   * content (undefined when it is).
   */
  update: WatchRecord | undefined
  /** The other leaves, deleted so that no conflict is left behind. */
  remove: string[]
}

/**
 * `current` is the leaf CouchDB shows as the document (`_rev`), `others` its `_conflicts`.
 * Returns null when no leaf holds a record of ours (nothing to decide).
 */
export function resolveConflict(current: Leaf, others: readonly Leaf[]): Resolution | null {
  let winner: WatchRecord | null = null
  for (const leaf of [current, ...others]) {
    if (leaf.record && (!winner || isNewer(leaf.record, winner))) winner = leaf.record
  }
  if (!winner) return null
  // One edit is one stamp: the same stamp is the same content (a writer stamps each edit anew).
  const same = current.record !== null && sameStamp(current.record, winner)
  return { winner, update: same ? undefined : winner, remove: others.map((o) => o.rev) }
}
