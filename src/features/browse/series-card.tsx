import { Link } from 'react-router'
import type { Series } from '@/catalogue/schema'
import { seriesYears } from '@/catalogue/select'
import { paths } from '@/lib/paths'
import { pendingClass } from '@/lib/pending-class'
import { toWatch, type Progress, type Seen } from '@/tracking/progress'
import { ProgressBar } from '@/ui/progress-bar'

interface SeriesCardProps {
  series: Series
  /** Seen at least once: a rewatch in progress does not make it go down. */
  seen: Seen
  /** The pass in progress: what a rewatch has got to. */
  progress: Progress
  /** Rewatches of the whole series started so far (0: the first watch). */
  rewatches: number
  /** The log is still loading: the count is held back (see useLogLoading). */
  pending: boolean
}

export function SeriesCard({ series, seen, progress, rewatches, pending }: SeriesCardProps) {
  const unit =
    series.kind === 'series' ? 'episodes' : series.kind === 'film' ? 'films' : 'documentaries'
  const done = seen.of > 0 && seen.seen === seen.of
  return (
    <article className={`series-card series-card--${series.id}${done ? ' is-done' : ''}`}>
      <div className="series-card__head">
        <span className="badge" aria-hidden="true">
          {series.abbreviation}
        </span>
        <span className="series-card__years">
          {rewatches > 0 && (
            <span className="tag">
              Rewatch {rewatches}
              <span className={pendingClass(undefined, pending)}>
                {' '}
                · {progress.watched}/{toWatch(progress)}
              </span>
            </span>
          )}
          {seriesYears(series)}
        </span>
      </div>
      <h3 className="series-card__title">
        <Link to={paths.series(series.id)} className="stretched-link">
          {series.title}
        </Link>
      </h3>
      <p className="series-card__meta">
        <span className="visually-hidden">Abbreviation {series.abbreviation}. </span>
        {series.network} · {series.episodeCount} {unit}
      </p>
      <div className="series-card__progress">
        <ProgressBar value={seen.seen} max={seen.of} label={`${series.title} progress`} />
        <span className={pendingClass('series-card__count', pending)}>
          {seen.seen} / {seen.of}
        </span>
      </div>
    </article>
  )
}
