/**
 * Stable ids. The user's records are keyed by these, so the scheme must never change:
 * an episode of a series is `<series>-s<SS>e<EE>` (`pic-s02e01`, the TOS pilot `tos-s00e01`),
 * an entry of a single-season collection (films, documentaries) is `<collection>-<NN>`
 * (`films-01`). Seasons are `<series>-s<SS>`; a series is its own id (`pic`).
 */
const pad = (n: number): string => String(n).padStart(2, '0')

export function seasonId(seriesId: string, season: number): string {
  return `${seriesId}-s${pad(season)}`
}

export function episodeId(
  seriesId: string,
  kind: 'series' | 'film' | 'documentary',
  season: number,
  episode: number,
): string {
  return kind === 'series'
    ? `${seasonId(seriesId, season)}e${pad(episode)}`
    : `${seriesId}-${pad(episode)}`
}
