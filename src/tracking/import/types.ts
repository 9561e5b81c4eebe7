import type { PlayTime } from '../model'

/**
 * Importing another tracker's export (issue 10): files → rows (a parser per service, pure) →
 * catalogue matches (`match.ts`) → a plan against the log (`plan.ts`) → one transaction.
 * Decision 016 gives the layout and the rules.
 */
export const services = ['tvtime', 'trakt', 'imdb', 'letterboxd'] as const
export type Service = (typeof services)[number]

export const serviceNames: Record<Service, string> = {
  tvtime: 'TV Time',
  trakt: 'Trakt',
  imdb: 'IMDb',
  letterboxd: 'Letterboxd',
}

/** One file of an export, decoded to text (BOM removed; UTF-8, else Windows-1252). */
export interface TextFile {
  /** The path as the person has it: `ratings.csv`, or inside a ZIP `jdoe/watched/history-1.json`. */
  name: string
  text: string
}

/** Other services' ids, as a row gives them (any may be missing). */
export interface RefIds {
  imdb?: string
  tmdb?: number
  tvdb?: number
  trakt?: number
  traktSlug?: string
}

/**
 * What a row says about the title it is about, before matching: whatever the file gives.
 * `kind` says what the row is about; `show` is the series of an episode or season.
 */
export interface Ref {
  kind: 'episode' | 'season' | 'series' | 'film'
  /** The item's own ids (an episode's, a film's, a series' own for kind 'series'). */
  ids?: RefIds
  /** The series of an episode or a season. */
  show?: { ids?: RefIds; title?: string; year?: number }
  season?: number
  /** Episode number in its season, as the file numbers it. */
  number?: number
  /** Episode or film title, as written in the file. */
  title?: string
  /** A film's release year. */
  year?: number
  /** yyyy-mm-dd: an episode's air date or a film's release date, when the file gives it. */
  airDate?: string
}

/**
 * One thing a file says about one title: viewings, a rating, a note, or several of these.
 * A parser turns one row (or one JSON element) into one of these; rows about the same title
 * are combined later, after matching.
 */
export interface ImportRow {
  /** Where it came from, for the unmatched list: `watched-history-1.json, item 14`, `ratings.csv, line 7`. */
  source: string
  /** The title as the person would recognise it: `Star Trek: The Next Generation S01E03 The Naked Now`. */
  label: string
  ref: Ref
  /** Each one viewing (a row with `rewatch_count` 2 gives three). Never precision 'release'. */
  viewings: PlayTime[]
  /** 1–10. */
  rating10?: number
  /** When it was rated (ISO date or date-time), to pick the latest of several ratings. */
  ratedAt?: string
  /** Plain text, never markup. */
  note?: string
  /**
   * A rating that may also mean a viewing, if the person says so (IMDb has ratings only): the
   * plan adds one viewing of unknown date to an entry not watched yet.
   */
  watchedIfRated?: boolean
}

/** What a parser makes of the files it was given. */
export interface ParsedExport {
  service: Service
  /** The files it read. */
  files: string[]
  rows: ImportRow[]
  /** Rows read and left out on purpose (not watched, a watchlist entry, a totals row): a count. */
  ignored: number
}

/** A file that cannot be read as what its name says: the import stops, nothing changes. */
export class ImportFileError extends Error {
  override name = 'ImportFileError'
  constructor(
    readonly fileName: string,
    problem: string,
  ) {
    super(`${fileName}: ${problem}`)
  }
}

/**
 * A service's reader. `claims` decides from the name and the first characters whether a file
 * is one of this service's (so `ratings.csv` goes to IMDb or Letterboxd by its header); `parse`
 * gets every file it claimed, and throws ImportFileError for a file it cannot read.
 */
export interface ExportFormat {
  service: Service
  claims: (file: TextFile) => boolean
  parse: (files: readonly TextFile[]) => ParsedExport
}

export type { PlayTime }
