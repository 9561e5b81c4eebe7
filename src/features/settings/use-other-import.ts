import { useQueryClient } from '@tanstack/react-query'
import { create } from 'zustand'
import { catalogueIdsQuery } from '@/catalogue/ids-query'
import { catalogueQuery } from '@/catalogue/queries'
import { validate } from '@/lib/schema'
import { MAX_IMPORT_BYTES, refuseTooBig } from '@/tracking/import/limits'
import { planImport, recordsToWrite, type ImportPlan, type Keep } from '@/tracking/import/plan'
import type { Progress, ReadExport } from '@/tracking/import/read-export'
import type { SourceFile } from '@/tracking/import/read-files'
import { readOffThread } from '@/tracking/import/read-off-thread'
import { ImportFileError } from '@/tracking/import/types'
import { watchRecordSchema, type WatchRecord } from '@/tracking/model'
import { useTrackingStore } from '@/tracking/store'
import type { RevertChange } from '@/tracking/sync-engine'

export type OtherImportState =
  | { step: 'idle' }
  | { step: 'reading'; names: string; progress: Progress | null; cancel: () => void }
  | { step: 'error'; message: string }
  | {
      step: 'review'
      read: ReadExport
      plan: ImportPlan
      committing: boolean
      /** The log changed while the plan was shown, so it was made again: the person looks again. */
      replanned?: boolean
    }
  | {
      step: 'done'
      read: ReadExport
      plan: ImportPlan
      written: number
      undo: RevertChange[]
      undoFailed?: boolean
    }
  | { step: 'undone'; reverted: number; kept: number }

interface FlowState {
  state: OtherImportState
  ratedMeansWatched: boolean
  choices: ReadonlyMap<string, Keep>
}

/**
 * Kept outside the component, for the visit: a person who imports, then goes to look at an
 * episode or Stats, finds the import and its Undo still here when they come back.
 */
const useFlow = create<FlowState>(() => ({
  state: { step: 'idle' },
  ratedMeansWatched: false,
  choices: new Map(),
}))

/** Back to the start, as on a fresh page (for tests, which share one module between renders). */
export function resetOtherImport(): void {
  useFlow.setState({ state: { step: 'idle' }, ratedMeansWatched: false, choices: new Map() })
}

const setState = (state: OtherImportState) => useFlow.setState({ state })
const errorText = (error: unknown, fallback: string) =>
  error instanceof Error ? error.message : fallback

/** The same plan in what it would write and ask: if not, the person must see the new one. */
const samePlan = (a: ImportPlan, b: ImportPlan) =>
  JSON.stringify([a.viewings, a.ratings, a.notes, a.conflicts]) ===
  JSON.stringify([b.viewings, b.ratings, b.notes, b.conflicts])

/** A record the import would write that is not valid is a bug of a reader: nothing is written. */
function invalidRecord(records: readonly WatchRecord[]): string | null {
  for (const record of records) {
    const result = validate(watchRecordSchema, record)
    if (!result.success) return `${record.id}: ${result.issues[0]?.message ?? 'not valid'}`
  }
  return null
}

/**
 * files → (worker) read and match → plan against the log → the person's choices → one
 * transaction → Undo. Nothing is written before Import; a failure anywhere leaves the log as it was.
 */
export function useOtherImport() {
  const store = useTrackingStore()
  const queryClient = useQueryClient()
  const state = useFlow((f) => f.state)
  const ratedMeansWatched = useFlow((f) => f.ratedMeansWatched)
  const choices = useFlow((f) => f.choices)

  const plan = (read: ReadExport, rated = useFlow.getState().ratedMeansWatched) =>
    planImport(store.getState().records, read.rows, read.unmatched, {
      ratedMeansWatched: rated,
      now: new Date(),
    })

  async function choose(files: readonly File[]) {
    if (files.length === 0) return
    const names = files.map((f) => f.name).join(', ')
    const aborted = new AbortController()
    const cancel = () => {
      aborted.abort()
      setState({ step: 'idle' })
    }
    setState({ step: 'reading', names, progress: null, cancel })
    useFlow.setState({ choices: new Map() })
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
      if (aborted.signal.aborted) return
      const read = await readOffThread(
        sources,
        catalogue,
        ids,
        (progress) => {
          const now = useFlow.getState().state
          if (now.step === 'reading') setState({ ...now, progress })
        },
        aborted.signal,
      )
      setState({ step: 'review', read, plan: plan(read), committing: false })
    } catch (error) {
      if (aborted.signal.aborted) return
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
    useFlow.setState({ ratedMeansWatched: value })
    if (state.step === 'review') setState({ ...state, plan: plan(state.read, value) })
  }

  function keep(keys: readonly string[], value: Keep) {
    const next = new Map(useFlow.getState().choices)
    for (const key of keys) next.set(key, value)
    useFlow.setState({ choices: next })
  }

  async function confirm() {
    if (state.step !== 'review' || state.committing) return
    const { read } = state
    // Planned again against the log as it is now: another tab may have changed it meanwhile,
    // and a conflict the person has not seen is never decided for them.
    const fresh = plan(read)
    if (!samePlan(fresh, state.plan)) {
      setState({ step: 'review', read, plan: fresh, committing: false, replanned: true })
      return
    }
    setState({ ...state, committing: true })
    const current = store.getState().records
    const records = recordsToWrite(current, fresh, choices, { at: Date.now(), by: 'import' })
    const undo = records.map((made) => ({ made, before: current[made.id] }))
    const invalid = invalidRecord(records)
    try {
      if (invalid) throw new Error(`an entry would not be valid, ${invalid}`)
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
    /** Back to choosing a file (after a plan, an error, or a finished import kept as it is). */
    reset: () => setState({ step: 'idle' }),
  }
}
