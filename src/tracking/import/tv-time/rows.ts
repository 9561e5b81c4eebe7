import { isValidDay } from '@/lib/dates'
import { MAX_PLAYS } from '../../model'
import { unknownViewing, utcInstant, viewingAt } from '../times'
import type { ImportRow, PlayTime, RefIds } from '../types'

/** A whole number as TV Time writes one (`3`, never `3.0`), or undefined. */
export function whole(text: string | undefined): number | undefined {
  const value = text?.trim() ?? ''
  return /^\d+$/.test(value) ? Number(value) : undefined
}

/** An id of TheTVDB: TV Time writes 0 or -1 where there is none. */
export function tvdbId(text: string | undefined): number | undefined {
  const value = whole(text)
  return value !== undefined && value > 0 ? value : undefined
}

export function imdbId(text: string | undefined): string | undefined {
  const value = text?.trim() ?? ''
  return /^tt\d{7,9}$/.test(value) ? value : undefined
}

/** TV Time's booleans: `true`/`false` in the newer files, `1`/`0` in the older ones. */
export function isTrue(text: string | undefined): boolean {
  return /^(true|1|yes)$/i.test(text?.trim() ?? '')
}

/**
 * Extra watches of unknown date. Capped below the log's limit of plays per entry: a damaged
 * count (`99999999`) must not build a list that stalls the page.
 */
export function extraWatches(text: string | undefined): number {
  return Math.min(whole(text) ?? 0, MAX_PLAYS - 1)
}

/** A file's time as a viewing: Go's zero time (`0001-01-01 …`) is TV Time's "no date". */
export function watchTime(text: string | undefined): PlayTime {
  const value = text?.trim() ?? ''
  if (value.startsWith('0001-01-01')) return unknownViewing()
  return viewingAt(value)
}

/** A watch at `dated` followed by `extra` rewatches nobody dated. */
export function viewingsOf(dated: PlayTime | null, extra: number): PlayTime[] {
  const viewings: PlayTime[] = dated ? [dated] : []
  for (let i = 0; i < extra; i += 1) viewings.push(unknownViewing())
  return viewings
}

/** A release date (`2014-11-19 00:00:00`) as a day, unless it is Go's zero time. */
export function releaseDay(text: string | undefined): string | undefined {
  const day = (text?.trim() ?? '').slice(0, 10)
  return day !== '0001-01-01' && isValidDay(day) ? day : undefined
}

/** An ISO time of a rating, or undefined. */
export function ratedAt(text: string | undefined): string | undefined {
  return utcInstant(text ?? '') ?? undefined
}

function ids(values: RefIds): RefIds | undefined {
  const out: RefIds = {}
  if (values.tvdb !== undefined) out.tvdb = values.tvdb
  if (values.imdb !== undefined) out.imdb = values.imdb
  return Object.keys(out).length > 0 ? out : undefined
}

/** What a TV Time row says about an episode; any of it may be missing. */
export interface EpisodeFacts {
  tvdb?: number
  imdb?: string
  showTvdb?: number
  showImdb?: string
  showTitle?: string
  season?: number
  number?: number
  title?: string
}

const pad = (n: number): string => String(n).padStart(2, '0')

function episodeLabel(facts: EpisodeFacts): string {
  const show =
    facts.showTitle ?? (facts.showTvdb !== undefined ? `TVDB series ${facts.showTvdb}` : undefined)
  const code =
    facts.season !== undefined && facts.number !== undefined
      ? `S${pad(facts.season)}E${pad(facts.number)}`
      : undefined
  const parts = [show, code, facts.title].filter((part) => part !== undefined && part !== '')
  if (code === undefined && facts.title === undefined && facts.tvdb !== undefined) {
    parts.push(`TVDB episode ${facts.tvdb}`)
  }
  return parts.length > 0 ? parts.join(' ') : 'An episode without a name'
}

export function episodeRow(source: string, facts: EpisodeFacts, viewings: PlayTime[]): ImportRow {
  const show: NonNullable<ImportRow['ref']['show']> = {}
  const showIds = ids({ tvdb: facts.showTvdb, imdb: facts.showImdb })
  if (showIds) show.ids = showIds
  if (facts.showTitle) show.title = facts.showTitle
  const ref: ImportRow['ref'] = { kind: 'episode' }
  const ownIds = ids({ tvdb: facts.tvdb, imdb: facts.imdb })
  if (ownIds) ref.ids = ownIds
  if (show.ids || show.title) ref.show = show
  if (facts.season !== undefined) ref.season = facts.season
  if (facts.number !== undefined) ref.number = facts.number
  if (facts.title) ref.title = facts.title
  return { source, label: episodeLabel(facts), ref, viewings }
}

export interface FilmFacts {
  title: string
  tvdb?: number
  imdb?: string
  year?: number
  airDate?: string
}

export function filmRow(source: string, facts: FilmFacts, viewings: PlayTime[]): ImportRow {
  const ref: ImportRow['ref'] = { kind: 'film' }
  const ownIds = ids({ tvdb: facts.tvdb, imdb: facts.imdb })
  if (ownIds) ref.ids = ownIds
  if (facts.title) ref.title = facts.title
  if (facts.year !== undefined) ref.year = facts.year
  if (facts.airDate !== undefined) ref.airDate = facts.airDate
  const name = facts.title || 'A film without a name'
  return {
    source,
    label: facts.year !== undefined ? `${name} (${facts.year})` : name,
    ref,
    viewings,
  }
}

/**
 * The episodes and films already read from other files of the same history, so a title that
 * two generations of file (or two names for one table) both list is counted once.
 */
export class SeenTitles {
  private readonly keys = new Set<string>()

  private static episodeKeys(facts: EpisodeFacts): string[] {
    const keys: string[] = []
    if (facts.tvdb !== undefined) keys.push(`e${facts.tvdb}`)
    if (facts.season !== undefined && facts.number !== undefined) {
      const at = `${facts.season}:${facts.number}`
      if (facts.showTvdb !== undefined) keys.push(`s${facts.showTvdb}:${at}`)
      if (facts.showTitle) keys.push(`n${facts.showTitle.toLowerCase()}:${at}`)
    }
    return keys
  }

  private static filmKey(facts: FilmFacts): string {
    return `f${facts.title.toLowerCase()}:${facts.year ?? ''}`
  }

  hasEpisode(facts: EpisodeFacts): boolean {
    // Most imports are one export: nothing to compare with, and 30,000 rows to get through.
    if (this.keys.size === 0) return false
    return SeenTitles.episodeKeys(facts).some((key) => this.keys.has(key))
  }

  addEpisode(facts: EpisodeFacts): void {
    for (const key of SeenTitles.episodeKeys(facts)) this.keys.add(key)
  }

  hasFilm(facts: FilmFacts): boolean {
    if (this.keys.size === 0) return false
    return this.keys.has(SeenTitles.filmKey(facts))
  }

  addFilm(facts: FilmFacts): void {
    this.keys.add(SeenTitles.filmKey(facts))
  }

  /** Everything `other` has seen, added to this. */
  addAll(other: SeenTitles): void {
    for (const key of other.keys) this.keys.add(key)
  }
}
