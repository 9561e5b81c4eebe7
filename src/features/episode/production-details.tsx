import type { EpisodeEntry } from '@/catalogue/select'
import { formatDay } from '@/lib/dates'

const list = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' })
const notRecorded = <span className="muted">Not recorded</span>

/** The facts a fan page lists, from the catalogue only. */
export function ProductionDetails({ entry }: { entry: EpisodeEntry }) {
  const { episode, series } = entry
  const rows: [string, React.ReactNode][] = [
    [
      'Release date',
      episode.airDate ? <time dateTime={episode.airDate}>{formatDay(episode.airDate)}</time> : null,
    ],
    ['Running time', episode.runtimeMinutes === null ? null : `${episode.runtimeMinutes} minutes`],
    ['Country', series.country],
    ['Language', series.language],
    ['Production code', episode.productionCode],
    ['Stardate', episode.stardate],
    [
      series.kind === 'series' ? 'Series created by' : 'Created by',
      series.creators.length > 0 ? list.format(series.creators) : null,
    ],
    ['Network', series.network],
  ]
  return (
    <section className="panel details" aria-labelledby="details-heading">
      <h2 id="details-heading">Production details</h2>
      <dl className="facts">
        {rows.map(([term, value]) => (
          <div key={term} className="facts__row">
            <dt>{term}</dt>
            <dd>{value ?? notRecorded}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
