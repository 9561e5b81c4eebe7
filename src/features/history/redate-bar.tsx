import { useId, useState } from 'react'
import { isDayUpToToday, localDay } from '@/lib/dates'

interface RedateBarProps {
  count: number
  disabled: boolean
  onRedate: (day: string) => void
  onClear: () => void
}

/** What to do with the viewings ticked in History: give them all one date, or let them be. */
export function RedateBar({ count, disabled, onRedate, onClear }: RedateBarProps) {
  const id = useId()
  const today = localDay(new Date())
  const [day, setDay] = useState(today)
  const [problem, setProblem] = useState<string | null>(null)
  const viewings = count === 1 ? '1 viewing' : `${count} viewings`
  return (
    <div className="redate" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="redate__title">
        {viewings} selected
      </p>
      <label className="field field--inline">
        <span className="field__label">New date</span>
        <input
          type="date"
          className="diary__date"
          value={day}
          max={today}
          onChange={(e) => {
            setDay(e.target.value)
            setProblem(null)
          }}
        />
      </label>
      <button
        type="button"
        className="button button--primary"
        disabled={disabled}
        onClick={() => {
          if (!isDayUpToToday(day, today)) return setProblem('Choose a day: today or earlier.')
          onRedate(day)
        }}
      >
        Re-date {viewings}
      </button>
      <button type="button" className="button button--quiet" onClick={onClear}>
        Clear selection
      </button>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
    </div>
  )
}
