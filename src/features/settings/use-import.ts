import { useState } from 'react'
import { MAX_BACKUP_BYTES } from '@/tracking/backup/backup-format'
import { parseBackup, parseBackupBytes, type ParseResult } from '@/tracking/backup/parse-backup'
import { planImport, type ImportPlan } from '@/tracking/backup/plan-import'
import { useTrackingStore } from '@/tracking/store'
import type { RevertChange } from '@/tracking/sync-engine'

export type ImportState =
  | { step: 'idle' }
  | { step: 'error'; fileName: string; message: string }
  | { step: 'review'; fileName: string; plan: ImportPlan }
  | { step: 'committing'; fileName: string; plan: ImportPlan }
  | {
      step: 'done'
      fileName: string
      plan: ImportPlan
      undo: Snapshot | null
      /** The last Undo failed: the imported entries are still here. */
      undoFailed?: boolean
    }
  | { step: 'undone'; fileName: string; reverted: number; kept: number }

/** What Undo needs: each record the import wrote, and what it held before. */
type Snapshot = RevertChange[]

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
    setState({ step: 'review', fileName: file.name, plan })
  }

  async function confirm() {
    if (state.step !== 'review') return
    const { plan, fileName } = state
    const current = store.getState().records
    const undo: Snapshot = plan.toApply.map((made) => ({ made, before: current[made.id] }))
    setState({ step: 'committing', fileName, plan })
    try {
      await store.getState().actions.importRecords(plan.toApply)
      setState({ step: 'done', fileName, plan, undo: plan.toApply.length > 0 ? undo : null })
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
      const { reverted, kept } = await store.getState().actions.revertRecords(undo)
      setState({ step: 'undone', fileName, reverted, kept })
    } catch {
      setState({ ...state, step: 'done', undoFailed: true })
    }
  }

  return { state, choose, confirm, cancel: () => setState({ step: 'idle' }), undo }
}
