import { useId } from 'react'

interface StarRatingProps {
  /** 1–10 (half stars), or null for no rating. */
  value: number | null
  onChange: (value: number | null) => void
  label?: string
  disabled?: boolean
}

const steps = Array.from({ length: 10 }, (_, i) => i + 1)
const starsText = (v: number): string => `${v / 2} star${v === 2 ? '' : 's'}`

/**
 * Ten radio buttons drawn as five stars split in halves: arrow keys move in half steps,
 * and each half is announced as "4.5 stars".
 */
export function StarRating({ value, onChange, label = 'Rating', disabled }: StarRatingProps) {
  const name = useId()
  return (
    <fieldset className="stars" disabled={disabled}>
      <legend className="stars__legend">{label}</legend>
      <div className="stars__row">
        {steps.map((step) => (
          <label
            key={step}
            className={`stars__half stars__half--${step % 2 === 1 ? 'left' : 'right'}${
              value !== null && step <= value ? ' is-on' : ''
            }`}
          >
            <input
              type="radio"
              className="visually-hidden"
              name={name}
              value={step}
              checked={value === step}
              onChange={() => onChange(step)}
              aria-label={starsText(step)}
            />
            <span aria-hidden="true">★</span>
          </label>
        ))}
        <span className="stars__value" aria-hidden="true">
          {value === null ? 'Not rated' : `${value / 2} / 5`}
        </span>
        {value !== null && (
          <button type="button" className="button button--quiet" onClick={() => onChange(null)}>
            Clear rating
          </button>
        )}
      </div>
    </fieldset>
  )
}
