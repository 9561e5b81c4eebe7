import { useMemo } from 'react'
import { useParams } from 'react-router'
import { useCatalogue } from '@/catalogue/queries'
import { findSeason, seasonTitle, seriesYears } from '@/catalogue/select'
import { paths } from '@/lib/paths'
import { pendingClass } from '@/lib/pending-class'
import { useDocumentTitle } from '@/lib/use-document-title'
import { statusOf } from '@/tracking/passes'
import { seenText, seriesProgress, seriesSeen } from '@/tracking/progress'
import { usePreferences } from '@/tracking/preferences'
import { useAllRecords, useLogLoading } from '@/tracking/store'
import { Breadcrumbs } from '@/ui/breadcrumbs'
import { ProgressBar } from '@/ui/progress-bar'
import { SeasonNav } from './season-nav'
import { SeasonSection } from './season-section'
import { SeriesExtras } from './series-extras'

export function SeriesPage() {
  const { seriesId = '', season: seasonParam } = useParams()
  const index = useCatalogue()
  const { records } = useAllRecords()
  const loading = useLogLoading()
  const series = index.seriesById.get(seriesId)
  const countSpecials = usePreferences((s) => s.countSpecials)
  useDocumentTitle(series?.title ?? 'Unknown series')

  const season = useMemo(() => {
    if (!series) return undefined
    if (seasonParam !== undefined) return findSeason(series, Number(seasonParam))
    // Open where the person is: the first numbered season with something left to watch.
    const numbered = series.seasons.filter((s) => s.number > 0)
    return (
      numbered.find((s) =>
        s.episodes.some(
          (episode) => statusOf(records, { episode, series, season: s }) === 'unwatched',
        ),
      ) ??
      numbered[0] ??
      series.seasons[0]
    )
    // On arrival, and once more when the log has loaded (a prerendered page is drawn before it
    // has): marking the last episode must not move the page to the next season.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [series, seasonParam, loading])

  if (!series || !season) {
    return (
      <section className="error-screen">
        <h1>Not in the catalogue</h1>
        <p>There is no series or season at this address.</p>
      </section>
    )
  }

  const progress = seriesProgress(series, records, countSpecials)
  const seen = seriesSeen(series, records, countSpecials)
  const label = seasonTitle(series, season)
  return (
    <div className="page">
      <Breadcrumbs items={[{ label: 'All series', to: paths.home }, { label: series.title }]} />
      <header className="series-head">
        <p className="eyebrow">
          <span className="badge">{series.abbreviation}</span> {seriesYears(series)} ·{' '}
          {series.network}
        </p>
        <h1>{series.title}</h1>
        {series.creators.length > 0 && (
          <p className="muted">Created by {new Intl.ListFormat('en-GB').format(series.creators)}</p>
        )}
        <div className="series-head__progress">
          <ProgressBar
            value={seen.seen}
            max={seen.of}
            label={`${series.title} progress`}
            size="large"
          />
          <span className={pendingClass(undefined, loading)}>{seenText(seen, progress)}</span>
        </div>
      </header>
      <SeriesExtras key={series.id} series={series} />
      {series.seasons.length > 1 && (
        <SeasonNav series={series} current={season.number} records={records} />
      )}
      {/* Keyed by series too: a "When?" or Undo of TNG's season 1 must not stay on DS9's. */}
      <SeasonSection
        key={`${series.id}/${season.number}`}
        series={series}
        season={season}
        label={label}
      />
    </div>
  )
}
