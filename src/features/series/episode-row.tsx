import { memo, type ReactNode } from 'react'
import { Link } from 'react-router'
import type { Episode, Season, Series } from '@/catalogue/schema'
import { episodeCode } from '@/catalogue/select'
import { formatDay } from '@/lib/dates'
import { paths } from '@/lib/paths'
import { episodeStatus, type WatchRecord } from '@/tracking/model'

interface EpisodeRowProps {
  series: Series
  season: Season
  episode: Episode
  record: WatchRecord | undefined
  /** When the pass in progress began: a play before it belongs to an earlier pass. */
  since: number
  disabled: boolean
  onToggle: (id: string, watched: boolean) => void
  onSkip: (id: string, skipped: boolean) => void
  onMarkUpTo: (id: string) => void
  /** Spoiler shield: title and facts stay hidden until revealed. */
  hidden: boolean
  onReveal: (id: string) => void
  /** A bulk mark's "When?" or its Undo, when it was asked for from this row. */
  notice?: ReactNode
}

export const EpisodeRow = memo(function EpisodeRow({
  series,
  season,
  episode,
  record,
  since,
  disabled,
  onToggle,
  onSkip,
  onMarkUpTo,
  hidden,
  onReveal,
  notice,
}: EpisodeRowProps) {
  const status = episodeStatus(record, since)
  const watched = status === 'watched'
  const name = hidden ? `episode ${episodeCode({ episode, series, season })}` : episode.title
  return (
    <li className={`episode-row is-${status}`} data-episode={episode.id}>
      <input
        type="checkbox"
        className="check"
        checked={watched}
        disabled={disabled}
        onChange={(e) => onToggle(episode.id, e.target.checked)}
        aria-label={`Watched: ${name}`}
      />
      <span className="episode-row__code">{episodeCode({ episode, series, season })}</span>
      {hidden ? (
        <button
          type="button"
          className="button button--quiet episode-row__reveal"
          onClick={() => onReveal(episode.id)}
        >
          Hidden — reveal title
        </button>
      ) : (
        <Link to={paths.episode(episode.id)} className="episode-row__title">
          {episode.title}
        </Link>
      )}
      {/* An empty cell when hidden keeps the row's columns in place. */}
      <span className="episode-row__meta">
        {!hidden && (
          <>
            {episode.airDate ? (
              <time dateTime={episode.airDate}>{formatDay(episode.airDate)}</time>
            ) : (
              '—'
            )}
            {episode.runtimeMinutes !== null && <span> · {episode.runtimeMinutes} min</span>}
            {status === 'skipped' && <span className="episode-row__skipped"> · Skipped</span>}
            {record?.rating10 != null && (
              <span className="episode-row__rating"> · ★ {record.rating10 / 2}</span>
            )}
          </>
        )}
      </span>
      {/* Watched wins over skipped, so there is nothing to skip once it is watched. */}
      {watched ? (
        <span className="episode-row__skip" />
      ) : (
        <button
          type="button"
          className="button button--quiet episode-row__skip"
          disabled={disabled}
          aria-pressed={status === 'skipped'}
          aria-label={`Skip ${name}`}
          title={status === 'skipped' ? 'Skipped: click to take it back' : 'Skip this episode'}
          onClick={() => onSkip(episode.id, status !== 'skipped')}
        >
          Skip
        </button>
      )}
      <button
        type="button"
        className="button button--quiet episode-row__upto"
        disabled={disabled}
        onClick={() => onMarkUpTo(episode.id)}
        aria-label={`Mark everything up to “${hidden ? episodeCode({ episode, series, season }) : episode.title}” watched`}
        title="Mark everything up to here watched"
      >
        Up to here
      </button>
      {notice && <div className="episode-row__notice">{notice}</div>}
    </li>
  )
})
