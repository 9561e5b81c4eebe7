import { seasonId } from './ids'
import type { Catalogue, Episode, Season, Series } from './schema'

/** One catalogue entry with everything needed to place it: its series, season and order. */
export interface EpisodeEntry {
  episode: Episode
  series: Series
  season: Season
  /** Position within the series, counting every season in order. */
  index: number
}

export interface CatalogueIndex {
  catalogue: Catalogue
  seriesById: ReadonlyMap<string, Series>
  episodes: ReadonlyMap<string, EpisodeEntry>
  /** Episode ids of each series in viewing order (season 0 first). */
  orderBySeries: ReadonlyMap<string, readonly string[]>
  /** Seasons by their id (`pic-s02`): seasons carry ratings, notes and rewatches too. */
  seasonsById: ReadonlyMap<string, { series: Series; season: Season }>
}

const indexCache = new WeakMap<Catalogue, CatalogueIndex>()

/** Builds lookup tables once per catalogue object (memoised, so cheap to call from render). */
export function indexCatalogue(catalogue: Catalogue): CatalogueIndex {
  const cached = indexCache.get(catalogue)
  if (cached) return cached
  const seriesById = new Map<string, Series>()
  const episodes = new Map<string, EpisodeEntry>()
  const orderBySeries = new Map<string, string[]>()
  const seasonsById = new Map<string, { series: Series; season: Season }>()
  for (const series of catalogue.series) {
    seriesById.set(series.id, series)
    const order: string[] = []
    for (const season of series.seasons) {
      seasonsById.set(seasonId(series.id, season.number), { series, season })
      for (const episode of season.episodes) {
        episodes.set(episode.id, { episode, series, season, index: order.length })
        order.push(episode.id)
      }
    }
    orderBySeries.set(series.id, order)
  }
  const index = { catalogue, seriesById, episodes, orderBySeries, seasonsById }
  indexCache.set(catalogue, index)
  return index
}

export function findSeason(series: Series, number: number): Season | undefined {
  return series.seasons.find((s) => s.number === number)
}

export function seasonTitle(series: Series, season: Season): string {
  if (series.kind !== 'series') return series.kind === 'film' ? 'Films' : 'Documentaries'
  return season.label ?? `Season ${season.number}`
}

/** "S02E01", or "Film 1" / "No. 3" for collections: how a fan writes the position. */
export function episodeCode(entry: Pick<EpisodeEntry, 'episode' | 'series' | 'season'>): string {
  const { episode, series, season } = entry
  if (series.kind === 'film') return `Film ${episode.number}`
  if (series.kind === 'documentary') return `No. ${episode.number}`
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `S${pad(season.number)}E${pad(episode.number)}`
}

export function neighbours(
  index: CatalogueIndex,
  id: string,
): { previous: EpisodeEntry | undefined; next: EpisodeEntry | undefined } {
  const entry = index.episodes.get(id)
  if (!entry) return { previous: undefined, next: undefined }
  const order = index.orderBySeries.get(entry.series.id) ?? []
  const at = (i: number): EpisodeEntry | undefined => {
    const other = order[i]
    return other === undefined ? undefined : index.episodes.get(other)
  }
  return { previous: at(entry.index - 1), next: at(entry.index + 1) }
}

/** The other half of a feature-length episode split in two (`partOf`), if any. */
export function otherPart(index: CatalogueIndex, id: string): EpisodeEntry | undefined {
  const entry = index.episodes.get(id)
  if (!entry?.episode.partOf) return undefined
  const { previous, next } = neighbours(index, id)
  return [previous, next].find(
    (n) =>
      n !== undefined && n.episode.partOf === entry.episode.partOf && n.season === entry.season,
  )
}

export function seriesYears(series: Pick<Series, 'startYear' | 'endYear'>): string {
  if (series.endYear === series.startYear) return String(series.startYear)
  return `${series.startYear}–${series.endYear ?? 'present'}`
}
