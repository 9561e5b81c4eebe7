import { baseName, readJson } from '../csv'
import { viewingAt } from '../times'
import {
  ImportFileError,
  type ExportFormat,
  type ImportRow,
  type ParsedExport,
  type Ref,
  type RefIds,
  type TextFile,
} from '../types'

/**
 * Trakt's data export (import-formats.md §1): one JSON array per API page. The current export
 * is flat (`watched-history-2.json`); the older one has folders (`jdoe/watched/history-2.json`).
 * Only history, ratings and notes say what a person watched or thought; the rest (watched-*
 * totals, collection, lists, profile) is never claimed.
 */

type FileKind = 'history' | 'ratings' | 'notes'

const itemKinds = '(?:episodes|seasons|shows|movies)'
// Exact names only, with an optional page number: `lists-watchlist-2025.json` is a custom
// list, and `watched-shows.json` has only a last date per episode, not each viewing.
const flatHistory = /^watched-history(?:-\d+)?\.json$/i
const flatRatings = new RegExp(`^ratings-${itemKinds}(?:-\\d+)?\\.json$`, 'i')
const flatNotes = new RegExp(`^notes-${itemKinds}(?:-\\d+)?\\.json$`, 'i')
const olderHistory = /(?:^|\/)watched\/history(?:-\d+)?\.json$/i

