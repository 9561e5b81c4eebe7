import { queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { takeCatalogue } from './fetch-catalogue'
import { CatalogueError } from './schema'
import { indexCatalogue } from './select'

/**
 * The catalogue is static per deployment: never stale while the app is open, and served from
 * the service worker cache when offline (`offlineFirst` tries the request even without a
 * network, so the worker gets the chance to answer it).
 */
export const catalogueQuery = queryOptions({
  queryKey: ['catalogue'],
  queryFn: ({ signal }) => takeCatalogue(signal),
  staleTime: Infinity,
  gcTime: Infinity,
  networkMode: 'offlineFirst',
  // A download can fail for a moment; a catalogue that fails validation will not get better.
  retry: (failures, error) => failures < 1 && !(error instanceof CatalogueError && error.invalid),
})

export function useCatalogueIndex() {
  return useQuery({ ...catalogueQuery, select: indexCatalogue })
}

/** For screens inside the catalogue gate: suspends while loading, throws to the gate on error. */
export function useCatalogue() {
  return useSuspenseQuery({ ...catalogueQuery, select: indexCatalogue }).data
}
