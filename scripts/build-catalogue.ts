/**
 * Generates public/catalogue.json and public/catalogue-ids.json from the project's copy of the
 * source facts (data/).
 *   npm run catalogue [-- --source star-trek-catalogue.json] [--out catalogue.json] [--ids-out ids.json]
 * Keeps only the fields the app shows, adds a stable id to every entry and validates the
 * result with the app's own schema, so a bad source never reaches users. The other services'
 * ids go to a file of their own, read only by imports (src/catalogue/external-ids.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { episodeId } from '../src/catalogue/ids.ts'
import { parseCatalogueIds, type CatalogueIds } from '../src/catalogue/external-ids.ts'
import { parseCatalogue, type Catalogue } from '../src/catalogue/schema.ts'

/** As the source has them; tvmaze is not kept (no export we read carries it). */
interface SourceIds {
  imdb?: string | null
  tmdb?: number | null
  tvdb?: number | null
  trakt?: number | null
  traktSlug?: string | null
  tvmaze?: number | null
}

interface SourceEpisode {
  number: number
  ids?: SourceIds
  title: string
  airDate: string | null
  runtimeMinutes: number | null
  productionCode: string | null
  stardate: string | null
  partOf?: string
  part?: number
  type?: string
  group?: string
}
export interface SourceSeries {
  id: string
  title: string
  abbreviation: string
  kind: 'series' | 'film' | 'documentary'
  startYear: number
  endYear: number | null
  network: string
  country: string
  language: string
  creators: string[]
  episodeCount: number
  ids?: SourceIds
  seasons: { number: number; label?: string; episodes: SourceEpisode[] }[]
}

export interface SourceCatalogue {
  version: string
  series: SourceSeries[]
}

export function transform(input: SourceCatalogue): Catalogue {
  return {
    version: input.version,
    series: input.series.map((s) => ({
      id: s.id,
      title: s.title,
      abbreviation: s.abbreviation,
      kind: s.kind,
      startYear: s.startYear,
      endYear: s.endYear,
      network: s.network,
      country: s.country,
      language: s.language,
      creators: s.creators,
      episodeCount: s.episodeCount,
      seasons: s.seasons.map((season) => ({
        number: season.number,
        ...(season.label ? { label: season.label } : {}),
        episodes: season.episodes.map((e) => ({
          id: episodeId(s.id, s.kind, season.number, e.number),
          number: e.number,
          title: e.title,
          airDate: e.airDate,
          runtimeMinutes: e.runtimeMinutes,
          productionCode: e.productionCode,
          stardate: e.stardate,
          ...(e.partOf ? { partOf: e.partOf, part: e.part } : {}),
          ...(e.type ? { type: e.type } : {}),
          ...(e.group ? { group: e.group } : {}),
        })),
      })),
    })),
  }
}

function keptIds(ids: SourceIds | undefined): CatalogueIds['ids'][string] | undefined {
  const kept = Object.fromEntries(
    (['imdb', 'tmdb', 'tvdb', 'trakt', 'traktSlug'] as const).flatMap((key) =>
      ids?.[key] === undefined || ids[key] === null ? [] : [[key, ids[key]]],
    ),
  )
  return Object.keys(kept).length > 0 ? kept : undefined
}

/** Every series' and entry's ids on other services, by catalogue id (those with none left out). */
export function externalIds(input: SourceCatalogue): CatalogueIds {
  const ids: CatalogueIds['ids'] = {}
  for (const s of input.series) {
    const own = keptIds(s.ids)
    if (own) ids[s.id] = own
    for (const season of s.seasons) {
      for (const e of season.episodes) {
        const entry = keptIds(e.ids)
        if (entry) ids[episodeId(s.id, s.kind, season.number, e.number)] = entry
      }
    }
  }
  return { version: input.version, ids }
}

const scriptPath = fileURLToPath(import.meta.url)
const root = resolve(dirname(scriptPath), '..')
export const DEFAULT_SOURCE = resolve(root, 'data/star-trek-catalogue.json')

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(name)
  return at > 0 ? process.argv[at + 1] : undefined
}

function main(): void {
  const sourcePath = resolve(flag('--source') ?? DEFAULT_SOURCE)
  const out = resolve(flag('--out') ?? resolve(root, 'public/catalogue.json'))
  const idsOut = resolve(flag('--ids-out') ?? resolve(dirname(out), 'catalogue-ids.json'))
  const source = JSON.parse(readFileSync(sourcePath, 'utf8')) as SourceCatalogue
  const catalogue = parseCatalogue(transform(source))
  const ids = parseCatalogueIds(externalIds(source))
  writeFileSync(out, JSON.stringify(catalogue) + '\n')
  writeFileSync(idsOut, JSON.stringify(ids) + '\n')
  const entries = catalogue.series.reduce(
    (n, s) => n + s.seasons.reduce((m, season) => m + season.episodes.length, 0),
    0,
  )
  console.log(
    `catalogue ${catalogue.version}: ${catalogue.series.length} collections, ${entries} entries -> ${out}`,
  )
  console.log(`ids of ${Object.keys(ids.ids).length} series and entries -> ${idsOut}`)
}

// Run only when executed (`npm run catalogue`), so tests can import `transform` without writing.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === scriptPath) main()
