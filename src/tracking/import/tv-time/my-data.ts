import { readCsv, readJson } from '../csv'
import { ImportFileError, type TextFile } from '../types'
import { isRecord, itemOf, lineOf, text, type Collected } from './collect'
import type { KindOfFile } from './files'
import {
  episodeRow,
  extraWatches,
  filmRow,
  imdbId,
  isTrue,
  tvdbId,
  viewingsOf,
  watchTime,
  whole,
  type EpisodeFacts,
  type FilmFacts,
} from './rows'

/**
 * The "export my data" tool of 2026: each file in CSV or JSON. The CSV and JSON forms hold the
 * same data, so of each pair one is read: the CSV, which alone has episode titles and rewatch
 * counts for series.
 */
type Cells = Record<string, string | undefined>

interface SeriesName {
  title?: string
  imdb?: string
}

/** Series names by TVDB id and by TV Time uuid: `tvtime-series-episodes.csv` has ids only. */
interface SeriesNames {
  byTvdb: Map<number, SeriesName>
  byUuid: Map<string, SeriesName>
}

const isJson = (file: TextFile): boolean => file.name.toLowerCase().endsWith('.json')

function list(file: TextFile, what: string): unknown[] {
  const data = readJson(file)
  if (!Array.isArray(data))
    throw new ImportFileError(file.name, `the file is not a list of ${what}.`)
  return data
}

/** A JSON `id: {tvdb, imdb}` object. */
function idsOf(value: unknown): { tvdb?: number; imdb?: string } {
  if (!isRecord(value)) return {}
  return { tvdb: tvdbId(text(value.tvdb)), imdb: imdbId(text(value.imdb)) }
}

function addName(names: SeriesNames, tvdb: number | undefined, uuid: string, name: SeriesName) {
  if (tvdb !== undefined) names.byTvdb.set(tvdb, name)
  if (uuid) names.byUuid.set(uuid, name)
}

function readSeriesNames(files: readonly TextFile[], names: SeriesNames): void {
  for (const file of files) {
    if (isJson(file)) {
      for (const item of list(file, 'series')) {
        if (!isRecord(item)) continue
        const ids = idsOf(item.id)
        addName(names, ids.tvdb, text(item.uuid), {
          title: text(item.title) || undefined,
          imdb: ids.imdb,
        })
      }
    } else {
      for (const { cells } of readCsv(file, ['tvdb_id', 'title']).rows) {
        addName(names, tvdbId(cells.tvdb_id), cells.uuid ?? '', {
          title: cells.title || undefined,
          imdb: imdbId(cells.imdb_id),
        })
      }
    }
  }
}

/** One row of `tvtime-series-episodes`, CSV or JSON, by its column names. */
function seriesEpisode(source: string, cells: Cells, names: SeriesNames, out: Collected): void {
  // Every episode of a followed show is listed; only watched ones are viewings.
  if (!isTrue(cells.is_watched)) {
    out.ignored += 1
    return
  }
  const showTvdb = tvdbId(cells.series_tvdb_id)
  const series =
    (showTvdb !== undefined ? names.byTvdb.get(showTvdb) : undefined) ??
    names.byUuid.get(cells.series_uuid ?? '')
  const facts: EpisodeFacts = {
    tvdb: tvdbId(cells.tvdb_id),
    showTvdb,
    showImdb: imdbId(cells.series_imdb_id) ?? series?.imdb,
    showTitle: series?.title,
    // TheTVDB's numbering, which TV Time follows: specials are season 0.
    season: isTrue(cells.special) ? 0 : whole(cells.season),
    number: whole(cells.episode),
    // The episode's own title; the series' name is only in tvtime-series.
    title: cells.title || undefined,
  }
  out.newer?.addEpisode(facts)
  out.rows.push(
    episodeRow(
      source,
      facts,
      viewingsOf(watchTime(cells.watched_at), extraWatches(cells.rewatch_count)),
    ),
  )
}

function readSeriesEpisodes(file: TextFile, names: SeriesNames, out: Collected): void {
  if (isJson(file)) {
    list(file, 'episodes').forEach((item, i) => {
      if (!isRecord(item)) {
        out.ignored += 1
        return
      }
      const cells: Cells = {}
      for (const [key, value] of Object.entries(item)) cells[key] = text(value)
      seriesEpisode(itemOf(file, i + 1), cells, names, out)
    })
    return
  }
  const table = readCsv(file, [
    'series_tvdb_id',
    'season',
    'episode',
    'tvdb_id',
    'is_watched',
    'watched_at',
  ])
  for (const { line, cells } of table.rows) seriesEpisode(lineOf(file, line), cells, names, out)
}

