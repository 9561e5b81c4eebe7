import { useId } from 'react'
import { dayOf, localDay } from '@/lib/dates'
import type { Play, PlayPrecision, PlayTime } from '@/tracking/model'

const choices: Record<PlayPrecision, string> = {
  exact: 'When I marked it',
  date: 'On a date',
  release: 'At release',
  unknown: 'I don’t remember',
}

interface PlayWhenProps {
  play: Play
  airDate: string | null
  disabled: boolean
  onChange: (time: PlayTime) => void
}

/** When the latest viewing happened: now (default), on a day, at release, or not remembered. */
export function PlayWhen({ play, airDate, disabled, onChange }: PlayWhenProps) {
  const id = useId()
  const change = (precision: PlayPrecision) => {
    const day = play.watchedAt ? dayOf(play.watchedAt) : localDay(new Date())
    if (precision === 'exact') onChange({ precision, watchedAt: new Date().toISOString() })
    else if (precision === 'date') onChange({ precision, watchedAt: day })
    else if (precision === 'release') onChange({ precision, watchedAt: airDate })
    else onChange({ precision, watchedAt: null })
  }
  return (
    <div className="field field--inline">
      <label htmlFor={id} className="field__label">
        When
      </label>
      <select
        id={id}
        className="select"
        value={play.precision}
        disabled={disabled}
        onChange={(e) => change(e.target.value as PlayPrecision)}
      >
        {Object.entries(choices).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  )
}
