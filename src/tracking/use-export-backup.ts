import { downloadText } from '@/lib/download'
import { backupFileName, createBackup, serializeBackup } from './backup/export-backup'
import { preferencesForBackup } from './preferences'
import { useTrackingStore } from './store'

/**
 * Saves everything this tab holds as a backup file, saved or not: from Settings, and whenever
 * the disk has stopped taking changes and a copy is the only safe place left.
 */
export function useExportBackup(catalogueVersion: string | null): () => void {
  const store = useTrackingStore()
  return () => {
    const { records, actions } = store.getState()
    const backup = createBackup({ records, catalogueVersion, settings: preferencesForBackup() })
    downloadText(backupFileName(), serializeBackup(backup), 'application/json')
    actions.updateMeta({ lastExportAt: Date.now() })
  }
}
