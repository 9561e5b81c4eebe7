import { useId } from 'react'

export interface Bar {
  label: string
  value: number
}

interface BarChartProps {
  title: string
  bars: readonly Bar[]
  /** How a value is written in labels and in the table, e.g. `12 h`. */
  format: (value: number) => string
  valueHeading: string
}

/**
 * Horizontal bars: each bar is SVG (stretching with the width), labels and figures are text that
 * stays readable on a phone, and a table holds the same numbers for screen readers.
 */
export function BarChart({ title, bars, format, valueHeading }: BarChartProps) {
  const id = useId()
  const max = Math.max(1, ...bars.map((b) => b.value))

  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart__title">
        {title}
      </figcaption>
      <div
        className="chart__bars"
        role="img"
        aria-label={`${title}, bar chart; the table below has the same figures`}
      >
        {bars.map((bar) => (
          <div key={bar.label} className="chart__row">
            <span className="chart__label">{bar.label}</span>
            <svg
              className="chart__svg"
              viewBox="0 0 100 10"
              preserveAspectRatio="none"
              aria-hidden="true"
            >
              <rect
                className="chart__bar"
                x="0"
                y="0"
                height="10"
                width={bar.value > 0 ? Math.max(0.8, (bar.value / max) * 100) : 0}
              />
            </svg>
            <span className="chart__value">{format(bar.value)}</span>
          </div>
        ))}
      </div>
      <details className="chart__details">
        <summary>Show as a table</summary>
        <table className="chart__table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">{valueHeading}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row">{bar.label}</th>
                <td>{format(bar.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
