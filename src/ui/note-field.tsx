import { useId } from 'react'

interface NoteFieldProps {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  /** Says whether what was typed is safe yet, under the field (announced politely). */
  hint: { text: string; isError: boolean }
  disabled: boolean
  placeholder?: string
  /** Only for a field opened on request, where the caret belongs at once. */
  focusOnOpen?: boolean
}

/** A long plain-text note: a labelled textarea with its save hint. No Save button. */
export function NoteField({
  id,
  label,
  value,
  onChange,
  hint,
  disabled,
  placeholder,
  focusOnOpen,
}: NoteFieldProps) {
  const hintId = useId()
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        className="note"
        rows={6}
        value={value}
        disabled={disabled}
        maxLength={100_000}
        placeholder={placeholder}
        aria-describedby={hintId}
        // Set by callers only for a field the person just asked to open.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus={focusOnOpen}
        onChange={(e) => onChange(e.target.value)}
        // Esc leaves the field (the text is kept), so j, k and the other keys work again.
        onKeyDown={(e) => {
          if (e.key === 'Escape') e.currentTarget.blur()
        }}
      />
      <p id={hintId} className={`field__hint${hint.isError ? ' is-error' : ''}`} aria-live="polite">
        {hint.text}
      </p>
    </div>
  )
}
