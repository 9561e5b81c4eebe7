import { useId, useRef, useState, type DragEvent } from 'react'
import { flushSync } from 'react-dom'
import { useEditsLocked } from '@/tracking/store'
import { Banner } from '@/ui/banner'
import { ImportPlanView } from './import-plan-view'
import { ImportResult } from './import-result'
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
  // While an import can still be undone, a new one waits: choosing would drop that Undo.
  const waiting = state.step === 'done' && state.written > 0
  const busy = state.step === 'reading' || (state.step === 'review' && state.committing) || waiting

  const take = (files: FileList | null) => {
    if (files && files.length > 0 && !locked && !busy) void flow.choose([...files])
    // Cleared, so choosing the same file again (after an error, or to import it again) counts.
    if (inputRef.current) inputRef.current.value = ''
  }
  const backToPicker = () => {
    // Drawn at once, so the picker is enabled again before it takes the focus.
    flushSync(flow.reset)
    inputRef.current?.focus()
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
          {waiting
            ? 'Undo the last import or press Done before choosing another.'
            : 'or drop them here'}
        </p>
      </div>

      {/* Mounted throughout, so a screen reader hears each step of a long read. */}
      <p role="status" className="import-progress">
        {state.step === 'reading' && progressText(state.names, state.progress)}
      </p>
      {state.step === 'reading' && (
        <button type="button" className="button" onClick={state.cancel}>
          Stop reading
        </button>
      )}

      {state.step === 'error' && (
        <Banner tone="danger" title="Not imported." urgent>
          {state.message} Your data was not changed.
        </Banner>
      )}

      {state.step === 'review' && <ImportPlanView flow={flow} onCancel={backToPicker} />}
      <ImportResult flow={flow} onDone={backToPicker} />
    </section>
  )
}
