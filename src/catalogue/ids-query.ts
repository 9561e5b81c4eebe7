import { queryOptions } from '@tanstack/react-query'
import { fetchCatalogueIds } from './external-ids'
import { CatalogueError } from './schema'

// A module of its own: queries.ts is on every first visit, and this pulls in the ids' schema.
/** Other services' ids: fetched only when an import needs them (5 KB that no visit loads). */
export const catalogueIdsQuery = queryOptions({
  queryKey: ['catalogue-ids'],
  queryFn: ({ signal }) => fetchCatalogueIds(signal),
  staleTime: Infinity,
  gcTime: Infinity,
  networkMode: 'offlineFirst',
  retry: (failures, error) => failures < 1 && !(error instanceof CatalogueError && error.invalid),
})
