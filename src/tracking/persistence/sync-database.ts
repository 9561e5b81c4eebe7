import PouchDB from 'pouchdb-core'
import http from 'pouchdb-adapter-http'
import indexeddb from 'pouchdb-adapter-indexeddb'
import replication from 'pouchdb-replication'

/**
 * The device's copy for sync (issue 11): a PouchDB database in IndexedDB (`_pouch_captains-log-sync`)
 * holding revisions and replication checkpoints, beside the watch log (which stays the truth),
 * and the server's database over HTTP. Only this chunk loads PouchDB, and only with sync on.
 */
PouchDB.plugin(indexeddb).plugin(http).plugin(replication)

export const SYNC_DATABASE = 'captains-log-sync'

export type Database = PouchDB

export function openDeviceDatabase(): PouchDB {
  return new PouchDB(SYNC_DATABASE, { adapter: 'indexeddb' })
}

export function openServerDatabase(
  url: string,
  credentials: { username: string; password: string },
): PouchDB {
  // Basic auth on every request (PouchDB's http adapter): cookie sessions with another site
  // fail on Safari and iOS. skip_setup: never try to create the person's database.
  return new PouchDB(url, { adapter: 'http', auth: credentials, skip_setup: true })
}

/** Turning sync off forgets the device's copy too; the watch log keeps everything. */
export async function forgetDeviceDatabase(): Promise<void> {
  await openDeviceDatabase().destroy()
}
