import { validate } from '@/lib/schema'
import { RECORD_KEY_PREFIX, SCHEMA_VERSION, watchRecordSchema, type WatchRecord } from '../model'

/**
 * A watch-log record as a document on the sync server (issue 11): `_id` is the record's
 * IndexedDB key (`record:tng-s01e03`), so the server's documents and the log's entries are named
 * alike and nothing of ours can collide with CouchDB's own `_design/` or `_local/` documents.
 * The app's log stays the source of truth; a document is a copy, validated like a backup.
 */
export interface RecordDoc {
  _id: string
  _rev?: string
  /** The record format (model.ts SCHEMA_VERSION) the copy was written in. */
  v: number
  record: WatchRecord
  /** Set on a losing leaf when a conflict is resolved (never on a record's own document). */
  _deleted?: true
}

export const docId = (recordId: string): string => `${RECORD_KEY_PREFIX}${recordId}`

export function toDoc(record: WatchRecord, rev?: string): RecordDoc {
  return {
    _id: docId(record.id),
    ...(rev !== undefined && { _rev: rev }),
    v: SCHEMA_VERSION,
    record,
  }
}

export type ReadDoc =
  | { kind: 'record'; record: WatchRecord }
  /** A design document, or something another app keeps in the same database. */
  | { kind: 'other' }
  /** Written by a newer version of the app: replication pauses until this one is updated. */
  | { kind: 'newer'; version: number }
  /** Looks like ours but is not a valid record: left on the server, never adopted. */
  | { kind: 'invalid'; reason: string }

export function readDoc(doc: unknown): ReadDoc {
  if (typeof doc !== 'object' || doc === null) return { kind: 'other' }
  const { _id: id, v, record } = doc as Partial<RecordDoc>
  if (typeof id !== 'string' || !id.startsWith(RECORD_KEY_PREFIX)) return { kind: 'other' }
  if (typeof v !== 'number') return { kind: 'invalid', reason: 'it has no format version' }
  if (v > SCHEMA_VERSION) return { kind: 'newer', version: v }
  const checked = validate(watchRecordSchema, record)
  if (!checked.success) {
    return { kind: 'invalid', reason: checked.issues[0]?.message ?? 'not a valid record' }
  }
  if (docId(checked.data.id) !== id) return { kind: 'invalid', reason: 'its id does not match' }
  return { kind: 'record', record: checked.data }
}
