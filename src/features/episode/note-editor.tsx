import { useId } from 'react'
import { useRecord } from '@/tracking/store'
import { useSaveHint } from '@/tracking/use-save-hint'
import { useWatchActions } from '@/tracking/use-watch-actions'

/**
 * No Save button: every keystroke goes into the store at once and reaches the disk a moment
 * later (and at once when the tab is hidden or closed).
 */
export function NoteEditor({ id, disabled }: { id: string; disabled: boolean }) {
  const note = useRecord(id)?.note ?? ''
  const hint = useSaveHint(disabled)
  const { setNote } = useWatchActions()
  const hintId = useId()

  return (
    <div className="field">
      <label className="field__label" htmlFor="note-input">
        Your note
      </label>
      <textarea
        id="note-input"
        className="note"
        rows={6}
        value={note}
        disabled={disabled}
        maxLength={100_000}
        placeholder="Thoughts, favourite scenes, who you watched it with…"
        aria-describedby={hintId}
        onChange={(e) => setNote(id, e.target.value)}
      />
      <p id={hintId} className={`field__hint${hint.isError ? ' is-error' : ''}`} aria-live="polite">
        {hint.text}
      </p>
    </div>
  )
}
