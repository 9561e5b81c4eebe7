import { useEffect } from 'react'
import { useLocation, useNavigate } from 'react-router'
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
  const location = useLocation()
  const navigate = useNavigate()
  const { state } = location as { state: { writeNote?: boolean } | null }
  const writeNote = state?.writeNote === true
  // Once: Back, Forward or a reload of this entry must not jump into the note again.
  useEffect(() => {
    if (writeNote) void navigate(location.pathname, { replace: true, state: null })
  }, [writeNote, navigate, location.pathname])
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
      focusOnOpen={writeNote}
    />
  )
}
