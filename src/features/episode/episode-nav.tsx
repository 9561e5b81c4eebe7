import { Link } from 'react-router'
import { useCatalogue } from '@/catalogue/queries'
import { episodeCode, neighbours } from '@/catalogue/select'
import { paths } from '@/lib/paths'

export function EpisodeNav({ id }: { id: string }) {
  const index = useCatalogue()
  const { previous, next } = neighbours(index, id)
  return (
    <nav className="episode-nav" aria-label="Previous and next">
      {previous ? (
        <Link to={paths.episode(previous.episode.id)} className="episode-nav__link" rel="prev">
          <span className="episode-nav__dir">
            <span aria-hidden="true">← </span>Previous · {episodeCode(previous)}
          </span>{' '}
          <span className="episode-nav__title">{previous.episode.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link
          to={paths.episode(next.episode.id)}
          className="episode-nav__link episode-nav__link--next"
          rel="next"
        >
          <span className="episode-nav__dir">
            Next · {episodeCode(next)}
            <span aria-hidden="true"> →</span>
          </span>{' '}
          <span className="episode-nav__title">{next.episode.title}</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
