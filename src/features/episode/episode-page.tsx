import { useState } from 'react'
import { useParams } from 'react-router'
import { useCatalogue } from '@/catalogue/queries'
import { episodeCode, seasonTitle } from '@/catalogue/select'
import { paths } from '@/lib/paths'
import { useDocumentTitle } from '@/lib/use-document-title'
import { usePreferences } from '@/tracking/preferences'
import { shieldedIds } from '@/tracking/spoilers'
import { useTracking } from '@/tracking/store'
import { Breadcrumbs } from '@/ui/breadcrumbs'
import { EpisodeNav } from './episode-nav'
import { ProductionDetails } from './production-details'
import { YourLog } from './your-log'

export function EpisodePage() {
  const { episodeId = '' } = useParams()
  const index = useCatalogue()
  const entry = index.episodes.get(episodeId)
  // Spoiler shield: past the next unwatched episode, title and facts wait for a click.
  const shieldOn = usePreferences((s) =>
    entry ? s.spoilerShield.includes(entry.series.id) : false,
  )
  const hidden = useTracking(
    (s) =>
      shieldOn &&
      entry !== undefined &&
      shieldedIds(index, s.records, entry.series.id).has(episodeId),
  )
  const [revealed, setRevealed] = useState<string | null>(null)
  useDocumentTitle(
    entry
      ? hidden && revealed !== episodeId
        ? 'Hidden episode'
        : entry.episode.title
      : 'Unknown episode',
  )

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
  const shown = !hidden || revealed === episode.id
  const name = shown ? episode.title : `Hidden episode (${episodeCode(entry)})`
  return (
    <div className="page episode-page">
      <Breadcrumbs
        items={[
          { label: 'All series', to: paths.home },
          { label: series.title, to: paths.series(series.id) },
          { label, to: paths.season(series.id, season.number) },
          { label: name },
        ]}
      />
      <header className="episode-head">
        <p className="eyebrow">
          <span className="badge">{series.abbreviation}</span> {series.title} ·{' '}
          {series.kind === 'series' ? (
            <>
              {label}, Episode {episode.number}{' '}
              <span className="muted">({episodeCode(entry)})</span>
            </>
          ) : (
            // A film or documentary's code says it all: "Film 3", "No. 17".
            episodeCode(entry)
          )}
        </p>
        <h1>{name}</h1>
        {!shown && (
          <button type="button" className="button" onClick={() => setRevealed(episode.id)}>
            Reveal title and details
          </button>
        )}
        {shown && episode.partOf && (
          <p className="muted">
            Part {episode.part} of the feature-length episode “{episode.partOf}”.
          </p>
        )}
      </header>
      <div className="episode-grid">
        <YourLog id={episode.id} title={name} />
        {shown && <ProductionDetails entry={entry} />}
      </div>
      <EpisodeNav id={episode.id} />
    </div>
  )
}
