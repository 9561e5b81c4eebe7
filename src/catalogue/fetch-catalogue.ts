import { CatalogueError, parseCatalogue, type Catalogue } from './schema'

export const CATALOGUE_URL = `${import.meta.env.BASE_URL}catalogue.json`

/**
 * The digest of the catalogue this build shipped. `npm run catalogue` validated that file with
 * the full schema, so bytes that hash the same need no second check at every start (it cost
 * 60 ms, 110–190 ms on a slow phone); anything else (a damaged or swapped file) gets the full one.
 */
export const BUILT_DIGEST = __CATALOGUE_SHA256__

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string | null> {
  // No SubtleCrypto outside secure contexts (plain http on a LAN address): then validate fully.
  if (!globalThis.crypto?.subtle) return null
  try {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
    return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')
  } catch {
    return null
  }
}

export async function fetchCatalogue(
  signal?: AbortSignal,
  trusted: string = BUILT_DIGEST,
): Promise<Catalogue> {
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
  let bytes: Uint8Array<ArrayBuffer>
  let json: unknown
  try {
    bytes = new Uint8Array(await response.arrayBuffer())
    json = JSON.parse(new TextDecoder().decode(bytes))
  } catch {
    throw new CatalogueError('The catalogue file is damaged (it is not valid JSON).', {
      invalid: true,
    })
  }
  const catalogue =
    (await sha256Hex(bytes)) === trusted ? (json as Catalogue) : parseCatalogue(json)
  // Lets `npm run bench` see when the catalogue became usable (request → checked data).
  globalThis.performance?.mark?.('captains-log:catalogue-ready')
  return catalogue
}

let early: Promise<Catalogue> | undefined

/**
 * Called by the entry chunk: the catalogue is downloaded and read while the app's code is still
 * arriving, instead of after it. The first query takes this result; later ones fetch again.
 */
export function startCatalogueRequest(): void {
  early ??= fetchCatalogue()
  // Unhandled until the query takes it; the query reports a failure itself.
  early.catch(() => undefined)
}

export function takeCatalogue(signal?: AbortSignal): Promise<Catalogue> {
  const first = early
  early = undefined
  return first ?? fetchCatalogue(signal)
}
