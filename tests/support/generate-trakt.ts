import type { ExternalIds, CatalogueIds } from '@/catalogue/external-ids'
import type { Catalogue, Series } from '@/catalogue/schema'

/**
 * A Trakt `watched-history` file as big as asked, over the catalogue's real episodes and films
 * with their real ids, for the benchmark and the big-file test. Laid out as Trakt writes it
 * (compact, ids first, newest first, ISO UTC with milliseconds); deterministic, so a failure
 * can be replayed.
 */

interface Play {
  show?: { series: Series; ids: ExternalIds | undefined }
  title: string
  season: number
  number: number
  year: number | null
  ids: ExternalIds | undefined
  /** A stand-in Trakt id when the catalogue has none: Trakt always gives one. */
  fallbackTrakt: number
}

function plays(catalogue: Catalogue, ids: CatalogueIds): Play[] {
  const out: Play[] = []
  for (const series of catalogue.series) {
    const isFilm = series.kind !== 'series'
    for (const season of series.seasons) {
      // Trakt numbers a two-part story told as one episode once (Encounter at Farpoint is
      // S01E01, The Naked Now S01E02), so later parts are left out and numbers close up.
      let number = 0
      for (const episode of season.episodes) {
        if (episode.part !== undefined && episode.part > 1) continue
        number += 1
        out.push({
          show: isFilm ? undefined : { series, ids: ids.ids[series.id] },
          title: episode.partOf ?? episode.title,
          season: season.number,
          number,
          year: episode.airDate ? Number(episode.airDate.slice(0, 4)) : null,
          ids: ids.ids[episode.id],
          fallbackTrakt: 900_000 + out.length,
        })
      }
    }
  }
  return out
}

const showObject = (series: Series, ids: ExternalIds | undefined, index: number) => ({
  ids: {
    imdb: ids?.imdb ?? null,
    plex: { guid: null, slug: ids?.traktSlug ?? series.id },
    slug: ids?.traktSlug ?? series.id,
    tmdb: ids?.tmdb ?? null,
    tvdb: ids?.tvdb ?? null,
    trakt: ids?.trakt ?? 800_000 + index,
  },
  year: series.startYear,
  title: series.title,
  aired_episodes: series.episodeCount,
})

export function generateTraktHistory(
  count: number,
  catalogue: Catalogue,
  ids: CatalogueIds,
): string {
  const pool = plays(catalogue, ids)
  const seriesIndex = new Map(catalogue.series.map((s, i) => [s.id, i]))
  const newest = Date.UTC(2026, 3, 1, 21, 0, 0)
  const elements = []
  for (let i = 0; i < count; i++) {
    const play = pool[i % pool.length]
    if (!play) break
    // 47 minutes apart, on whole minutes as manual plays are.
    const watchedAt = new Date(newest - i * 47 * 60_000).toISOString()
    const head = { id: 12_000_000_000 - i, watched_at: watchedAt, action: 'watch' }
    if (play.show) {
      const { series, ids: showIds } = play.show
      elements.push({
        ...head,
        type: 'episode',
        episode: {
          ids: {
            imdb: play.ids?.imdb ?? null,
            plex: { guid: null },
            tmdb: play.ids?.tmdb ?? null,
            tvdb: play.ids?.tvdb ?? null,
            trakt: play.ids?.trakt ?? play.fallbackTrakt,
          },
          title: play.title,
          number: play.number,
          season: play.season,
        },
        show: showObject(series, showIds, seriesIndex.get(series.id) ?? 0),
      })
    } else {
      const slug = play.ids?.traktSlug ?? `film-${play.fallbackTrakt}`
      elements.push({
        ...head,
        type: 'movie',
        movie: {
          ids: {
            imdb: play.ids?.imdb ?? null,
            plex: { guid: null, slug },
            slug,
            tmdb: play.ids?.tmdb ?? null,
            trakt: play.ids?.trakt ?? play.fallbackTrakt,
          },
          year: play.year,
          title: play.title,
        },
      })
    }
  }
  return JSON.stringify(elements)
}
