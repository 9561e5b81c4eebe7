import { useId, useMemo } from 'react'
import type { CatalogueIndex } from '@/catalogue/select'
import type { RecordsSnapshot } from '@/tracking/store'
import { formatHours as hours } from '@/lib/dates'
import { computeStats } from '@/tracking/stats'
import { BarChart } from '@/ui/bar-chart'

const monthName = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' })
const months = Array.from({ length: 12 }, (_, m) =>
  monthName.format(new Date(Date.UTC(2000, m, 1))),
)

interface YearInReviewProps {
  index: CatalogueIndex
  /** The snapshot, not its records: the map is updated in place (decision 004). */
  log: RecordsSnapshot
  years: readonly number[]
  year: number
  onYearChange: (year: number) => void
}

export function YearInReview({ index, log, years, year, onYearChange }: YearInReviewProps) {
  const selectId = useId()
  const stats = useMemo(() => computeStats(index, log.records, year), [index, log, year])
  const total = stats.perYear.find((y) => y.year === year)

  return (
    <section className="panel" aria-labelledby={`${selectId}-heading`}>
      <div className="year-head">
        <h2 id={`${selectId}-heading`}>Year in review</h2>
        <label className="field field--inline" htmlFor={selectId}>
          <span className="field__label">Year</span>
          <select
            id={selectId}
            className="select"
            value={year}
            onChange={(e) => onYearChange(Number(e.target.value))}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p>
        In {year}: <strong>{total?.plays ?? 0}</strong>{' '}
        {(total?.plays ?? 0) === 1 ? 'viewing' : 'viewings'},{' '}
        <strong>{hours(total?.minutes ?? 0)}</strong>.
      </p>
      <BarChart
        title={`Viewings per month in ${year}`}
        valueHeading="Viewings"
        format={String}
        bars={stats.perMonth.map((m) => ({
          label: months[m.month] ?? String(m.month + 1),
          value: m.plays,
        }))}
      />
    </section>
  )
}
