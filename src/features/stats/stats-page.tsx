import { useMemo, useState } from 'react'
import { Link } from 'react-router'
import { useCatalogue } from '@/catalogue/queries'
import { episodeCode } from '@/catalogue/select'
import { formatDay, formatHours as hours } from '@/lib/dates'
import { paths } from '@/lib/paths'
import { useDocumentTitle } from '@/lib/use-document-title'
import { computeStats } from '@/tracking/stats'
import { useAllRecords } from '@/tracking/store'
import { BarChart } from '@/ui/bar-chart'
import { YearInReview } from './year-in-review'

export function StatsPage() {
  const index = useCatalogue()
  const log = useAllRecords()
  const stats = useMemo(() => computeStats(index, log.records), [index, log])
  const [year, setYear] = useState<number | null>(null)
  useDocumentTitle('Stats')
  const chosenYear = year ?? stats.years[0] ?? null

  if (stats.episodes === 0) {
    return (
      <div className="page">
        <h1>Stats</h1>
        <p className="muted">Mark an episode as watched and your stats appear here.</p>
      </div>
    )
  }

  return (
    <div className="page stats">
      <h1>Stats</h1>
      <p>
        <Link to={paths.history}>History: every viewing, newest first</Link>
      </p>
      <ul className="tiles" aria-label="Totals">
        <li className="tile">
          <span className="tile__value">{stats.episodes}</span>
          <span className="tile__label">
            episodes and films watched{stats.plays > stats.episodes && ` (${stats.plays} viewings)`}
          </span>
        </li>
        <li className="tile">
          <span className="tile__value">{hours(stats.minutes)}</span>
          <span className="tile__label">watched</span>
          {(stats.estimatedMinutes > 0 || stats.unknownLength > 0) && (
            <span className="tile__note">
              {stats.estimatedMinutes > 0 &&
                `${hours(stats.estimatedMinutes)} estimated from the series’ typical runtime. `}
              {stats.unknownLength > 0 &&
                `${stats.unknownLength} viewing${stats.unknownLength === 1 ? '' : 's'} of unknown length not counted.`}
            </span>
          )}
        </li>
        <li className="tile">
          <span className="tile__value">
            {stats.averageRating === null ? '—' : `${(stats.averageRating / 2).toFixed(1)} ★`}
          </span>
          <span className="tile__label">
            average rating{stats.rated > 0 && ` of ${stats.rated}`}
          </span>
        </li>
        <li className="tile">
          <span className="tile__value">
            {stats.longestStreak
              ? `${stats.longestStreak.days} day${stats.longestStreak.days === 1 ? '' : 's'}`
              : '—'}
          </span>
          <span className="tile__label">longest streak</span>
          {stats.longestStreak && (
            <span className="tile__note">
              {formatDay(stats.longestStreak.from)}
              {stats.longestStreak.days > 1 && ` – ${formatDay(stats.longestStreak.to)}`}
            </span>
          )}
        </li>
      </ul>

      {stats.highestRated.length > 0 && (
        <section className="panel" aria-labelledby="top-heading">
          <h2 id="top-heading">Highest rated</h2>
          <ol className="top-list">
            {stats.highestRated.map(({ entry, rating10 }) => (
              <li key={entry.episode.id}>
                <Link to={paths.episode(entry.episode.id)}>{entry.episode.title}</Link>{' '}
                <span className="muted">
                  {entry.series.abbreviation} {episodeCode(entry)} · {rating10 / 2} ★
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}

      <section className="panel">
        <BarChart
          title="Hours by series"
          valueHeading="Hours"
          format={hours}
          bars={stats.perSeries.map((s) => ({ label: s.series.abbreviation, value: s.minutes }))}
        />
      </section>

      {stats.perYear.length > 0 && (
        <section className="panel">
          <BarChart
            title="Viewings per year"
            valueHeading="Viewings"
            format={String}
            bars={stats.perYear.map((y) => ({ label: String(y.year), value: y.plays }))}
          />
        </section>
      )}

      {chosenYear !== null && (
        <YearInReview
          index={index}
          log={log}
          years={stats.years}
          year={chosenYear}
          onYearChange={setYear}
        />
      )}
    </div>
  )
}
