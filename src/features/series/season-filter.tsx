import { useSearchParams } from 'react-router'
import { episodeFilters, isEpisodeFilter, type EpisodeFilter } from '@/tracking/filters'

/** The season's filter lives in the address (`?show=unwatched`), so it survives a reload. */
export function useSeasonFilter(): [EpisodeFilter, (filter: EpisodeFilter) => void] {
  const [searchParams, setSearchParams] = useSearchParams()
  const value = searchParams.get('show') ?? 'all'
  const filter = isEpisodeFilter(value) ? value : 'all'
  const setFilter = (next: EpisodeFilter) =>
    setSearchParams(next === 'all' ? {} : { show: next }, { replace: true })
  return [filter, setFilter]
}

export function SeasonFilter({
  filter,
  onChange,
}: {
  filter: EpisodeFilter
  onChange: (filter: EpisodeFilter) => void
}) {
  return (
    <div>
      <label className="field field--inline">
        <span className="field__label">Show</span>
        <select
          className="select"
          value={filter}
          onChange={(e) => {
            if (isEpisodeFilter(e.target.value)) onChange(e.target.value)
          }}
        >
          {Object.entries(episodeFilters).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
