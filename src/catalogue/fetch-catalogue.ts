import { CatalogueError, parseCatalogue, type Catalogue } from './schema'

export const CATALOGUE_URL = `${import.meta.env.BASE_URL}catalogue.json`

export async function fetchCatalogue(signal?: AbortSignal): Promise<Catalogue> {
  let response: Response
  try {
    response = await fetch(CATALOGUE_URL, { signal })
  } catch {
    throw new CatalogueError(
      'The catalogue could not be downloaded. Check your connection and try again.',
    )
  }
  if (!response.ok) {
    throw new CatalogueError(`The catalogue could not be downloaded (HTTP ${response.status}).`)
  }
  let json: unknown
  try {
    json = await response.json()
  } catch {
    throw new CatalogueError('The catalogue file is damaged (it is not valid JSON).', {
      invalid: true,
    })
  }
  return parseCatalogue(json)
}
