import { seasonId } from '@/catalogue/ids'
import type { Season, Series } from '@/catalogue/schema'
import { seasonEntries } from '@/tracking/passes'
import { useTracking } from '@/tracking/store'
import { WatchPasses } from './watch-passes'
import { YourTake } from './your-take'

/** A season's own rating, note and rewatch, folded away until asked for. */
export function SeasonMore({
  series,
  season,
  label,
}: {
  series: Series
  season: Season
  label: string
}) {
  const scopeId = seasonId(series.id, season.number)
  const rating = useTracking((s) => s.records[scopeId]?.rating10 ?? null)
  return (
    <details className="season__more">
      <summary>
        Rate, note or rewatch {label.toLowerCase()}
        {rating !== null && <span className="muted"> · ★ {rating / 2}</span>}
      </summary>
      <div className="season__more-body">
        <YourTake scopeId={scopeId} name={label} />
        <WatchPasses
          scopeId={scopeId}
          name={label}
          entries={seasonEntries(series, season)}
          enclosingId={series.id}
        />
      </div>
    </details>
  )
}
