import { useSearchParams } from 'react-router'
import type { Series } from '@/catalogue/schema'
import {
  episodeFilters,
  filterLabel,
  isEpisodeFilter,
  type EpisodeFilter,
} from '@/tracking/filters'

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
  kind,
  onChange,
}: {
  filter: EpisodeFilter
  kind: Series['kind']
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
          {Object.keys(episodeFilters)
            .filter(isEpisodeFilter)
            .map((value) => (
              <option key={value} value={value}>
                {filterLabel(value, kind)}
              </option>
            ))}
        </select>
      </label>
    </div>
  )
}
