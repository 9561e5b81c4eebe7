import { useQueryClient } from '@tanstack/react-query'
import { create } from 'zustand'
import { catalogueIdsQuery } from '@/catalogue/ids-query'
import { catalogueQuery } from '@/catalogue/queries'
import { planImport, recordsToWrite, type ImportPlan, type Keep } from '@/tracking/import/plan'
import type { Progress, ReadExport } from '@/tracking/import/read-export'
import { MAX_IMPORT_BYTES, refuseTooBig } from '@/tracking/import/limits'
import type { SourceFile } from '@/tracking/import/read-files'
import { readOffThread } from '@/tracking/import/read-off-thread'
import { ImportFileError } from '@/tracking/import/types'
import { useTrackingStore } from '@/tracking/store'
import type { RevertChange } from '@/tracking/sync-engine'

export type OtherImportState =
  | { step: 'idle' }
  | { step: 'reading'; names: string; progress: Progress | null }
  | { step: 'error'; message: string }
  | { step: 'review'; read: ReadExport; plan: ImportPlan; committing: boolean }
  | {
      step: 'done'
      read: ReadExport
      plan: ImportPlan
      written: number
      undo: RevertChange[]
      undoFailed?: boolean
    }
  | { step: 'undone'; reverted: number; kept: number }

const errorText = (error: unknown, fallback: string) =>
  error instanceof Error ? error.message : fallback

/**
 * files → (worker) read and match → plan against the log → the person's choices → one
 * transaction → Undo. Nothing is written before Import; a failure anywhere leaves the log as it was.
 */
interface FlowState {
  state: OtherImportState
  ratedMeansWatched: boolean
  choices: ReadonlyMap<string, Keep>
}

/**
 * Kept outside the component, for the session: a person who imports, then goes to look at an
 * episode or Stats, finds the import and its Undo still here when they come back.
 */
const useFlow = create<FlowState>(() => ({
  state: { step: 'idle' },
  ratedMeansWatched: false,
  choices: new Map(),
}))

type Update<T> = T | ((previous: T) => T)
const setter =
  <K extends keyof FlowState>(key: K) =>
  (update: Update<FlowState[K]>) =>
    useFlow.setState((flow) => ({
      [key]: typeof update === 'function' ? update(flow[key]) : update,
    }))
/** Back to the start, as on a fresh page (for tests, which share one module between renders). */
export function resetOtherImport(): void {
  useFlow.setState({ state: { step: 'idle' }, ratedMeansWatched: false, choices: new Map() })
}

const setState = setter('state')
const setRatedMeansWatched = setter('ratedMeansWatched')
const setChoices = setter('choices')

export function useOtherImport() {
  const store = useTrackingStore()
  const queryClient = useQueryClient()
  const state = useFlow((f) => f.state)
  const ratedMeansWatched = useFlow((f) => f.ratedMeansWatched)
  const choices = useFlow((f) => f.choices)

  const plan = (read: ReadExport, rated = ratedMeansWatched) =>
    planImport(store.getState().records, read.rows, read.unmatched, {
      ratedMeansWatched: rated,
      now: new Date(),
    })

  async function choose(files: readonly File[]) {
    if (files.length === 0) return
    const names = files.map((f) => f.name).join(', ')
    setState({ step: 'reading', names, progress: null })
    setChoices(new Map())
    try {
      // Refused by size before a byte is read: a 300 MB file would stall the page just loading.
      let total = 0
      for (const file of files) {
        total += file.size
        refuseTooBig(file.name, file.size)
      }
      if (total > MAX_IMPORT_BYTES) refuseTooBig(names, total)
      const [catalogue, ids, sources] = await Promise.all([
        queryClient.ensureQueryData(catalogueQuery),
        queryClient.ensureQueryData(catalogueIdsQuery),
        Promise.all(
          files.map(async (file): Promise<SourceFile> => ({
            name: file.name,
            bytes: new Uint8Array(await file.arrayBuffer()),
          })),
        ),
      ])
      const read = await readOffThread(sources, catalogue, ids, (progress) =>
        setState((s) => (s.step === 'reading' ? { ...s, progress } : s)),
      )
      setState({ step: 'review', read, plan: plan(read), committing: false })
    } catch (error) {
      setState({
        step: 'error',
        message:
          error instanceof ImportFileError
            ? error.message
            : errorText(error, `${names} could not be read. Choose it again.`),
      })
    }
  }

  function setRated(value: boolean) {
    setRatedMeansWatched(value)
    if (state.step === 'review') setState({ ...state, plan: plan(state.read, value) })
  }

  function keep(keys: readonly string[], value: Keep) {
    setChoices((previous) => {
      const next = new Map(previous)
      for (const key of keys) next.set(key, value)
      return next
    })
  }

  async function confirm() {
    if (state.step !== 'review' || state.committing) return
    const { read } = state
    setState({ ...state, committing: true })
    // Planned again against the log as it is now: another tab may have changed it meanwhile.
    const current = store.getState().records
    const fresh = plan(read)
    const records = recordsToWrite(current, fresh, choices, { at: Date.now(), by: 'import' })
    const undo = records.map((made) => ({ made, before: current[made.id] }))
    try {
      await store.getState().actions.importRecords(records)
      setState({ step: 'done', read, plan: fresh, written: records.length, undo })
    } catch (error) {
      setState({
        step: 'error',
        message: `Nothing was imported (${errorText(error, 'the browser refused to save').replace(/\.$/, '')}).`,
      })
    }
  }

  async function undo() {
    if (state.step !== 'done') return
    try {
      const { reverted, kept } = await store.getState().actions.revertRecords(state.undo)
      setState({ step: 'undone', reverted, kept })
    } catch {
      setState({ ...state, undoFailed: true })
    }
  }

  return {
    state,
    choices,
    ratedMeansWatched,
    choose,
    setRated,
    keep,
    confirm,
    undo,
    cancel: () => setState({ step: 'idle' }),
  }
}
