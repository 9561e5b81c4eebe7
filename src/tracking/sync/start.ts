import { readSyncSettings } from '../persistence/sync-settings'
import type { TrackingStore } from '../sync-engine'

/**
 * At start-up: sync resumes if the person turned it on in this browser. Only the settings are
 * read here; the controller, PouchDB and the replicator load only then (the first visit of
 * someone who never syncs carries none of it).
 */
export function resumeSync(tracking: TrackingStore): void {
  const settings = readSyncSettings()
  if (!settings) return
  void import('./controller').then(({ startSync }) => startSync(tracking, settings))
}
