import { queryOptions } from '@tanstack/react-query'
import { parseCatalogueIds, type CatalogueIds } from './external-ids'
import { CatalogueError } from './schema'

// A module of its own: queries.ts is on every first visit, and this pulls in the ids' schema;
// and apart from external-ids.ts, which the catalogue script imports in Node (no import.meta.env).
export const CATALOGUE_IDS_URL = `${import.meta.env.BASE_URL}catalogue-ids.json`

export async function fetchCatalogueIds(signal?: AbortSignal): Promise<CatalogueIds> {
  let response: Response
  try {
    response = await fetch(CATALOGUE_IDS_URL, { signal })
  } catch {
    throw new CatalogueError(
      'The catalogue’s ids could not be downloaded. Check your connection and try again.',
    )
  }
  if (!response.ok) {
    throw new CatalogueError(
      `The catalogue’s ids could not be downloaded (HTTP ${response.status}).`,
    )
  }
  let json: unknown
  try {
    json = await response.json()
  } catch {
    throw new CatalogueError('The catalogue’s ids are damaged (not valid JSON).', { invalid: true })
  }
  return parseCatalogueIds(json)
}

/** Other services' ids: fetched only when an import needs them (5 KB that no visit loads). */
export const catalogueIdsQuery = queryOptions({
  queryKey: ['catalogue-ids'],
  queryFn: ({ signal }) => fetchCatalogueIds(signal),
  staleTime: Infinity,
  gcTime: Infinity,
  networkMode: 'offlineFirst',
  retry: (failures, error) => failures < 1 && !(error instanceof CatalogueError && error.invalid),
})
