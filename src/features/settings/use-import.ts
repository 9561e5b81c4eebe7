import { useState } from 'react'
import { MAX_BACKUP_BYTES } from '@/tracking/backup/backup-format'
import { parseBackup, parseBackupBytes, type ParseResult } from '@/tracking/backup/parse-backup'
import { planImport, type ImportPlan } from '@/tracking/backup/plan-import'
import { useTrackingStore } from '@/tracking/store'
import type { RevertChange } from '@/tracking/sync-engine'
import { settingsChange, settingsUndo, type BackupPreferences } from '@/tracking/backup/settings'
import { preferencesForBackup, usePreferences } from '@/tracking/preferences'

export type ImportState =
  | { step: 'idle' }
  | { step: 'error'; fileName: string; message: string }
  | { step: 'review'; fileName: string; plan: ImportPlan; settings: Partial<BackupPreferences> }
  | { step: 'committing'; fileName: string; plan: ImportPlan; settings: Partial<BackupPreferences> }
  | {
      step: 'done'
      fileName: string
      plan: ImportPlan
      settings: Partial<BackupPreferences>
      undo: Snapshot | null
      /** The last Undo failed: the imported entries are still here. */
      undoFailed?: boolean
    }
  | { step: 'undone'; fileName: string; reverted: number; kept: number }

/** What Undo needs: each record the import wrote and what it held before; the same for settings. */
interface Snapshot {
  records: RevertChange[]
  preferences: BackupPreferences
}

/** parse → validate → plan → (person confirms) → commit in one transaction → undo. */
export function useImport() {
  const store = useTrackingStore()
  const [state, setState] = useState<ImportState>({ step: 'idle' })

  async function choose(file: File) {
    let result: ParseResult
    try {
      // A file over the limit is refused by its size, without reading it into memory.
      result =
        file.size > MAX_BACKUP_BYTES
          ? parseBackup('', file.size)
          : parseBackupBytes(await file.arrayBuffer())
    } catch {
      setState({
        step: 'error',
        fileName: file.name,
        message: 'This file could not be read. Choose it again, or copy it somewhere else first.',
      })
      return
    }
    if (!result.ok) {
      setState({ step: 'error', fileName: file.name, message: result.message })
      return
    }
    const plan = planImport(store.getState().records, result.backup.records)
    const settings = settingsChange(preferencesForBackup(), result.backup.settings)
    setState({ step: 'review', fileName: file.name, plan, settings })
  }

  async function confirm() {
    if (state.step !== 'review') return
    const { plan, fileName, settings } = state
    const current = store.getState().records
    const undo: Snapshot = {
      records: plan.toApply.map((made) => ({ made, before: current[made.id] })),
      preferences: preferencesForBackup(),
    }
    setState({ step: 'committing', fileName, plan, settings })
    try {
      await store.getState().actions.importRecords(plan.toApply)
      // Settings only once the records are in: a refused import changes nothing at all.
      usePreferences.setState(settings)
      const changedAnything = plan.toApply.length > 0 || Object.keys(settings).length > 0
      setState({ step: 'done', fileName, plan, settings, undo: changedAnything ? undo : null })
    } catch (error) {
      setState({
        step: 'error',
        fileName,
        message: `Nothing was imported (${
          error instanceof Error ? error.message.replace(/\.$/, '') : 'the browser refused to save'
        }).`,
      })
    }
  }

  async function undo() {
    if (state.step !== 'done' || !state.undo) return
    const { fileName, undo } = state
    try {
      const { reverted, kept } = await store.getState().actions.revertRecords(undo.records)
      usePreferences.setState(
        settingsUndo(preferencesForBackup(), state.settings, undo.preferences),
      )
      setState({ step: 'undone', fileName, reverted, kept })
    } catch {
      setState({ ...state, step: 'done', undoFailed: true })
    }
  }

  return { state, choose, confirm, cancel: () => setState({ step: 'idle' }), undo }
}
