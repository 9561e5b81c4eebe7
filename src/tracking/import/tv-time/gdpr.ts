import { headerColumns, readCsv } from '../csv'
import type { PlayTime, TextFile } from '../types'
import { lineOf, type Collected } from './collect'
import type { FileKind } from './files'
import {
  episodeRow,
  extraWatches,
  filmRow,
  ratedAt,
  releaseDay,
  SeenTitles,
  tvdbId,
  viewingsOf,
  watchTime,
  whole,
  type EpisodeFacts,
  type FilmFacts,
} from './rows'
import { unknownViewing, viewingAt } from '../times'

type Cells = Record<string, string>

/**
 * The GDPR exports (2020–2026): one CSV per database table. Files are read in this order so
 * the tables that say "watched" come before the ones that only add to them (rewatches, votes).
 */
export const gdprOrder: readonly FileKind[] = [
  'records-v2',
  'records-v1',
  'seen-episode',
  'watched-on-episode',
  'rewatched-episode',
  'episode-votes',
]

/** A cell, or the fallback column's when this one is empty (not when it is missing a value). */
const either = (cells: Cells, column: string, fallback: string): string =>
  (cells[column] ?? '') !== '' ? (cells[column] ?? '') : (cells[fallback] ?? '')

/** The column a layout needs: the usual one, unless only its older spelling is there. */
const needed = (header: ReadonlySet<string>, column: string, fallback: string): string =>
  !header.has(column) && header.has(fallback) ? fallback : column

const V2_EPISODE_COLUMNS = [
  's_id',
  's_no',
  'ep_no',
  'ep_id',
  'episode_id',
  'season_number',
  'episode_number',
]

/** What every GDPR reader shares: the titles earlier tables of this history listed. */
interface GdprState {
  out: Collected
  seen: SeenTitles
}

/**
 * An episode some other file already gave: the 2026 export (it repeats the whole history), or
 * an earlier table of this one (the same watch under two table names).
 */
function repeated(state: GdprState, facts: EpisodeFacts): boolean {
  return state.out.newer?.hasEpisode(facts) === true || state.seen.hasEpisode(facts)
}

function readRecordsV2(file: TextFile, state: GdprState, seenHere: SeenTitles | null): void {
  const header = new Set(headerColumns(file.text))
  const pruned = !V2_EPISODE_COLUMNS.some((column) => header.has(column))
  const table = readCsv(
    file,
    pruned
      ? ['key']
      : [
          'key',
          'created_at',
          's_id',
          needed(header, 's_no', 'season_number'),
          needed(header, 'ep_no', 'episode_number'),
          needed(header, 'ep_id', 'episode_id'),
        ],
  )
  for (const { line, cells } of table.rows) {
    // `user-series-…` rows are a show's state, `tracking-stats` the account's totals.
    if (!(cells.key ?? '').startsWith('watch-episode')) {
      state.out.ignored += 1
      continue
    }
    // A pruned header has no episode columns; a watched episode in it cannot be read.
    if (pruned) readCsv(file, ['s_id', 's_no', 'ep_no', 'ep_id'])
    // Real files leave episode_id / season_number / episode_number empty and fill the s_/ep_
    // columns; importers that read the former lost most of the history (trakt-web#2839).
    const facts: EpisodeFacts = {
      tvdb: tvdbId(either(cells, 'ep_id', 'episode_id')),
      showTvdb: tvdbId(cells.s_id),
      showTitle: cells.series_name || undefined,
      season: whole(either(cells, 's_no', 'season_number')),
      number: whole(either(cells, 'ep_no', 'episode_number')),
    }
    if (repeated(state, facts)) {
      state.out.ignored += 1
      continue
    }
    seenHere?.addEpisode(facts)
    state.out.rows.push(
      episodeRow(
        lineOf(file, line),
        facts,
        viewingsOf(
          // A row of a bulk mark ("season watched") is dated when the person ticked the season,
          // not when they watched it: of unknown date, or years of history land in one month.
          cells.bulk_type ? unknownViewing() : watchTime(cells.created_at),
          extraWatches(cells.rewatch_count),
        ),
      ),
    )
  }
}

/** v1 dates a watch by `watch-date-<unix seconds>`; `created_at` is when the row was written. */
function v1WatchTime(cells: Cells): PlayTime {
  const epoch = /^watch-date-(\d+)$/.exec(cells.watch_date_range_key ?? '')?.[1]
  if (epoch) {
    const value = Number(epoch)
    const ms = value < 1e11 ? value * 1000 : value
    const date = new Date(ms)
    if (value > 0 && !Number.isNaN(date.getTime())) return viewingAt(date.toISOString())
  }
  const watchDate = watchTime(cells.watch_date)
  return watchDate.precision !== 'unknown' ? watchDate : watchTime(cells.created_at)
}

