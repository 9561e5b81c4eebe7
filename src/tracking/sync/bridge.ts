import { isNewer, sameStamp, type WatchRecord } from '../model'
import { docId, readDoc, toDoc, type RecordDoc } from './documents'
import { resolveConflict, type Leaf } from './resolve'

/**
 * Between the watch log and the device's PouchDB database, which replication keeps in step with
 * the server (issue 11). The log is the source of truth: the database holds revisions and
 * checkpoints, and can be filled again from the log at any time (`copyToDatabase` of every
 * record). Works on any PouchDB database, so tests run it on in-memory ones.
 */
export interface SyncDatabase {
  allDocs: (options: { keys?: string[]; include_docs: true }) => Promise<{ rows: DocRow[] }>
  get: (id: string, options: { conflicts?: boolean; rev?: string }) => Promise<StoredDoc>
  bulkDocs: (docs: RecordDoc[]) => Promise<({ ok: true } | { error: string })[]>
}

/** The part of PouchDB's answers used here (its own types bring Node's along). */
interface DocRow {
  doc?: StoredDoc | null
  value?: { rev: string; deleted?: boolean }
  error?: string
}
type StoredDoc = Partial<RecordDoc> & { _id: string; _rev: string; _conflicts?: string[] }

/** What the server holds that the app does not take in, said once per kind. */
export interface Skipped {
  /** Documents of a newer version of the app: replication must pause. */
  newer: number
  /** Documents that look like ours but are not valid records, left as they are. */
  invalid: number
}

/**
 * Writes records into the database, each on its current revision, unless the copy there is
 * the same edit or a newer one. Returns the ids of the documents written.
 */
export async function copyToDatabase(
  db: SyncDatabase,
  records: readonly WatchRecord[],
): Promise<string[]> {
  // A pulled revision can land between reading a document's revision and writing on it (a
  // 409): those records are read and written again, so no edit of this device is left behind.
  const written: string[] = []
  let left = records
  for (let attempt = 0; attempt < 5 && left.length > 0; attempt += 1) {
    const result = await copyOnce(db, left)
    written.push(...result.written)
    left = result.failed
  }
  if (left.length > 0) throw new Error(`${left.length} changes could not be copied for sync`)
  return written
}

async function copyOnce(
  db: SyncDatabase,
  records: readonly WatchRecord[],
): Promise<{ written: string[]; failed: WatchRecord[] }> {
  if (records.length === 0) return { written: [], failed: [] }
  const { rows } = await db.allDocs({ keys: records.map((r) => docId(r.id)), include_docs: true })
  const docs: RecordDoc[] = []
  records.forEach((record, i) => {
    const row = rows[i]
    const existing = row?.doc ?? undefined
    const stored = existing ? readDoc(existing) : undefined
    if (stored?.kind === 'record') {
      if (sameStamp(stored.record, record) || isNewer(stored.record, record)) return
    }
    if (stored?.kind === 'newer') return
    // A deleted document's revision is its `value.rev`: writing on it brings the id back.
    const rev = existing?._rev ?? row?.value?.rev
    docs.push(toDoc(record, rev))
  })
  if (docs.length === 0) return { written: [], failed: [] }
  const results = await db.bulkDocs(docs)
  const byId = new Map(records.map((r) => [docId(r.id), r]))
  const written: string[] = []
  const failed: WatchRecord[] = []
  results.forEach((result, i) => {
    const id = docs[i]!._id
    if ('ok' in result) written.push(id)
    else if (byId.has(id)) failed.push(byId.get(id)!)
  })
  return { written, failed }
}

/** Every record the device database holds (at start-up: what was pulled but not yet taken in). */
export async function readAll(
  db: SyncDatabase,
): Promise<{ records: WatchRecord[]; skipped: Skipped }> {
  const { rows } = await db.allDocs({ include_docs: true })
  const ids = rows.flatMap((row) => (row.doc?._id?.startsWith('record:') ? [row.doc._id] : []))
  return readChanged(db, ids)
}

/**
 * The records of the documents that changed (after a pull), each document's conflicts resolved
 * first: the later edit is written on the revision CouchDB shows and every other leaf deleted,
 * so no conflict is left behind, on this device or (once pushed) on the server.
 */
export async function readChanged(
  db: SyncDatabase,
  ids: readonly string[],
): Promise<{ records: WatchRecord[]; skipped: Skipped }> {
  const records: WatchRecord[] = []
  const skipped: Skipped = { newer: 0, invalid: 0 }
  for (const id of new Set(ids)) {
    let doc: StoredDoc
    try {
      doc = await db.get(id, { conflicts: true })
    } catch {
      continue // deleted meanwhile: a delete is never ours (records are emptied, not deleted)
    }
    const current = readDoc(doc)
    if (current.kind === 'other') continue
    if (current.kind === 'newer') {
      skipped.newer += 1
      continue
    }
    const conflicts = doc._conflicts ?? []
    if (conflicts.length === 0) {
      if (current.kind === 'record') records.push(current.record)
      else skipped.invalid += 1
      continue
    }
    const others: Leaf[] = []
    let newerLeaf = false
    for (const rev of conflicts) {
      const leaf = readDoc(await db.get(id, { rev }))
      // A newer app's edit is not ours to judge: that document waits for this app's update.
      if (leaf.kind === 'newer') newerLeaf = true
      others.push({ rev, record: leaf.kind === 'record' ? leaf.record : null })
    }
    if (newerLeaf) {
      skipped.newer += 1
      continue
    }
    const resolution = resolveConflict(
      { rev: doc._rev, record: current.kind === 'record' ? current.record : null },
      others,
    )
    if (!resolution) {
      skipped.invalid += 1
      continue
    }
    const writes: RecordDoc[] = resolution.remove.map((rev) => ({
      ...toDoc(resolution.winner, rev),
      _deleted: true,
    }))
    if (resolution.update) writes.unshift(toDoc(resolution.update, doc._rev))
    await db.bulkDocs(writes)
    records.push(resolution.winner)
  }
  return { records, skipped }
}
