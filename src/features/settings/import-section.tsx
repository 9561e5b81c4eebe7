import { useId, useRef } from 'react'
import { describeSettings } from '@/tracking/backup/settings'
import { useEditsLocked } from '@/tracking/store'
import { Banner } from '@/ui/banner'
import { UndoFailed } from './import-banners'
import { useImport } from './use-import'

export function ImportSection() {
  const { state, choose, confirm, cancel, undo } = useImport()
  const inputRef = useRef<HTMLInputElement>(null)
  const inputId = useId()
  // The plan compares the file with this browser's log: not before that log has loaded.
  const locked = useEditsLocked()

  const reset = () => {
    cancel()
    if (inputRef.current) inputRef.current.value = ''
  }

  return (
    <section className="panel" aria-labelledby="import-heading">
      <h2 id="import-heading">Restore from a backup</h2>
      <p>
        Nothing changes until you confirm. Where both the file and this browser have an entry, the
        one edited last is kept.
      </p>
      <div className="field">
        <label htmlFor={inputId} className="field__label">
          Backup file
        </label>
        <input
          id={inputId}
          ref={inputRef}
          type="file"
          accept="application/json,.json"
          disabled={locked}
          onChange={(e) => {
            const file = e.target.files?.[0]
            if (file) void choose(file)
          }}
        />
      </div>

      {state.step === 'error' && (
        <Banner tone="danger" title="Not imported." urgent>
          {state.message} Your data was not changed.
        </Banner>
      )}

      {(state.step === 'review' || state.step === 'committing') && (
        <div className="import-plan" role="region" aria-label="Import plan">
          <h3>Import “{state.fileName}”?</h3>
          <ul className="plan-counts">
            <li>
              <strong>{state.plan.added}</strong> new
            </li>
            <li>
              <strong>{state.plan.changed}</strong> changed
            </li>
            <li>
              <strong>{state.plan.conflicting}</strong> conflicting (yours is newer and is kept)
            </li>
            <li>
              <strong>{state.plan.unchanged}</strong> unchanged
            </li>
          </ul>
          {Object.keys(state.settings).length > 0 && (
            <p>Settings from the file: {describeSettings(state.settings)}.</p>
          )}
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              disabled={state.step === 'committing' || locked}
              onClick={() => void confirm()}
            >
              Import
            </button>
            <button type="button" className="button" onClick={reset}>
              Cancel
            </button>
          </div>
        </div>
      )}

      {state.step === 'done' && (
        <Banner
          tone="info"
          title="Imported."
          actions={
            state.undo && (
              <button type="button" className="button" onClick={() => void undo()}>
                Undo import
              </button>
            )
          }
        >
          {state.plan.added} new and {state.plan.changed} changed entries
          {Object.keys(state.settings).length > 0 && ', and your settings,'} from “{state.fileName}
          ”.
        </Banner>
      )}

      {state.step === 'done' && state.undoFailed && <UndoFailed />}

      {state.step === 'undone' && (
        <Banner tone="info" title="Import undone.">
          {state.kept === 0
            ? `Everything the import of “${state.fileName}” changed is as it was before.`
            : `${state.reverted} ${state.reverted === 1 ? 'entry is' : 'entries are'} as before importing “${state.fileName}”. ${state.kept} changed since the import ${state.kept === 1 ? 'was' : 'were'} left as ${state.kept === 1 ? 'it is' : 'they are'}.`}
        </Banner>
      )}
    </section>
  )
}
