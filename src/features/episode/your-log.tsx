import { useState } from 'react'
import { useCatalogue } from '@/catalogue/queries'
import { episodeStatus } from '@/tracking/model'
import { seasonPassStart } from '@/tracking/passes'
import { useRecord, useEditsLocked, useTracking } from '@/tracking/store'
import { partOfferText, partToOffer } from '@/tracking/two-part'
import { useWatchActions } from '@/tracking/use-watch-actions'
import { Offer } from '@/ui/offer'
import { StarRating } from '@/ui/star-rating'
import { Link } from 'react-router'
import { paths } from '@/lib/paths'
import { NoteEditor } from './note-editor'
import { PlayWhen } from './play-when'
import { useEpisodeShortcuts } from './use-episode-shortcuts'
import { WatchedDate } from './watched-date'

/** The person's part of an episode page: watched, date, rating and note. */
export function YourLog({ id, title }: { id: string; title: string }) {
  const index = useCatalogue()
  const record = useRecord(id)
  const locked = useEditsLocked()
  const { setWatched, setSkipped, setWatchedDate, setRating, setPlay, watchAgain } =
    useWatchActions()
  const entry = index.episodes.get(id)
  const airDate = entry?.episode.airDate ?? null
  // In a rewatch, "watched" means watched in this pass; earlier plays stay in the history.
  const since = useTracking((s) =>
    entry ? seasonPassStart(s.records, entry.series, entry.season) : 0,
  )
  const [offered, setOffered] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  useEpisodeShortcuts(id, since, setAnnouncement)
  const status = episodeStatus(record, since)
  const watched = status === 'watched'
  const offerId = useTracking((s) =>
    offered ? partToOffer(index, s.records, id)?.episode.id : undefined,
  )
  const offer = offerId ? index.episodes.get(offerId) : undefined
  const playIndex = record?.plays.findLastIndex((p) => p.loggedAt >= since) ?? -1
  const play = record?.plays[playIndex]
  const plays = record?.plays.length ?? 0

  return (
    <section className="panel your-log" aria-labelledby="your-log-heading">
      <h2 id="your-log-heading">Your log</h2>
      <div className="your-log__watched">
        <label className="toggle">
          <input
            type="checkbox"
            className="check"
            checked={watched}
            disabled={locked}
            onChange={(e) => {
              setWatched([id], e.target.checked, since)
              setOffered(e.target.checked)
            }}
          />
          <span>Watched</span>
        </label>
        {watched && play && (
          <PlayWhen
            play={play}
            airDate={airDate}
            disabled={locked}
            onChange={(next) => setPlay(id, playIndex, next)}
          />
        )}
        {watched && play && (play.precision === 'exact' || play.precision === 'date') && (
          <WatchedDate
            play={play}
            disabled={locked}
            onChange={(day) => setWatchedDate(id, day, since)}
          />
        )}
        {!watched && (
          <button
            type="button"
            className="button"
            aria-pressed={status === 'skipped'}
            disabled={locked}
            onClick={() => {
              setSkipped(id, status !== 'skipped')
              setAnnouncement(status === 'skipped' ? 'No longer skipped' : 'Skipped')
            }}
          >
            Skip
          </button>
        )}
      </div>
      {status === 'skipped' && (
        <p className="muted">Skipped: it does not count as watched, and nothing waits for it.</p>
      )}
      {plays > 0 && record && (
        <p className="your-log__plays">
          <span>
            {plays === 1 ? 'Watched once' : `Watched ${plays} times`}
            {since > 0 && !watched ? ', before this rewatch.' : '.'}
          </span>{' '}
          <button
            type="button"
            className="button button--quiet"
            disabled={locked}
            onClick={() => {
              watchAgain(id)
              setAnnouncement('Another viewing added')
            }}
          >
            Watched it again
          </button>{' '}
          <Link to={paths.history}>History</Link>
        </p>
      )}
      {offer && (
        <Offer
          {...partOfferText(offer)}
          onConfirm={() => {
            setWatched([offer.episode.id], true, since)
            setOffered(false)
          }}
          onDismiss={() => setOffered(false)}
        />
      )}
      <StarRating
        label={`Your rating of ${title}`}
        value={record?.rating10 ?? null}
        disabled={locked}
        onChange={(value) => setRating(id, value)}
      />
      <NoteEditor id={id} disabled={locked} />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  )
}
