import type { Series } from '@/catalogue/schema'
import { usePreferences } from '@/tracking/preferences'
import { countsTowardProgress } from '@/tracking/progress'
import { useAllRecords, useEditsLocked } from '@/tracking/store'
import { useBulkMarks } from './use-bulk-marks'

const HERE = 'series'

/**
 * "Mark all of it watched": every episode of the numbered seasons not skipped, after the same
 * "When?" as a season (a fan entering a series seen years ago must not date it all today).
 */
export function MarkSeries({ series }: { series: Series }) {
  const { records } = useAllRecords()
  const locked = useEditsLocked()
  const bulk = useBulkMarks()
  const countSpecials = usePreferences((s) => s.countSpecials)
  const ids = series.seasons
    .filter((season) => countsTowardProgress(season, countSpecials))
    .flatMap((season) => season.episodes)
    .filter((episode) => !records[episode.id]?.skipped)
    .map((episode) => episode.id)
  const left = bulk.notYetWatched(ids)
  const what = series.kind === 'series' ? `all of ${series.title}` : `all ${series.title}`
  return (
    <div className="mark-series">
      <button
        type="button"
        className="button"
        disabled={locked || left.length === 0}
        onClick={() => bulk.ask(ids, HERE)}
      >
        Mark {what} watched
      </button>
      {bulk.anchor === HERE && bulk.notice()}
    </div>
  )
}
