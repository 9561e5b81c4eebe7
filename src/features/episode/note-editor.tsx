import { useLocation } from 'react-router'
import { useRecord } from '@/tracking/store'
import { useSaveHint } from '@/tracking/use-save-hint'
import { useWatchActions } from '@/tracking/use-watch-actions'
import { NoteField } from '@/ui/note-field'

/**
 * No Save button: every keystroke goes into the store at once and reaches the disk a moment
 * later (and at once when the tab is hidden or closed).
 */
export function NoteEditor({ id, disabled }: { id: string; disabled: boolean }) {
  const note = useRecord(id)?.note ?? ''
  const hint = useSaveHint(disabled)
  const { setNote } = useWatchActions()
  // `n` on a season's row opens this page to write the note: the caret goes there at once.
  const { state } = useLocation() as { state: { writeNote?: boolean } | null }
  return (
    <NoteField
      // The `n` shortcut focuses this id.
      id="note-input"
      label="Your note"
      value={note}
      onChange={(value) => setNote(id, value)}
      hint={hint}
      disabled={disabled}
      placeholder="Thoughts, favourite scenes, who you watched it with…"
      focusOnOpen={state?.writeNote === true}
    />
  )
}
