import { useMemo, useState, type ReactNode } from 'react'
import { Link } from 'react-router'
import { useCatalogue } from '@/catalogue/queries'
import { episodeCode, otherPart, type EpisodeEntry } from '@/catalogue/select'
import { formatDay } from '@/lib/dates'
import { paths } from '@/lib/paths'
import { useDocumentTitle } from '@/lib/use-document-title'
import { usePreferences } from '@/tracking/preferences'
import { seasonPassStart, statusOf } from '@/tracking/passes'
import { seriesProgress, toWatch, upNext, type Progress } from '@/tracking/progress'
import { useAllRecords, useEditsLocked, useTracking, useTrackingStore } from '@/tracking/store'
import { useBulkWatch } from '@/tracking/use-bulk-watch'
import { ProgressBar } from '@/ui/progress-bar'
import { UndoOffer } from '@/ui/undo-offer'

export function UpNextPage() {
  const index = useCatalogue()
  const log = useAllRecords()
  const countSpecials = usePreferences((s) => s.countSpecials)
  // The page re-renders on every change anyway: each card's figures are worked out here, once.
  const queue = useMemo(
    () =>
      upNext(index, log.records).map((entry) => ({
        entry,
        progress: seriesProgress(entry.series, log.records, countSpecials),
        rewatches: log.records[entry.series.id]?.rewatchStarts.length ?? 0,
      })),
    [index, log, countSpecials],
  )
  useDocumentTitle('Up next')
  // One Undo for the page, shown in the card it came from; if that series just finished (its
  // card is gone), above the list, so the Undo never goes with it.
  const bulk = useBulkWatch()
  const [actedOn, setActedOn] = useState<string | null>(null)
  const offer = <UndoOffer {...bulk.offer} />
  const inQueue = queue.some((card) => card.entry.series.id === actedOn)
  const mark =
    (seriesId: string): MarkFn =>
    (ids, message, sinceOf) => {
      bulk.apply(ids, true, () => message, sinceOf)
      setActedOn(seriesId)
    }

  return (
    <div className="page">
      <h1>Up next</h1>
      {!inQueue && offer}
      {queue.length === 0 ? (
        <p className="muted">
          Nothing in progress. Mark an episode of any series as watched and its next episode shows
          up here.
        </p>
      ) : (
        <ul className="up-next">
          {queue.map((card) => (
            <li key={card.entry.series.id}>
              <UpNextCard
                {...card}
                onMark={mark(card.entry.series.id)}
                offer={actedOn === card.entry.series.id ? offer : null}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

type MarkFn = (ids: string[], message: string, sinceOf: (id: string) => number) => void

interface UpNextCardProps {
  entry: EpisodeEntry
  progress: Progress
  /** Rewatches of the whole series started so far (0: the first watch). */
  rewatches: number
  onMark: MarkFn
  /** The page's Undo, when it is for this series. */
  offer: ReactNode
}

function UpNextCard({ entry, progress, rewatches, onMark, offer }: UpNextCardProps) {
  const index = useCatalogue()
  const store = useTrackingStore()
  const locked = useEditsLocked()
  const { watched } = progress
  const max = toWatch(progress)
  // A feature-length episode split in two is one sitting: one tap marks both halves.
  const partner = otherPart(index, entry.episode.id)
  const partnerUnwatched = useTracking(
    (s) => partner !== undefined && statusOf(s.records, partner) === 'unwatched',
  )
  const both = partner && partnerUnwatched ? [entry, partner] : [entry]
  const title =
    both.length === 2 ? (entry.episode.partOf ?? entry.episode.title) : entry.episode.title

  return (
    <article className="up-next__card">
      <p className="eyebrow">
        <span className="badge">{entry.series.abbreviation}</span> {entry.series.title}
        {rewatches > 0 && <span className="tag">Rewatch {rewatches}</span>}
      </p>
      <h2 className="up-next__title">
        <Link to={paths.episode(entry.episode.id)}>{title}</Link>
      </h2>
      <p className="muted">
        {both.map((e) => episodeCode(e)).join(' + ')}
        {entry.episode.airDate && ` · ${formatDay(entry.episode.airDate)}`}
      </p>
      <div className="up-next__foot">
        <ProgressBar value={watched} max={max} label={`${entry.series.title} progress`} />
        <span className="muted">
          {watched}/{max}
        </span>
        <button
          type="button"
          className="button button--primary"
          disabled={locked}
          onClick={() => {
            // Each half in its own pass (the halves share a season today; nothing relies on it).
            const { records } = store.getState()
            const since = new Map(
              both.map((e) => [e.episode.id, seasonPassStart(records, e.series, e.season)]),
            )
            onMark(
              both.map((e) => e.episode.id),
              `“${title}” marked watched.`,
              (id) => since.get(id) ?? 0,
            )
          }}
        >
          {both.length === 2 ? 'Mark both parts watched' : 'Mark watched'}
          <span className="visually-hidden">: {title}</span>
        </button>
      </div>
      {offer}
    </article>
  )
}
