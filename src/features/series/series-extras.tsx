import { useState } from 'react'
import type { Series } from '@/catalogue/schema'
import { seasonTitle } from '@/catalogue/select'
import { seasonEntries, seasonRewatchesIn } from '@/tracking/passes'
import { progressText, seasonProgress } from '@/tracking/progress'
import { useAllRecords } from '@/tracking/store'
import { MarkSeries } from './mark-series'
import { WatchPasses } from './watch-passes'
import { YourTake } from './your-take'

/** Also in index.html's script after the root, which opens a prerendered page's before paint. */
const wide = () =>
  typeof window !== 'undefined' &&
  (typeof window.matchMedia !== 'function' || matchMedia('(min-width: 641px)').matches)

/**
 * The series' own rating, note and watch passes. Open on wide screens; folded on a phone so
 * the episodes stay near the top.
 */
export function SeriesExtras({ series }: { series: Series }) {
  const [open] = useState(wide)
  // Every season, specials too: a rewatch counts whatever was watched in it.
  const entries = series.seasons.flatMap((season) => seasonEntries(series, season))
  const { records } = useAllRecords()
  const alsoRunning = seasonRewatchesIn(series, records).map(
    ({ season, pass }) =>
      `${seasonTitle(series, season)} · Rewatch ${pass - 1} · ${progressText(seasonProgress(series, season, records))}`,
  )
  return (
    <details className="series-more" open={open}>
      <summary>Your rating, note and rewatches</summary>
      <div className="series-extras">
        <section className="panel" aria-labelledby="take-heading">
          <h2 id="take-heading">Your take</h2>
          <YourTake scopeId={series.id} name={series.title} />
        </section>
        <section className="panel" aria-labelledby="passes-heading">
          <h2 id="passes-heading">Watch passes</h2>
          <WatchPasses
            scopeId={series.id}
            name={series.title}
            entries={entries}
            alsoRunning={alsoRunning}
          />
          <MarkSeries series={series} />
        </section>
      </div>
    </details>
  )
}
