import { Link } from 'react-router'
import { episodeCode, type EpisodeEntry } from '@/catalogue/select'
import { paths } from '@/lib/paths'

export function ContinueCard({ entry }: { entry: EpisodeEntry }) {
  return (
    <section className="continue" aria-labelledby="continue-heading">
      <h2 id="continue-heading" className="continue__label">
        Continue watching
      </h2>
      <Link to={paths.episode(entry.episode.id)} className="continue__link">
        <span className="continue__series">
          {entry.series.title} · {episodeCode(entry)}
        </span>
        <span className="continue__title">{entry.episode.title}</span>
      </Link>
    </section>
  )
}
