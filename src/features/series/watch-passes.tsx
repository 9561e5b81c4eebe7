import type { EpisodeEntry } from '@/catalogue/select'
import { formatDay } from '@/lib/dates'
import { passComplete, passesOf, type Pass } from '@/tracking/passes'
import { useAllRecords, useEditsLocked } from '@/tracking/store'
import { useBulkWatch } from '@/tracking/use-bulk-watch'
import { useWatchActions } from '@/tracking/use-watch-actions'
import { UndoOffer } from '@/ui/undo-offer'

interface WatchPassesProps {
  /** A series (`pic`) or season (`pic-s02`) id. */
  scopeId: string
  /** "Picard", "Season 2". */
  name: string
  entries: readonly Pick<EpisodeEntry, 'episode' | 'series' | 'season'>[]
  /** For a season: its series, whose rewatches restart the season too. */
  enclosingId?: string
  /** For a series: its seasons rewatched on their own in this pass ("Season 2 · Rewatch 1 · …"). */
  alsoRunning?: readonly string[]
}

export const passName = (pass: Pass): string =>
  pass.number === 1 ? 'First watch' : `Rewatch ${pass.number - 1}`

/** "3 March 2022 – 20 April 2023", for a pass that is over. */
function passDates(pass: Pass): string {
  if (!pass.firstDay) return 'dates not known'
  if (!pass.lastDay || pass.lastDay === pass.firstDay) return formatDay(pass.firstDay)
  return `${formatDay(pass.firstDay)} – ${formatDay(pass.lastDay)}`
}

const episodes = (n: number): string => `${n} episode${n === 1 ? '' : 's'}`

/**
 * The passes through a series or season: the one in progress and the ones before it, with
 * their dates. "Start a rewatch" begins a new pass: progress restarts, every play is kept.
 */
export function WatchPasses({
  scopeId,
  name,
  entries,
  enclosingId,
  alsoRunning = [],
}: WatchPassesProps) {
  const { records } = useAllRecords()
  const locked = useEditsLocked()
  const { cancelRewatch } = useWatchActions()
  const bulk = useBulkWatch()
  const enclosing = enclosingId ? (records[enclosingId]?.rewatchStarts ?? []) : []
  const passes = passesOf(records[scopeId], entries, records, enclosing)
  const ownLast = records[scopeId]?.rewatchStarts.at(-1)
  const current = passes.at(-1)
  const earlier = passes.slice(0, -1).reverse()
  const anyWatched = passes.some((p) => p.watched > 0)
  if (!current) return null

  return (
    <div className="passes">
      <p className="passes__current">
        <strong>{passName(current)}</strong>
        {passComplete(current, entries, records) ? (
          <span className="muted">
            {' '}
            · complete · {passDates(current)} · {episodes(current.watched)}
          </span>
        ) : current.number > 1 || current.watched > 0 ? (
          <span className="muted">
            {' '}
            · in progress{current.firstDay ? ` since ${formatDay(current.firstDay)}` : ''} ·{' '}
            {episodes(current.watched)} watched
          </span>
        ) : (
          <span className="muted"> · not started</span>
        )}
      </p>
      {alsoRunning.length > 0 && (
        <ul className="passes__list" aria-label={`Seasons of ${name} rewatched on their own`}>
          {alsoRunning.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {earlier.length > 0 && (
        <ul className="passes__list" aria-label={`Earlier passes through ${name}`}>
          {earlier.map((pass) => (
            <li key={pass.number}>
              {passName(pass)} · {passDates(pass)} · {episodes(pass.watched)}
            </li>
          ))}
        </ul>
      )}
      <div className="passes__actions">
        {current.watched === 0 && current.startedAt !== null && current.startedAt === ownLast ? (
          <button
            type="button"
            className="button button--quiet"
            disabled={locked}
            onClick={() => cancelRewatch(scopeId, ownLast)}
          >
            Cancel this rewatch <span className="visually-hidden">of {name}</span>
          </button>
        ) : (
          <button
            type="button"
            className="button"
            disabled={locked || !anyWatched}
            title={anyWatched ? undefined : 'Watch something first'}
            onClick={() =>
              bulk.rewatch(
                scopeId,
                `Rewatch of ${name} started: progress starts again, every earlier viewing is kept.`,
              )
            }
          >
            Start a rewatch <span className="visually-hidden">of {name}</span>
          </button>
        )}
      </div>
      <UndoOffer {...bulk.offer} />
    </div>
  )
}