function readRecordsV1(file: TextFile, state: GdprState, seenHere: SeenTitles | null): void {
  const table = readCsv(file, ['type', 'entity_type', 'created_at', 'movie_name'])
  for (const { line, cells } of table.rows) {
    // `towatch` is the watchlist; `follow` and `rewatch` rows repeat what a `watch` row says.
    if ((cells.type ?? '').toLowerCase() !== 'watch') {
      state.out.ignored += 1
      continue
    }
    const viewings = viewingsOf(v1WatchTime(cells), extraWatches(cells.rewatch_count))
    const entity = (cells.entity_type ?? '').toLowerCase()
    if (entity === 'movie') {
      const airDate = releaseDay(cells.release_date)
      const facts: FilmFacts = {
        // Movies carry no ids here: only a (localised) name and a release date.
        title: cells.movie_name ?? '',
        year: airDate ? Number(airDate.slice(0, 4)) : undefined,
        airDate,
      }
      if (state.out.newer?.hasFilm(facts)) {
        state.out.ignored += 1
        continue
      }
      state.out.rows.push(filmRow(lineOf(file, line), facts, viewings))
    } else if (entity === 'episode') {
      const facts: EpisodeFacts = {
        tvdb: tvdbId(cells.episode_id),
        showTvdb: tvdbId(cells.series_id),
        showTitle: cells.series_name || undefined,
        season: whole(cells.season_number),
        number: whole(cells.episode_number),
      }
      if (repeated(state, facts)) {
        state.out.ignored += 1
        continue
      }
      seenHere?.addEpisode(facts)
      state.out.rows.push(episodeRow(lineOf(file, line), facts, viewings))
    } else {
      state.out.ignored += 1
    }
  }
}

/** seen_episode / watched_on_episode / rewatched_episode: the 2020 layout has the TVDB id only. */
function olderFacts(cells: Cells): EpisodeFacts {
  return {
    tvdb: tvdbId(cells.episode_id),
    showTitle: cells.tv_show_name || undefined,
    season: whole(cells.episode_season_number ?? cells.season_number ?? cells.season),
    number: whole(cells.episode_number ?? cells.episode),
  }
}

function readSeenEpisodes(file: TextFile, state: GdprState, seenHere: SeenTitles | null): void {
  const table = readCsv(file, ['episode_id', 'created_at'])
  for (const { line, cells } of table.rows) {
    const facts = olderFacts(cells)
    if (repeated(state, facts)) {
      state.out.ignored += 1
      continue
    }
    seenHere?.addEpisode(facts)
    state.out.rows.push(episodeRow(lineOf(file, line), facts, [watchTime(cells.created_at)]))
  }
}

function readRewatchedEpisodes(file: TextFile, state: GdprState): void {
  const table = readCsv(file, ['episode_id', 'cpt', 'created_at'])
  for (const { line, cells } of table.rows) {
    const facts = olderFacts(cells)
    // The 2026 export's rewatch_count already counts these.
    if (state.out.newer?.hasEpisode(facts)) {
      state.out.ignored += 1
      continue
    }
    // A row here means at least one rewatch, whatever the count says.
    const extra = whole(cells.cpt) === undefined ? 1 : extraWatches(cells.cpt)
    // The first watch is seen_episode's, with its date; a rewatch of an episode no other table
    // lists still means it was watched, at the one time this table gives.
    const dated = state.seen.hasEpisode(facts) ? null : watchTime(cells.created_at)
    const viewings = viewingsOf(dated, extra)
    if (viewings.length === 0) {
      state.out.ignored += 1
      continue
    }
    state.out.rows.push(episodeRow(lineOf(file, line), facts, viewings))
  }
}

/** TV Time's five votes, by the id `vote_key` ends in, on the 1–10 scale (as trakt-web maps them). */
const ratingById: Readonly<Record<string, number>> = { 1: 2, 27: 4, 28: 6, 29: 8, 3: 10 }

function readEpisodeVotes(file: TextFile, state: GdprState): void {
  const table = readCsv(file, ['series_name', 'season_number', 'episode_number', 'vote_key'])
  for (const { line, cells } of table.rows) {
    const id = /(\d+)\s*$/.exec(cells.vote_key ?? '')?.[1]
    const rating10 = id === undefined ? undefined : ratingById[String(Number(id))]
    if (rating10 === undefined) {
      state.out.ignored += 1
      continue
    }
    const facts: EpisodeFacts = {
      tvdb: tvdbId(cells.episode_id),
      showTitle: cells.series_name || undefined,
      season: whole(cells.season_number),
      number: whole(cells.episode_number),
    }
    const row = episodeRow(lineOf(file, line), facts, [])
    row.rating10 = rating10
    const at = ratedAt(cells.updated_at) ?? ratedAt(cells.created_at)
    if (at) row.ratedAt = at
    state.out.rows.push(row)
  }
}

/** Reads the GDPR tables of one history, `files` in `gdprOrder`. */
export function readGdpr(files: readonly { file: TextFile; kind: FileKind }[], out: Collected) {
  const state: GdprState = { out, seen: new SeenTitles() }
  files.forEach(({ file, kind }, i) => {
    // Rows of one table are never duplicates of each other, only of another table's; and the
    // last table read has none after it to compare with (a large history is one table).
    const seenHere = i < files.length - 1 ? new SeenTitles() : null
    switch (kind) {
      case 'records-v2':
        readRecordsV2(file, state, seenHere)
        break
      case 'records-v1':
        readRecordsV1(file, state, seenHere)
        break
      case 'seen-episode':
      case 'watched-on-episode':
        readSeenEpisodes(file, state, seenHere)
        break
      case 'rewatched-episode':
        readRewatchedEpisodes(file, state)
        break
      case 'episode-votes':
        readEpisodeVotes(file, state)
        break
      default:
        return
    }
    if (seenHere) state.seen.addAll(seenHere)
    out.read.push(file.name)
  })
}
