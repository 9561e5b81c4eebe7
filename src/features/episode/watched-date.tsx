import { useId, useState } from 'react'
import { dayOf, isDayUpToToday, isValidDay, localDay } from '@/lib/dates'
import type { Play } from '@/tracking/model'

interface WatchedDateProps {
  play: Play
  disabled: boolean
  onChange: (day: string) => void
}

/** The day of the latest viewing; today by default, any past day when edited. */
export function WatchedDate({ play, disabled, onChange }: WatchedDateProps) {
  const stored = play.watchedAt ? dayOf(play.watchedAt) : ''
  const [draft, setDraft] = useState<string | null>(null)
  const errorId = useId()
  const today = localDay(new Date())
  const value = draft ?? stored
  const error =
    draft === null
      ? null
      : !isValidDay(draft)
        ? 'Enter a full date, like 2024-05-31.'
        : draft > today
          ? 'The date watched cannot be in the future.'
          : null

  return (
    <div className="field field--inline">
      <label>
        <span className="field__label">Date watched</span>
        <input
          type="date"
          value={value}
          max={today}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => {
            const next = e.target.value
            // Bad input is shown, never saved: the stored date only changes to a valid past day.
            if (isDayUpToToday(next, today)) {
              setDraft(null)
              if (next !== stored) onChange(next)
            } else setDraft(next)
          }}
        />
      </label>
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
