import { useMemo } from 'react'
import { Link } from 'react-router'
import { useCatalogue } from '@/catalogue/queries'
import { episodeCode, otherPart, type EpisodeEntry } from '@/catalogue/select'
import { formatDay } from '@/lib/dates'
import { paths } from '@/lib/paths'
import { useDocumentTitle } from '@/lib/use-document-title'
import { isWatched } from '@/tracking/model'
import { usePreferences } from '@/tracking/preferences'
import { seriesProgress, upNext } from '@/tracking/progress'
import { useAllRecords, useTracking } from '@/tracking/store'
import { useWatchActions } from '@/tracking/use-watch-actions'
import { ProgressBar } from '@/ui/progress-bar'

export function UpNextPage() {
  const index = useCatalogue()
  const log = useAllRecords()
  const queue = useMemo(() => upNext(index, log.records), [index, log])
  useDocumentTitle('Up next')

  return (
    <div className="page">
      <h1>Up next</h1>
      {queue.length === 0 ? (
        <p className="muted">
          Nothing in progress. Mark an episode of any series as watched and its next episode shows
          up here.
        </p>
      ) : (
        <ul className="up-next">
          {queue.map((entry) => (
            <li key={entry.series.id}>
              <UpNextCard entry={entry} />
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

function UpNextCard({ entry }: { entry: EpisodeEntry }) {
  const index = useCatalogue()
  const { setWatched } = useWatchActions()
  const readonly = useTracking((s) => s.status === 'readonly')
  // A number, not an object: a selector must return something comparable to skip re-renders.
  const countSpecials = usePreferences((s) => s.countSpecials)
  const watched = useTracking(
    (s) => seriesProgress(entry.series.seasons, s.records, countSpecials).watched,
  )
  const progress = { watched, total: seriesProgress(entry.series.seasons, {}, countSpecials).total }
  // A feature-length episode split in two is one sitting: one tap marks both halves.
  const partner = otherPart(index, entry.episode.id)
  const partnerUnwatched = useTracking(
    (s) => partner !== undefined && !isWatched(s.records[partner.episode.id]),
  )
  const both = partner && partnerUnwatched ? [entry, partner] : [entry]
  const title =
    both.length === 2 ? (entry.episode.partOf ?? entry.episode.title) : entry.episode.title

  return (
    <article className="up-next__card">
      <p className="eyebrow">
        <span className="badge">{entry.series.abbreviation}</span> {entry.series.title}
      </p>
      <h2 className="up-next__title">
        <Link to={paths.episode(entry.episode.id)}>{title}</Link>
      </h2>
      <p className="muted">
        {both.map((e) => episodeCode(e)).join(' + ')}
        {entry.episode.airDate && ` · ${formatDay(entry.episode.airDate)}`}
      </p>
      <div className="up-next__foot">
        <ProgressBar
          value={progress.watched}
          max={progress.total}
          label={`${entry.series.title} progress`}
        />
        <span className="muted">
          {progress.watched}/{progress.total}
        </span>
        <button
          type="button"
          className="button button--primary"
          disabled={readonly}
          onClick={() =>
            setWatched(
              both.map((e) => e.episode.id),
              true,
            )
          }
        >
          {both.length === 2 ? 'Mark both parts watched' : 'Mark watched'}
          <span className="visually-hidden">: {title}</span>
        </button>
      </div>
    </article>
  )
}
