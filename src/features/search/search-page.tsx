import { useDeferredValue, useEffect, useMemo, useRef } from 'react'
import { Link, useLocation, useSearchParams } from 'react-router'
import { useCatalogue } from '@/catalogue/queries'
import { searchCatalogue } from '@/catalogue/search'
import { episodeCode } from '@/catalogue/select'
import { formatDay } from '@/lib/dates'
import { paths } from '@/lib/paths'
import { useDocumentTitle } from '@/lib/use-document-title'
import { statusOf } from '@/tracking/passes'
import { useTracking } from '@/tracking/store'

export function SearchPage() {
  const index = useCatalogue()
  const [params, setParams] = useSearchParams()
  const query = params.get('q') ?? ''
  const deferred = useDeferredValue(query)
  const results = useMemo(() => searchCatalogue(index, deferred), [index, deferred])
  useDocumentTitle(query ? `Search: ${query}` : 'Search')
  const input = useRef<HTMLInputElement>(null)
  const { state } = useLocation() as { state: { focus?: boolean } | null }
  // Arriving by the "/" shortcut puts the cursor in the box; a plain visit does not.
  useEffect(() => {
    if (state?.focus) input.current?.focus()
  }, [state])

  return (
    <div className="page">
      <h1>Search</h1>
      <form role="search" className="search-form" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="search-input" className="field__label">
          Search every episode and film
        </label>
        <input
          id="search-input"
          ref={input}
          type="search"
          className="search-input"
          value={query}
          autoComplete="off"
          spellCheck={false}
          placeholder="Title, code (tng 3x26, S02E01, pic s2e1) or stardate"
          onChange={(e) =>
            setParams(e.target.value ? { q: e.target.value } : {}, { replace: true })
          }
        />
      </form>
      {deferred.trim() !== '' && (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="section-title" aria-live="polite">
            {results.length === 0
              ? 'No matches'
              : `${results.length}${results.length === 50 ? '+' : ''} ${results.length === 1 ? 'match' : 'matches'}`}
          </h2>
          <ul className="result-list">
            {results.map((entry) => (
              <li key={entry.episode.id}>
                <Link to={paths.episode(entry.episode.id)} className="result">
                  <span className="badge" aria-hidden="true">
                    {entry.series.abbreviation}
                  </span>
                  <span className="result__title">{entry.episode.title}</span>
                  <span className="result__meta">
                    {entry.series.title} · {episodeCode(entry)}
                    {entry.episode.airDate && ` · ${formatDay(entry.episode.airDate)}`}
                    {entry.episode.stardate && ` · Stardate ${entry.episode.stardate}`}
                  </span>
                  <WatchedMark id={entry.episode.id} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}

/** Watched in the pass in progress, or skipped: the same state the series page shows. */
function WatchedMark({ id }: { id: string }) {
  const index = useCatalogue()
  const entry = index.episodes.get(id)
  const status = useTracking((s) => (entry ? statusOf(s.records, entry) : 'unwatched'))
  if (status === 'watched') return <span className="result__watched">✓ Watched</span>
  if (status === 'skipped') return <span className="result__watched">Skipped</span>
  return null
}
