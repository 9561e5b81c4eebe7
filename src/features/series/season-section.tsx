import { useCallback, useState } from 'react'
import { useCatalogue } from '@/catalogue/queries'
import type { Season, Series } from '@/catalogue/schema'
import { formatHours } from '@/lib/dates'
import { pendingClass } from '@/lib/pending-class'
import { matchesFilter } from '@/tracking/filters'
import { seasonPassStart } from '@/tracking/passes'
import {
  isComplete,
  minutesLeft,
  seasonProgress,
  seasonSeen,
  seenText,
  toWatch,
} from '@/tracking/progress'
import { typicalRuntime } from '@/tracking/stats'
import { useAllRecords, useEditsLocked, useLogLoading } from '@/tracking/store'
import { partOfferText, partToOffer } from '@/tracking/two-part'
import { usePreferences } from '@/tracking/preferences'
import { shieldedIds } from '@/tracking/spoilers'
import { useWatchActions } from '@/tracking/use-watch-actions'
import { Offer } from '@/ui/offer'
import { ProgressBar } from '@/ui/progress-bar'
import { EpisodeRow } from './episode-row'
import { SeasonFilter, useSeasonFilter } from './season-filter'
import { useRowShortcuts } from './use-row-shortcuts'
import { SeasonMore } from './season-more'
import { HEAD, useBulkMarks } from './use-bulk-marks'

interface SeasonSectionProps {
  series: Series
  season: Season
  label: string
}

export function SeasonSection({ series, season, label }: SeasonSectionProps) {
  const index = useCatalogue()
  const { records } = useAllRecords()
  const locked = useEditsLocked()
  const loading = useLogLoading()
  const { setWatched, setSkipped } = useWatchActions()
  const [offerFor, setOfferFor] = useState<string | null>(null)

  const [announcement, setAnnouncement] = useState('')
  const list = useRowShortcuts(setAnnouncement)

  const [filter, setFilter] = useSeasonFilter()
  const shieldOn = usePreferences((s) => s.spoilerShield.includes(series.id))
  const setShield = usePreferences((s) => s.setSpoilerShield)
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set())
  const hidden = shieldOn ? shieldedIds(index, records, series.id) : new Set<string>()
  const reveal = useCallback((id: string) => setRevealed((r) => new Set(r).add(id)), [])
  const since = seasonPassStart(records, series, season)
  const shown = season.episodes.filter((e) => matchesFilter(filter, records[e.id], since))
  const left = minutesLeft(series, season, records, typicalRuntime(series))

  // Skipped episodes stay skipped when the whole season is marked.
  const ids = season.episodes.filter((e) => !records[e.id]?.skipped).map((e) => e.id)
  const bulk = useBulkMarks()
  const { askUpTo, sinceOf } = bulk
  const markUpTo = useCallback(
    (id: string) => {
      setOfferFor(null)
      askUpTo(id)
    },
    [askUpTo],
  )
  // Where the panel or Undo goes: the row it was asked from, or the head if that row is not
  // shown (a filter such as Unwatched drops a row once it is marked).
  const anchor = bulk.anchor
  const atHead = anchor !== null && (anchor === HEAD || !shown.some((e) => e.id === anchor))
  const progress = seasonProgress(series, season, records)
  const allWatched = isComplete(progress) && progress.watched > 0
  const offer = offerFor ? partToOffer(index, records, offerFor) : undefined

  const toggle = useCallback(
    (id: string, watched: boolean) => {
      setWatched([id], watched, sinceOf(id))
      setOfferFor(watched ? id : null)
    },
    [setWatched, sinceOf],
  )
  const skip = useCallback(
    (id: string, skipped: boolean) => {
      setSkipped(id, skipped)
      setOfferFor(null)
    },
    [setSkipped],
  )

  return (
    <section className="season" aria-labelledby="season-heading">
      <div className="season__head">
        <div>
          <h2 id="season-heading">{label}</h2>
          <p className={pendingClass('muted', loading)}>
            <span>{seenText(seasonSeen(series, season, records), progress)}</span>
            {left > 0 && <span> · {formatHours(left)} left</span>}
          </p>
        </div>
        <button
          type="button"
          className="button"
          disabled={locked}
          onClick={() => {
            setOfferFor(null)
            if (allWatched) bulk.unmark(ids)
            else bulk.ask(ids, HEAD)
          }}
        >
          {allWatched
            ? `Mark ${label.toLowerCase()} unwatched`
            : `Mark ${label.toLowerCase()} watched`}
        </button>
      </div>
      <ProgressBar value={progress.watched} max={toWatch(progress)} label={`${label} progress`} />
      {series.kind === 'series' && <SeasonMore series={series} season={season} label={label} />}
      <div className="season__tools">
        <label className="toggle toggle--small">
          <input
            type="checkbox"
            className="check"
            checked={shieldOn}
            onChange={(e) => setShield(series.id, e.target.checked)}
          />
          <span>Spoiler shield</span>
        </label>
        <SeasonFilter filter={filter} kind={series.kind} onChange={setFilter} />
      </div>
      {atHead && bulk.notice()}
      {offer && offerFor && (
        <Offer
          {...partOfferText(offer)}
          onConfirm={() => {
            setWatched([offer.episode.id], true, sinceOf(offer.episode.id))
            setOfferFor(null)
          }}
          onDismiss={() => setOfferFor(null)}
        />
      )}
      <ol className="episode-list" ref={list}>
        {shown.map((episode) => (
          <EpisodeRow
            key={episode.id}
            notice={!atHead && anchor === episode.id ? bulk.notice() : null}
            series={series}
            season={season}
            episode={episode}
            record={records[episode.id]}
            since={since}
            disabled={locked}
            onToggle={toggle}
            onSkip={skip}
            onMarkUpTo={markUpTo}
            hidden={hidden.has(episode.id) && !revealed.has(episode.id)}
            onReveal={reveal}
          />
        ))}
      </ol>
      {shown.length === 0 && <p className="muted empty-filter">No episodes match this filter.</p>}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  )
}
