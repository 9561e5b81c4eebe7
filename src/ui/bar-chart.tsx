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

const ROW = 28
const LABEL_WIDTH = 110
const WIDTH = 560

/**
 * Horizontal bars in SVG, readable at any width, with the same numbers as a table for screen
 * readers and for anyone who wants exact figures.
 */
export function BarChart({ title, bars, format, valueHeading }: BarChartProps) {
  const id = useId()
  const max = Math.max(1, ...bars.map((b) => b.value))
  const height = bars.length * ROW
  const barSpace = WIDTH - LABEL_WIDTH - 70

  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart__title">
        {title}
      </figcaption>
      <svg
        className="chart__svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={`${title}, bar chart; the table below has the same figures`}
      >
        {bars.map((bar, i) => {
          const y = i * ROW
          const width = Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * barSpace)
          return (
            <g key={bar.label} transform={`translate(0 ${y})`}>
              <text
                x={LABEL_WIDTH - 8}
                y={ROW / 2}
                className="chart__label"
                textAnchor="end"
                dominantBaseline="middle"
              >
                {bar.label}
              </text>
              <rect
                x={LABEL_WIDTH}
                y={5}
                width={width}
                height={ROW - 10}
                rx={4}
                className="chart__bar"
              />
              <text
                x={LABEL_WIDTH + width + 6}
                y={ROW / 2}
                className="chart__value"
                dominantBaseline="middle"
              >
                {format(bar.value)}
              </text>
            </g>
          )
        })}
      </svg>
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
