import { isNewer, type WatchRecord } from '../model'

/** What an import would do, shown to the person before anything is written. */
export interface ImportPlan {
  /** Ids not tracked here yet. */
  added: number
  /** The file's copy is newer: it replaces ours. */
  changed: number
  /** Ours is newer than the file's and differs: ours is kept. */
  conflicting: number
  /** Same content on both sides. */
  unchanged: number
  /** The records the commit writes. */
  toApply: WatchRecord[]
}

const sameContent = (a: WatchRecord, b: WatchRecord): boolean =>
  a.rating10 === b.rating10 &&
  a.note === b.note &&
  a.skipped === b.skipped &&
  JSON.stringify(a.rewatchStarts) === JSON.stringify(b.rewatchStarts) &&
  JSON.stringify(a.plays) === JSON.stringify(b.plays)

/**
 * Per record, the later edit wins (`updatedAt`, then tab id): a backup from another device
 * never overwrites a newer edit, and importing the same file twice changes nothing.
 */
export function planImport(
  current: Readonly<Record<string, WatchRecord>>,
  incoming: readonly WatchRecord[],
): ImportPlan {
  const plan: ImportPlan = { added: 0, changed: 0, conflicting: 0, unchanged: 0, toApply: [] }
  for (const record of incoming) {
    // Own entries only: an id such as `constructor` is not "already tracked".
    const ours = Object.hasOwn(current, record.id) ? current[record.id] : undefined
    if (!ours) {
      plan.added += 1
      plan.toApply.push(record)
    } else if (sameContent(record, ours) && !isNewer(record, ours)) {
      plan.unchanged += 1
    } else if (isNewer(record, ours)) {
      if (sameContent(record, ours)) plan.unchanged += 1
      else plan.changed += 1
      plan.toApply.push(record)
    } else {
      plan.conflicting += 1
    }
  }
  return plan
}
