import type { CatalogueIds } from '@/catalogue/external-ids'
import type { Catalogue } from '@/catalogue/schema'

/** The header of a real 2024–2026 GDPR `tracking-prod-records-v2.csv`, column for column. */
const HEADER = [
  'created_at',
  'user_id',
  'key',
  'total_series_runtime',
  'updated_at',
  'total_movies_runtime',
  'movie_watch_count',
  'ep_watch_count',
  'series_follow_count',
  'uuid',
  'is_archived',
  'is_followed',
  's_id',
  'is_for_later',
  'most_recent_ep_watched',
  'followed_at',
  'runtime',
  'bulk_type',
  's_no',
  'ep_no',
  'is_unitary',
  'ep_id',
  'rewatch_count',
  'gsi',
  'is_special',
  'movie_name',
  'series_name',
  'season_number',
  'episode_number',
] as const

type Column = (typeof HEADER)[number]

const USER = '3f8e2a71-9c4d-4b1e-a6f0-000000000000'
const START = Date.UTC(2016, 0, 1, 20, 0, 0)

const quoted = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value

/** `2016-01-01 20:00:00`: TV Time's zoneless UTC time. */
const tvTimeTime = (ms: number): string => new Date(ms).toISOString().slice(0, 19).replace('T', ' ')

const uuidOf = (n: number): string => `7a1b0c2d-0000-4e00-9000-${n.toString(16).padStart(12, '0')}`

/**
 * A `tracking-prod-records-v2.csv` of `rows` watched episodes over the catalogue's series, in
 * the layout real files have: the s_/ep_ columns filled, episode_id / season_number /
 * episode_number empty. Past the catalogue's last episode it starts again (rewatches). The
 * same arguments always give the same text.
 */
export function generateTvTimeRecords(
  rows: number,
  catalogue: Catalogue,
  ids: CatalogueIds,
): string {
  const episodes = catalogue.series
    .filter((series) => series.kind === 'series')
    .flatMap((series) =>
      series.seasons.flatMap((season) =>
        season.episodes.map((episode) => ({ series, season, episode })),
      ),
    )
  if (episodes.length === 0) throw new Error('The catalogue has no series episodes.')
  const lines = [HEADER.join(',')]
  for (let i = 0; i < rows; i += 1) {
    const { series, season, episode } = episodes[i % episodes.length]!
    const at = tvTimeTime(START + i * 47 * 60 * 1000)
    const uuid = uuidOf(i + 1)
    const cells: Partial<Record<Column, string>> = {
      created_at: at,
      user_id: '12589638',
      key: `watch-episode-${USER}-${uuid}`,
      updated_at: at,
      uuid,
      s_id: String(ids.ids[series.id]?.tvdb ?? ''),
      runtime: String((episode.runtimeMinutes ?? 45) * 60),
      s_no: String(season.number),
      ep_no: String(episode.number),
      is_unitary: 'true',
      ep_id: String(ids.ids[episode.id]?.tvdb ?? ''),
      rewatch_count: '0',
      is_special: season.number === 0 ? 'true' : 'false',
      series_name: series.title,
    }
    lines.push(HEADER.map((column) => quoted(cells[column] ?? '')).join(','))
  }
  return `${lines.join('\n')}\n`
}
