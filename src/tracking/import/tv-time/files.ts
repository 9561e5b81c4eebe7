import { baseName, headerColumns } from '../csv'
import type { TextFile } from '../types'

/**
 * The TV Time files that hold a watch history, of every generation (docs/import-formats.md §2).
 * Lists, followed shows, user data, emotions and stats are none of these: they say nothing
 * about what was watched when.
 */
export type FileKind =
  // "Export my data", 2026
  | 'series-episodes'
  | 'series'
  | 'movies'
  // GDPR export, 2024–2026
  | 'records-v2'
  | 'records-v1'
  | 'episode-votes'
  // GDPR export, 2020–2024
  | 'seen-episode'
  | 'watched-on-episode'
  | 'rewatched-episode'

export interface KindOfFile {
  kind: FileKind
  json: boolean
}

// Names are compared lower-cased with `_` and spaces read as `-`: the GDPR ZIP spells the same
// table `tracking_prod_records_v2` in one export and `tracking-prod-records-v2` in the next,
// sometimes behind a service prefix.
const byName: readonly { kind: FileKind; pattern: RegExp }[] = [
  { kind: 'series-episodes', pattern: /(^|-)tv-?time-series-episodes\.(csv|json)$/ },
  { kind: 'series', pattern: /(^|-)tv-?time-series\.(csv|json)$/ },
  { kind: 'movies', pattern: /(^|-)tv-?time-movies\.(csv|json)$/ },
  { kind: 'records-v2', pattern: /(^|-)tracking-prod-records-v2\.csv$/ },
  { kind: 'records-v1', pattern: /(^|-)tracking-prod-records\.csv$/ },
  { kind: 'episode-votes', pattern: /(^|-)ratings(-\d+)?(-prod)?-episode-votes\.csv$/ },
  { kind: 'seen-episode', pattern: /(^|-)seen-episodes?\.csv$/ },
  { kind: 'watched-on-episode', pattern: /(^|-)watched-on-episodes?\.csv$/ },
  { kind: 'rewatched-episode', pattern: /(^|-)rewatched-episodes?\.csv$/ },
]

// A renamed CSV is still recognised by columns no other service's file has together.
const byHeader: readonly { kind: FileKind; columns: readonly string[][] }[] = [
  { kind: 'series-episodes', columns: [['series_tvdb_id', 'tvdb_id', 'season', 'is_watched']] },
  { kind: 'movies', columns: [['uuid', 'tvdb_id', 'imdb_id', 'title', 'year', 'is_watched']] },
  { kind: 'series', columns: [['uuid', 'tvdb_id', 'imdb_id', 'title', 'status']] },
  // A pruned header (an account without history) keeps the totals columns only.
  {
    kind: 'records-v2',
    columns: [
      ['key', 's_id', 'ep_id'],
      ['key', 'ep_watch_count'],
    ],
  },
  { kind: 'records-v1', columns: [['type', 'entity_type', 'alpha_range_key', 'movie_name']] },
  {
    kind: 'episode-votes',
    columns: [['series_name', 'season_number', 'episode_number', 'vote_key']],
  },
  { kind: 'seen-episode', columns: [['tweet_id', 'episode_id', 'fb_action_id']] },
  { kind: 'watched-on-episode', columns: [['episode_id', 'watched_on_source_id']] },
  { kind: 'rewatched-episode', columns: [['episode_id', 'cpt']] },
]

const normalName = (name: string): string =>
  baseName(name)
    .toLowerCase()
    .replace(/[\s_]+/g, '-')

export function kindOfFile(file: TextFile): KindOfFile | null {
  const name = normalName(file.name)
  // Emotions are votes of the same layout as ratings, and no rating.
  if (name.includes('emotion')) return null
  const json = name.endsWith('.json')
  const named = byName.find((entry) => entry.pattern.test(name))
  if (named) return { kind: named.kind, json }
  if (!name.endsWith('.csv')) return null
  const header = new Set(headerColumns(file.text))
  const headed = byHeader.find((entry) =>
    entry.columns.some((set) => set.every((column) => header.has(column))),
  )
  return headed ? { kind: headed.kind, json: false } : null
}
