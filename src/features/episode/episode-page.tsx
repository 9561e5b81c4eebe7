import { useParams } from 'react-router'
import { useCatalogue } from '@/catalogue/queries'
import { episodeCode, seasonTitle } from '@/catalogue/select'
import { paths } from '@/lib/paths'
import { useDocumentTitle } from '@/lib/use-document-title'
import { Breadcrumbs } from '@/ui/breadcrumbs'
import { EpisodeNav } from './episode-nav'
import { ProductionDetails } from './production-details'
import { YourLog } from './your-log'

export function EpisodePage() {
  const { episodeId = '' } = useParams()
  const index = useCatalogue()
  const entry = index.episodes.get(episodeId)
  useDocumentTitle(entry?.episode.title ?? 'Unknown episode')

  if (!entry) {
    // A record can outlive its catalogue entry: the person's data is still shown and kept.
    return (
      <div className="page">
        <Breadcrumbs
          items={[{ label: 'All series', to: paths.home }, { label: 'Unknown episode' }]}
        />
        <header className="episode-head">
          <h1>Unknown episode</h1>
          <p className="muted">
            “{episodeId}” is not in this version of the catalogue. Anything you tracked for it is
            kept.
          </p>
        </header>
        <YourLog id={episodeId} title="this episode" />
      </div>
    )
  }

  const { episode, series, season } = entry
  const label = seasonTitle(series, season)
  return (
    <div className="page episode-page">
      <Breadcrumbs
        items={[
          { label: 'All series', to: paths.home },
          { label: series.title, to: paths.series(series.id) },
          { label, to: paths.season(series.id, season.number) },
          { label: episode.title },
        ]}
      />
      <header className="episode-head">
        <p className="eyebrow">
          <span className="badge">{series.abbreviation}</span> {series.title} ·{' '}
          {series.kind === 'series'
            ? `${label}, Episode ${episode.number}`
            : `${label}, No. ${episode.number}`}{' '}
          <span className="muted">({episodeCode(entry)})</span>
        </p>
        <h1>{episode.title}</h1>
        {episode.partOf && (
          <p className="muted">
            Part {episode.part} of the feature-length episode “{episode.partOf}”.
          </p>
        )}
      </header>
      <div className="episode-grid">
        <YourLog id={episode.id} title={episode.title} />
        <ProductionDetails entry={entry} />
      </div>
      <EpisodeNav id={episode.id} />
    </div>
  )
}
