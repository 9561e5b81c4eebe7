/**
 * Generates public/catalogue.json from the shared facts file.
 *   npm run catalogue [-- --source path/to/star-trek-catalogue.json]
 * Keeps only the fields the app shows, adds a stable id to every entry and validates the
 * result with the app's own schema, so a bad source never reaches users.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { episodeId } from '../src/catalogue/ids.ts'
import { parseCatalogue, type Catalogue } from '../src/catalogue/schema.ts'

interface SourceEpisode {
  number: number
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
interface SourceSeries {
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
  seasons: { number: number; label?: string; episodes: SourceEpisode[] }[]
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const sourceFlag = process.argv.indexOf('--source')
const sourcePath =
  sourceFlag > 0 && process.argv[sourceFlag + 1]
    ? resolve(process.argv[sourceFlag + 1] ?? '')
    : resolve(root, '../shared/data/star-trek-catalogue.json')

const source = JSON.parse(readFileSync(sourcePath, 'utf8')) as {
  version: string
  series: SourceSeries[]
}

export function transform(input: typeof source): Catalogue {
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

const catalogue = parseCatalogue(transform(source))
const out = resolve(root, 'public/catalogue.json')
writeFileSync(out, JSON.stringify(catalogue) + '\n')
const entries = catalogue.series.reduce(
  (n, s) => n + s.seasons.reduce((m, season) => m + season.episodes.length, 0),
  0,
)
console.log(
  `catalogue ${catalogue.version}: ${catalogue.series.length} collections, ${entries} entries -> ${out}`,
)
