import type { CatalogueIds, ExternalIds } from '@/catalogue/external-ids'
import { seasonId } from '@/catalogue/ids'
import { otherPart, type CatalogueIndex } from '@/catalogue/select'
import type { Episode, Season, Series } from '@/catalogue/schema'
import { normaliseTitle } from './normalise'
import type { ImportRow, Ref, RefIds } from './types'

/**
 * Which catalogue entries a row is about, never by a silent guess (issue 10): by the other
 * service's ids first, then series plus normalised title, then series plus air date, then
 * season and number. A step that finds more than one candidate does not decide; the next one
 * may. What no step decides is listed with its reason, not imported.
 *
 * Two-parters: other services count a feature-length episode split in two here (`partOf`:
 * Encounter at Farpoint, Emissary, Caretaker, …) as one, so its ids, its title and its number
 * in their numbering find both halves, and every later number in that season is shifted by one.
 */
export type Match = { ok: true; ids: string[] } | { ok: false; reason: string }

/** Names other services give series whose catalogue titles differ ("Star Trek" is TOS on IMDb). */
const SERIES_ALIASES: Record<string, string[]> = {
  tos: ['Star Trek'],
  tas: ['Star Trek: The Animated Series', 'Star Trek Animated'],
  st: ['Short Treks'],
  vst: ['Very Short Treks'],
  ds9: ['Star Trek: DS9', 'Star Trek Deep Space 9'],
}

const idKeys = (ids: RefIds | ExternalIds | undefined): string[] => {
  if (!ids) return []
  const keys: string[] = []
  if (ids.imdb) keys.push(`imdb:${ids.imdb}`)
  if (ids.tmdb) keys.push(`tmdb:${ids.tmdb}`)
  if (ids.tvdb) keys.push(`tvdb:${ids.tvdb}`)
  if (ids.trakt) keys.push(`trakt:${ids.trakt}`)
  if (ids.traktSlug) keys.push(`slug:${ids.traktSlug}`)
  return keys
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key)
  if (list) {
    if (!list.includes(value)) list.push(value)
  } else map.set(key, [value])
}

interface SeriesTables {
  series: Series
  /** Normalised title → entry ids (a feature-length episode's broadcast title → both halves). */
  byTitle: Map<string, string[]>
  byAirDate: Map<string, string[]>
  /** Per season: the episodes in other services' numbering (a merged two-parter is one slot). */
  merged: Map<number, string[][]>
  seasons: Map<number, Season>
}

/** Entries that are halves of one feature-length episode count as one candidate. */
function oneEpisode(index: CatalogueIndex, ids: readonly string[]): boolean {
  if (ids.length === 1) return true
  const parts = ids.map((id) => index.episodes.get(id)?.episode)
  const first = parts[0]
  return (
    ids.length === 2 &&
    first?.partOf !== undefined &&
    parts.every((e) => e?.partOf === first.partOf) &&
    index.episodes.get(ids[0]!)?.season === index.episodes.get(ids[1]!)?.season
  )
}

function mergedNumbering(season: Season): string[][] {
  const slots: string[][] = []
  let previous: Episode | undefined
  for (const episode of season.episodes) {
    const last = slots.at(-1)
    if (last && previous?.partOf !== undefined && previous.partOf === episode.partOf) {
      last.push(episode.id)
    } else slots.push([episode.id])
    previous = episode
  }
  return slots
}

export interface Matcher {
  /** `file`: where the row came from (its numbering is told per file, see `largest`). */
  match: (ref: Ref, file?: string) => Match
}

/** The file a row came from: `watched-history-1.json, item 14` → `watched-history-1.json`. */
export function fileOfSource(source: string): string {
  const at = source.lastIndexOf(', ')
  return at === -1 ? source : source.slice(0, at)
}

