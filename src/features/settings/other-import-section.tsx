import { useId, useRef, useState, type DragEvent } from 'react'
import { countOf, listPhrase } from '@/lib/plural'
import { useEditsLocked } from '@/tracking/store'
import { Banner } from '@/ui/banner'
import { ImportPlanView } from './import-plan-view'
import { progressText } from './import-words'
import { useOtherImport } from './use-other-import'

/** "Import from another app": TV Time, Trakt, IMDb and Letterboxd exports, as downloaded. */
export function OtherImportSection() {
  const flow = useOtherImport()
  const { state } = flow
  const inputRef = useRef<HTMLInputElement>(null)
  const inputId = useId()
  const hintId = useId()
  const [dragging, setDragging] = useState(false)
  const locked = useEditsLocked()
  const busy = state.step === 'reading' || (state.step === 'review' && state.committing)

  const take = (files: FileList | null) => {
    if (files && files.length > 0 && !locked && !busy) void flow.choose([...files])
  }
  const reset = () => {
    flow.cancel()
    if (inputRef.current) inputRef.current.value = ''
  }
  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    setDragging(false)
    take(event.dataTransfer.files)
  }

  return (
    <section className="panel" aria-labelledby="other-import-heading">
      <h2 id="other-import-heading">Import from another app</h2>
      <p>
        Bring the history you kept in TV Time, Trakt, IMDb or Letterboxd. Choose its export as you
        downloaded it (a ZIP, or its CSV and JSON files). Nothing changes until you confirm.
      </p>
      <div
        className={`drop-zone${dragging ? ' drop-zone--over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={inputId} className="field__label">
          Export files
        </label>
        <input
          id={inputId}
          ref={inputRef}
          type="file"
          multiple
          accept=".zip,.csv,.json,application/zip,text/csv,application/json"
          aria-describedby={hintId}
          disabled={locked || busy}
          onChange={(e) => take(e.target.files)}
        />
        <p id={hintId} className="muted drop-zone__hint">
          or drop them here
        </p>
      </div>

      {state.step === 'reading' && (
        <p role="status" className="import-progress">
          {progressText(state.names, state.progress)}
        </p>
      )}

      {state.step === 'error' && (
        <Banner tone="danger" title="Not imported." urgent>
          {state.message} Your data was not changed.
        </Banner>
      )}

      {state.step === 'review' && <ImportPlanView flow={flow} onCancel={reset} />}

      {state.step === 'done' && (
        <Banner
          tone="info"
          title="Imported."
          actions={
            state.written > 0 && (
              <button type="button" className="button" onClick={() => void flow.undo()}>
                Undo import
              </button>
            )
          }
        >
          {state.written === 0
            ? 'Everything in the files was already here: nothing changed.'
            : `${
                listPhrase(
                  [
                    state.plan.viewings.add > 0 && countOf(state.plan.viewings.add, 'viewing'),
                    state.plan.ratings.add > 0 && countOf(state.plan.ratings.add, 'rating'),
                    state.plan.notes.add > 0 && countOf(state.plan.notes.add, 'note'),
                    state.plan.viewings.dated > 0 &&
                      `${countOf(state.plan.viewings.dated, 'date')} made more precise`,
                  ].filter((x): x is string => typeof x === 'string'),
                ) || 'Your choices'
              } added, across ${countOf(state.written, 'entry', 'entries')}.`}
        </Banner>
      )}
      {state.step === 'done' && state.undoFailed && (
        <Banner tone="danger" title="Not undone." urgent>
          The browser refused to save, so the imported entries are still here. Try Undo import
          again.
        </Banner>
      )}
      {state.step === 'undone' && (
        <Banner tone="info" title="Import undone.">
          {state.kept === 0
            ? 'Everything the import changed is as it was before.'
            : `${countOf(state.reverted, 'entry is', 'entries are')} as before. ${countOf(state.kept, 'entry', 'entries')} changed since the import ${state.kept === 1 ? 'was' : 'were'} left as ${state.kept === 1 ? 'it is' : 'they are'}.`}
        </Banner>
      )}
    </section>
  )
}
