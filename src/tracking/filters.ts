import { episodeStatus, type WatchRecord } from './model'

export const episodeFilters = {
  all: 'All episodes',
  unwatched: 'Unwatched',
  watched: 'Watched',
  skipped: 'Skipped',
  rated3: 'Rated 3 stars or more',
  rated4: 'Rated 4 stars or more',
  rated5: 'Rated 5 stars',
  noted: 'With a note',
} as const

export type EpisodeFilter = keyof typeof episodeFilters

/** A filter's name for a series of this kind: the films' list offers "All films". */
export function filterLabel(
  filter: EpisodeFilter,
  kind: 'series' | 'film' | 'documentary',
): string {
  if (filter !== 'all' || kind === 'series') return episodeFilters[filter]
  return kind === 'film' ? 'All films' : 'All documentaries'
}

export function isEpisodeFilter(value: string): value is EpisodeFilter {
  return Object.hasOwn(episodeFilters, value)
}

/** Whether an episode with this record is shown under the filter, in the pass from `since`. */
export function matchesFilter(
  filter: EpisodeFilter,
  record: WatchRecord | undefined,
  since = 0,
): boolean {
  switch (filter) {
    case 'all':
      return true
    case 'unwatched':
    case 'watched':
    case 'skipped':
      return episodeStatus(record, since) === filter
    case 'rated3':
      return (record?.rating10 ?? 0) >= 6
    case 'rated4':
      return (record?.rating10 ?? 0) >= 8
    case 'rated5':
      return record?.rating10 === 10
    case 'noted':
      return (record?.note.trim() ?? '') !== ''
  }
}