export function createMatcher(
  index: CatalogueIndex,
  catalogueIds: CatalogueIds,
  /** Every row to be matched: a season's numbering is told from the largest number the file gives it. */
  rows: readonly ImportRow[] = [],
): Matcher {
  const seriesByKey = new Map<string, string[]>()
  const seriesByTitle = new Map<string, string[]>()
  const episodesByKey = new Map<string, string[]>()
  const filmsByKey = new Map<string, string[]>()
  const films: { id: string; title: string; year: number | null }[] = []
  const tables = new Map<string, SeriesTables>()

  for (const series of index.catalogue.series) {
    if (series.kind !== 'series') {
      for (const season of series.seasons) {
        for (const episode of season.episodes) {
          for (const key of idKeys(catalogueIds.ids[episode.id])) push(filmsByKey, key, episode.id)
          films.push({
            id: episode.id,
            title: normaliseTitle(episode.title),
            year: episode.airDate ? Number(episode.airDate.slice(0, 4)) : null,
          })
        }
      }
      continue
    }
    for (const key of idKeys(catalogueIds.ids[series.id])) push(seriesByKey, key, series.id)
    for (const title of [series.title, ...(SERIES_ALIASES[series.id] ?? [])]) {
      push(seriesByTitle, normaliseTitle(title), series.id)
    }
    const table: SeriesTables = {
      series,
      byTitle: new Map(),
      byAirDate: new Map(),
      merged: new Map(),
      seasons: new Map(),
    }
    for (const season of series.seasons) {
      table.seasons.set(season.number, season)
      table.merged.set(season.number, mergedNumbering(season))
      for (const episode of season.episodes) {
        for (const key of idKeys(catalogueIds.ids[episode.id])) push(episodesByKey, key, episode.id)
        push(table.byTitle, normaliseTitle(episode.title), episode.id)
        if (episode.partOf) push(table.byTitle, normaliseTitle(episode.partOf), episode.id)
        if (episode.airDate) push(table.byAirDate, episode.airDate, episode.id)
      }
    }
    tables.set(series.id, table)
  }
  // Longest first, so "Star Trek: The Next Generation: Skin of Evil" is not read as TOS ("Star Trek").
  const seriesPrefixes = [...seriesByTitle.entries()]
    .filter(([, ids]) => ids.length === 1)
    .map(([title, ids]) => ({ title, id: ids[0]! }))
    .sort((a, b) => b.title.length - a.title.length)

  /** A single series from ids or title, or why not. */
  function findSeries(show: Ref['show']): string | undefined {
    for (const key of idKeys(show?.ids)) {
      const found = seriesByKey.get(key)
      if (found?.length === 1) return found[0]
    }
    const byTitle = show?.title ? seriesByTitle.get(normaliseTitle(show.title)) : undefined
    return byTitle?.length === 1 ? byTitle[0] : undefined
  }

  /** "Star Trek: The Next Generation: The Naked Now" (IMDb) → the series and the episode's title. */
  function splitSeriesTitle(title: string): { seriesId: string; rest: string } | undefined {
    const normal = normaliseTitle(title)
    for (const prefix of seriesPrefixes) {
      if (normal.startsWith(`${prefix.title} `) && title.includes(':')) {
        return { seriesId: prefix.id, rest: normal.slice(prefix.title.length + 1) }
      }
    }
    return undefined
  }

  // A season whose numbers in one file go past its count in merged numbering is numbered as
  // here, in that file. Per file: another file (or service) numbering its way must not shift it.
  const largest = new Map<string, number>()
  for (const { ref, source } of rows) {
    if (ref.kind !== 'episode' || ref.season === undefined || ref.number === undefined) continue
    const seriesId = findSeries(ref.show)
    if (!seriesId) continue
    const key = `${fileOfSource(source)}:${seriesId}:${ref.season}`
    largest.set(key, Math.max(largest.get(key) ?? 0, ref.number))
  }

  /**
   * An id that finds one half of a feature-length episode is the whole episode's, unless the
   * other half has an id of its own of that kind (IMDb lists some halves apart): other services
   * know these as one episode, and the catalogue's ids often sit on the first half only.
   */
  function wholeEpisode(found: string[], key: string): string[] {
    if (found.length !== 1) return found
    const partner = otherPart(index, found[0]!)
    if (!partner) return found
    const kind = key.slice(0, key.indexOf(':'))
    const partnerIds = idKeys(catalogueIds.ids[partner.episode.id])
    if (partnerIds.some((k) => k.startsWith(`${kind}:`))) return found
    return [found[0]!, partner.episode.id].sort()
  }

  function matchEpisode(ref: Ref, file: string): Match {
    for (const key of idKeys(ref.ids)) {
      const found = episodesByKey.get(key)
      if (found && oneEpisode(index, found)) return { ok: true, ids: wholeEpisode(found, key) }
    }
    let seriesId = findSeries(ref.show)
    let title = ref.title ? normaliseTitle(ref.title) : undefined
    if (!seriesId && ref.title) {
      const split = splitSeriesTitle(ref.title)
      if (split) ({ seriesId, rest: title } = split)
    }
    if (!seriesId) {
      const name = ref.show?.title ?? ref.title
      const known = idKeys(ref.ids).map((key) =>
        key.replace(':', ' ').replace(/^(\w+)/, (k) => k.toUpperCase()),
      )
      return {
        ok: false,
        reason: name
          ? `Not a series in the Star Trek catalogue (“${name}”)`
          : known.length > 0
            ? `Only the episode’s ids (${known.join(', ')}), which the catalogue does not have, and no series`
            : 'No series given',
      }
    }
    const table = tables.get(seriesId)!
    const inSeason = (ids: string[] | undefined) =>
      ref.season === undefined
        ? ids
        : ids?.filter((id) => index.episodes.get(id)?.season.number === ref.season)
    const decide = (ids: string[] | undefined): string[] | undefined => {
      if (!ids || ids.length === 0) return undefined
      if (oneEpisode(index, ids)) return ids
      const narrowed = inSeason(ids)
      return narrowed && narrowed.length > 0 && oneEpisode(index, narrowed) ? narrowed : undefined
    }
    const byTitle = title ? decide(table.byTitle.get(title)) : undefined
    if (byTitle) return { ok: true, ids: byTitle }
    const byDate = ref.airDate ? decide(table.byAirDate.get(ref.airDate)) : undefined
    if (byDate) return { ok: true, ids: byDate }
    const name = table.series.title
    if (ref.season === undefined || ref.number === undefined) {
      return {
        ok: false,
        reason: `No episode of ${name} has this title${ref.airDate ? ' or air date' : ''}`,
      }
    }
    const season = table.seasons.get(ref.season)
    if (!season) return { ok: false, reason: `${name} has no season ${ref.season}` }
    const merged = table.merged.get(ref.season) ?? []
    const asHere = (largest.get(`${file}:${seriesId}:${ref.season}`) ?? 0) > merged.length
    const slot = asHere
      ? season.episodes[ref.number - 1] && [season.episodes[ref.number - 1]!.id]
      : merged[ref.number - 1]
    if (!slot || ref.number < 1) {
      return { ok: false, reason: `${name} season ${ref.season} has no episode ${ref.number}` }
    }
    return { ok: true, ids: slot }
  }

  function matchFilm(ref: Ref): Match {
    for (const key of idKeys(ref.ids)) {
      const found = filmsByKey.get(key)
      if (found?.length === 1) return { ok: true, ids: found }
    }
    const title = ref.title ? normaliseTitle(ref.title) : ''
    const year = ref.year ?? (ref.airDate ? Number(ref.airDate.slice(0, 4)) : undefined)
    const named = films.filter((f) => f.title === title)
    // A year off by one or two happens (festival premiere versus release); the closest wins.
    const fits =
      year === undefined
        ? named
        : named.filter((f) => f.year === null || Math.abs(f.year - year) <= 2)
    const distance = (f: (typeof films)[number]) =>
      year === undefined || f.year === null ? 0 : Math.abs(f.year - year)
    const best = Math.min(...fits.map(distance))
    const closest = fits.filter((f) => distance(f) === best)
    if (closest.length === 1) return { ok: true, ids: [closest[0]!.id] }
    if (closest.length > 1)
      return { ok: false, reason: 'More than one film in the catalogue has this title' }
    return {
      ok: false,
      reason:
        named.length > 0
          ? `No film of this title from ${year}`
          : 'Not a film in the Star Trek catalogue',
    }
  }

  function matchSeries(ref: Ref): Match {
    const id = findSeries({ ids: ref.ids, title: ref.title })
    return id
      ? { ok: true, ids: [id] }
      : { ok: false, reason: 'Not a series in the Star Trek catalogue' }
  }

  function matchSeason(ref: Ref): Match {
    const id = findSeries(ref.show)
    if (!id) return { ok: false, reason: 'Not a series in the Star Trek catalogue' }
    const table = tables.get(id)!
    if (ref.season === undefined || !table.seasons.has(ref.season)) {
      return { ok: false, reason: `${table.series.title} has no season ${ref.season ?? ''}`.trim() }
    }
    return { ok: true, ids: [seasonId(id, ref.season)] }
  }

  return {
    match: (ref, file = '') => {
      switch (ref.kind) {
        case 'episode':
          return matchEpisode(ref, file)
        case 'film':
          return matchFilm(ref)
        case 'series':
          return matchSeries(ref)
        case 'season':
          return matchSeason(ref)
      }
    },
  }
}