/** `tvtime-series.json` nests each series' seasons and episodes, watched or not. */
function readSeriesJsonEpisodes(file: TextFile, out: Collected): void {
  list(file, 'series').forEach((item, i) => {
    if (!isRecord(item)) return
    const source = itemOf(file, i + 1)
    const showIds = idsOf(item.id)
    const seasons = Array.isArray(item.seasons) ? (item.seasons as unknown[]) : []
    for (const season of seasons) {
      if (!isRecord(season) || !Array.isArray(season.episodes)) continue
      for (const episode of season.episodes as unknown[]) {
        if (!isRecord(episode)) continue
        if (!isTrue(text(episode.is_watched))) {
          out.ignored += 1
          continue
        }
        const ids = idsOf(episode.id)
        const facts: EpisodeFacts = {
          tvdb: ids.tvdb,
          imdb: ids.imdb,
          showTvdb: showIds.tvdb,
          showImdb: showIds.imdb,
          showTitle: text(item.title) || undefined,
          season: isTrue(text(episode.special)) ? 0 : whole(text(season.number)),
          number: whole(text(episode.number)),
          title: text(episode.title) || undefined,
        }
        out.newer?.addEpisode(facts)
        out.rows.push(
          episodeRow(
            source,
            facts,
            viewingsOf(
              watchTime(text(episode.watched_at)),
              extraWatches(text(episode.rewatch_count)),
            ),
          ),
        )
      }
    }
  })
}

function movie(source: string, cells: Cells, out: Collected): void {
  if (!isTrue(cells.is_watched)) {
    out.ignored += 1
    return
  }
  const year = whole(cells.year)
  const facts: FilmFacts = {
    title: cells.title ?? '',
    tvdb: tvdbId(cells.tvdb_id),
    imdb: imdbId(cells.imdb_id),
    year: year !== undefined && year > 0 ? year : undefined,
  }
  out.newer?.addFilm(facts)
  out.rows.push(
    filmRow(
      source,
      facts,
      viewingsOf(watchTime(cells.watched_at), extraWatches(cells.rewatch_count)),
    ),
  )
}

function readMovies(file: TextFile, out: Collected): void {
  if (isJson(file)) {
    list(file, 'movies').forEach((item, i) => {
      if (!isRecord(item)) {
        out.ignored += 1
        return
      }
      const ids = idsOf(item.id)
      movie(
        itemOf(file, i + 1),
        {
          title: text(item.title),
          tvdb_id: ids.tvdb === undefined ? '' : String(ids.tvdb),
          imdb_id: ids.imdb ?? '',
          year: text(item.year),
          is_watched: text(item.is_watched),
          watched_at: text(item.watched_at),
          rewatch_count: text(item.rewatch_count),
        },
        out,
      )
    })
    return
  }
  const table = readCsv(file, ['title', 'is_watched', 'watched_at'])
  for (const { line, cells } of table.rows) movie(lineOf(file, line), cells, out)
}

/** The CSV form when the export has it, else the JSON form. */
function oneForm<T extends { kind: KindOfFile }>(files: readonly T[]): T[] {
  const csv = files.filter((f) => !f.kind.json)
  return csv.length > 0 ? csv : [...files]
}

export function readMyData(
  files: readonly { file: TextFile; kind: KindOfFile }[],
  out: Collected,
): void {
  const of = (kind: KindOfFile['kind']) => files.filter((f) => f.kind.kind === kind)
  const series = of('series')
  const episodes = oneForm(of('series-episodes'))
  const movies = oneForm(of('movies'))

  const names: SeriesNames = { byTvdb: new Map(), byUuid: new Map() }
  readSeriesNames(
    series.map((f) => f.file),
    names,
  )
  for (const { file } of series) out.read.push(file.name)
  for (const { file } of episodes) {
    readSeriesEpisodes(file, names, out)
    out.read.push(file.name)
  }
  // tvtime-series.json is the JSON form of the episodes file too: read only when that is absent.
  if (episodes.length === 0) {
    for (const { file } of series) if (isJson(file)) readSeriesJsonEpisodes(file, out)
  }
  for (const { file } of movies) {
    readMovies(file, out)
    out.read.push(file.name)
  }
}
