import { formatPath } from '@/lib/format-path'
import { int, v, validate } from '@/lib/schema'
import { CatalogueError } from './schema'

/**
 * Other services' ids for the catalogue's series and entries (IMDb, TMDB, TVDB, Trakt), from
 * the project's source facts: what importing another tracker's export matches by first
 * (issue 10). A file of its own, `public/catalogue-ids.json`, generated with the catalogue:
 * only an import needs it, so the catalogue every visit loads stays as small as it was.
 */
const positive = () => v.pipe(int(), v.minValue(1))

export const externalIdsSchema = v.object({
  imdb: v.optional(
    v.pipe(v.string(), v.regex(/^tt\d{7,9}$/, 'an IMDb id is tt and 7 to 9 digits')),
  ),
  tmdb: v.optional(positive()),
  tvdb: v.optional(positive()),
  trakt: v.optional(positive()),
  traktSlug: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'a Trakt slug'))),
})

export const catalogueIdsSchema = v.object({
  /** The catalogue version these ids were made with. */
  version: v.pipe(v.string(), v.minLength(1)),
  /** By catalogue id: a series (`tng`) or an entry (`tng-s01e01`, `films-01`). */
  ids: v.record(v.string(), externalIdsSchema),
})

export type ExternalIds = v.InferOutput<typeof externalIdsSchema>
export type CatalogueIds = v.InferOutput<typeof catalogueIdsSchema>

export function parseCatalogueIds(input: unknown): CatalogueIds {
  const result = validate(catalogueIdsSchema, input)
  if (result.success) return result.data
  const issue = result.issues[0]
  throw new CatalogueError(
    `The catalogue’s ids are not valid (${issue ? `${formatPath(issue.path) || '(root)'}: ${issue.message}` : 'invalid'}).`,
    { invalid: true },
  )
}