function fileKind(name: string): FileKind | null {
  const path = name.replace(/\\/g, '/')
  const base = baseName(path)
  if (flatHistory.test(base) || olderHistory.test(path)) return 'history'
  if (flatRatings.test(base)) return 'ratings'
  if (flatNotes.test(base)) return 'notes'
  return null
}

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const objectAt = (value: Json, key: string): Json | undefined => {
  const inner = value[key]
  return isObject(inner) ? inner : undefined
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined

/** Episode and season numbers: 0 is specials. */
const count = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined

/** An id as a number; a re-serialised copy may have written it as a string of digits. */
const positiveId = (value: unknown): number | undefined => {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined
}

/** Trakt's `ids` object, without its nulls (and without plex and tvrage, which nothing matches by). */
function refIds(item: Json | undefined): RefIds | undefined {
  const ids = item && objectAt(item, 'ids')
  if (!ids) return undefined
  const out: RefIds = {}
  const imdb = text(ids.imdb)
  if (imdb) out.imdb = imdb
  const tmdb = positiveId(ids.tmdb)
  if (tmdb !== undefined) out.tmdb = tmdb
  const tvdb = positiveId(ids.tvdb)
  if (tvdb !== undefined) out.tvdb = tvdb
  const trakt = positiveId(ids.trakt)
  if (trakt !== undefined) out.trakt = trakt
  const slug = text(ids.slug)
  if (slug) out.traktSlug = slug
  return Object.keys(out).length > 0 ? out : undefined
}

/** The parts of a show, a movie or an episode a person and the matcher go by. */
function described(item: Json): { ids?: RefIds; title?: string; year?: number } {
  const out: { ids?: RefIds; title?: string; year?: number } = {}
  const ids = refIds(item)
  if (ids) out.ids = ids
  const title = text(item.title)
  if (title) out.title = title
  const year = positiveId(item.year)
  if (year !== undefined) out.year = year
  return out
}

const identifiable = (part: { ids?: RefIds; title?: string }): boolean =>
  part.ids !== undefined || part.title !== undefined

/**
 * What an element is about, from its `type` and the object of that name; null for another
 * type (a person, a list) or when too little is there to find the title by.
 */
function refOf(element: Json): Ref | null {
  switch (element.type) {
    case 'episode': {
      const episode = objectAt(element, 'episode')
      if (!episode) return null
      const { ids, title } = described(episode)
      const showObject = objectAt(element, 'show')
      const show = showObject ? described(showObject) : undefined
      const season = count(episode.season)
      const number = count(episode.number)
      const placed = show && identifiable(show) && season !== undefined && number !== undefined
      if (!ids && !placed) return null
      const ref: Ref = { kind: 'episode' }
      if (ids) ref.ids = ids
      if (show && identifiable(show)) ref.show = show
      if (season !== undefined) ref.season = season
      if (number !== undefined) ref.number = number
      if (title) ref.title = title
      return ref
    }
    case 'season': {
      const season = objectAt(element, 'season')
      const showObject = objectAt(element, 'show')
      if (!season || !showObject) return null
      const show = described(showObject)
      const number = count(season.number)
      const ids = refIds(season)
      if (!identifiable(show) || (number === undefined && !ids)) return null
      const ref: Ref = { kind: 'season', show }
      if (ids) ref.ids = ids
      if (number !== undefined) ref.season = number
      return ref
    }
    case 'show': {
      const show = objectAt(element, 'show')
      const part = show && described(show)
      return part && identifiable(part) ? { kind: 'series', ...part } : null
    }
    case 'movie': {
      const movie = objectAt(element, 'movie')
      const part = movie && described(movie)
      return part && identifiable(part) ? { kind: 'film', ...part } : null
    }
    default:
      return null
  }
}

const two = (n: number): string => String(n).padStart(2, '0')

/** `Star Trek: The Next Generation S01E02 The Naked Now`, `Star Trek Into Darkness (2013)`. */
function labelOf(ref: Ref): string {
  const show = ref.show?.title ?? ref.show?.ids?.traktSlug ?? 'Unknown series'
  switch (ref.kind) {
    case 'episode': {
      const code =
        ref.season !== undefined && ref.number !== undefined
          ? `S${two(ref.season)}E${two(ref.number)}`
          : undefined
      return [show, code, ref.title].filter(Boolean).join(' ')
    }
    case 'season':
      if (ref.season === undefined) return `${show}, a season`
      return ref.season === 0 ? `${show} specials` : `${show} season ${ref.season}`
    case 'series':
      return ref.title ?? ref.ids?.traktSlug ?? 'Unknown series'
    case 'film': {
      const title = ref.title ?? ref.ids?.traktSlug ?? 'Unknown film'
      return ref.year !== undefined ? `${title} (${ref.year})` : title
    }
  }
}

/** The text of a note: `note.notes` in the API's shape, or a bare string in a copy. */
function noteText(element: Json): string | undefined {
  const note = element.note
  if (isObject(note)) return text(note.notes)
  return text(note) ?? text(element.notes)
}

/** One element as a row, or null when it is left out (and counted as ignored). */
function rowOf(kind: FileKind, element: unknown, source: string): ImportRow | null {
  if (!isObject(element)) return null
  const ref = refOf(element)
  if (!ref) return null
  const row: ImportRow = { source, label: labelOf(ref), ref, viewings: [] }
  switch (kind) {
    case 'history': {
      // Each element is one play, so a rewatch is another element, never a count.
      const watchedAt = text(element.watched_at)
      if (!watchedAt || (ref.kind !== 'episode' && ref.kind !== 'film')) return null
      row.viewings = [viewingAt(watchedAt)]
      return row
    }
    case 'ratings': {
      const rating = element.rating
      if (typeof rating !== 'number' || !Number.isInteger(rating) || rating < 1 || rating > 10) {
        return null
      }
      row.rating10 = rating
      const ratedAt = text(element.rated_at)
      if (ratedAt) row.ratedAt = ratedAt
      return row
    }
    case 'notes': {
      const note = noteText(element)
      if (!note) return null
      row.note = note
      return row
    }
  }
}

function parse(files: readonly TextFile[]): ParsedExport {
  const rows: ImportRow[] = []
  let ignored = 0
  for (const file of files) {
    const kind = fileKind(file.name)
    if (!kind) {
      throw new ImportFileError(file.name, 'this is not a Trakt history, ratings or notes file.')
    }
    const content = readJson(file)
    if (!Array.isArray(content)) {
      throw new ImportFileError(
        file.name,
        'the file is not a list of Trakt items (it should start with “[”).',
      )
    }
    content.forEach((element: unknown, i) => {
      const row = rowOf(kind, element, `${file.name}, item ${i + 1}`)
      if (row) rows.push(row)
      else ignored += 1
    })
  }
  return { service: 'trakt', files: files.map((f) => f.name), rows, ignored }
}

export const traktFormat: ExportFormat = {
  service: 'trakt',
  claims: (file) => fileKind(file.name) !== null,
  parse,
}
