import { useEffect, useId, useRef, useState } from 'react'
import { useRecord, useEditsLocked } from '@/tracking/store'
import { useSaveHint } from '@/tracking/use-save-hint'
import { useWatchActions } from '@/tracking/use-watch-actions'
import { NoteField } from '@/ui/note-field'
import { StarRating } from '@/ui/star-rating'

interface YourTakeProps {
  /** A series (`pic`) or season (`pic-s02`) id: they carry a rating and a note too. */
  scopeId: string
  /** "Picard", "Season 2": what the rating and note are of. */
  name: string
}

/**
 * The person's rating and note of a whole series or season. The note reads as plain text with
 * its line breaks (React renders it as text, never as markup) and opens for editing on request.
 */
export function YourTake({ scopeId, name }: YourTakeProps) {
  const record = useRecord(scopeId)
  const locked = useEditsLocked()
  const { setRating, setNote } = useWatchActions()
  const note = record?.note ?? ''
  const [editing, setEditing] = useState(false)
  // Done removes the field: focus goes back to the button that opened it, not to the page.
  const editButton = useRef<HTMLButtonElement>(null)
  const closedByDone = useRef(false)
  useEffect(() => {
    if (!editing && closedByDone.current) {
      closedByDone.current = false
      editButton.current?.focus()
    }
  }, [editing])
  const hint = useSaveHint(locked)
  const fieldId = useId()

  return (
    <div className="your-take">
      <StarRating
        label={`Your rating of ${name}`}
        value={record?.rating10 ?? null}
        disabled={locked}
        onChange={(value) => setRating(scopeId, value)}
      />
      {editing ? (
        <div className="your-take__editor">
          <NoteField
            id={fieldId}
            label={`Your note on ${name}`}
            value={note}
            onChange={(value) => setNote(scopeId, value)}
            hint={hint}
            disabled={locked}
            focusOnOpen
          />
          <button
            type="button"
            className="button"
            onClick={() => {
              closedByDone.current = true
              setEditing(false)
            }}
          >
            Done
          </button>
        </div>
      ) : (
        <div className="your-take__note">
          {note.trim() !== '' && (
            <>
              <h3 className="field__label">Your note on {name}</h3>
              <p className="note-text">{note}</p>
            </>
          )}
          <button
            ref={editButton}
            type="button"
            className="button button--quiet"
            disabled={locked}
            onClick={() => setEditing(true)}
          >
            {note.trim() === '' ? `Add a note on ${name}` : `Edit your note on ${name}`}
          </button>
        </div>
      )}
    </div>
  )
}
