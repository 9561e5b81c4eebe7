import { afterEach, describe, expect, it, vi } from 'vitest'
import { CATALOGUE_URL, fetchCatalogue } from '@/catalogue/fetch-catalogue'
import { CatalogueError } from '@/catalogue/schema'
import { readPublicCatalogue } from '../fixtures/public-catalogue'

function stubFetch(respond: () => Promise<Response>) {
  const fetchMock = vi.fn<typeof fetch>(respond)
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('fetchCatalogue', () => {
  it('downloads catalogue.json and returns the validated catalogue', async () => {
    const fetchMock = stubFetch(() => Promise.resolve(Response.json(readPublicCatalogue())))
    const controller = new AbortController()
    const catalogue = await fetchCatalogue(controller.signal)
    expect(catalogue.series).toHaveLength(16)
    expect(CATALOGUE_URL).toMatch(/catalogue\.json$/)
    expect(fetchMock).toHaveBeenCalledWith(CATALOGUE_URL, { signal: controller.signal })
  })

  it('turns a network failure into a message about the connection', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')))
    const error = fetchCatalogue()
    await expect(error).rejects.toBeInstanceOf(CatalogueError)
    await expect(error).rejects.toThrow(
      'The catalogue could not be downloaded. Check your connection and try again.',
    )
  })

  it('turns an HTTP error into a message with the status', async () => {
    stubFetch(() => Promise.resolve(new Response('Not found', { status: 404 })))
    const error = fetchCatalogue()
    await expect(error).rejects.toBeInstanceOf(CatalogueError)
    await expect(error).rejects.toThrow('The catalogue could not be downloaded (HTTP 404).')
  })

  it('turns a body that is not JSON into a "damaged" message', async () => {
    stubFetch(() => Promise.resolve(new Response('<!doctype html><title>Oops</title>')))
    const error = fetchCatalogue()
    await expect(error).rejects.toBeInstanceOf(CatalogueError)
    await expect(error).rejects.toThrow('The catalogue file is damaged (it is not valid JSON).')
  })

  it('turns JSON that fails the schema into a message naming the field', async () => {
    const raw = readPublicCatalogue() as { series: { title?: string }[] }
    delete raw.series[3]!.title
    stubFetch(() => Promise.resolve(Response.json(raw)))
    const error = fetchCatalogue()
    await expect(error).rejects.toBeInstanceOf(CatalogueError)
    await expect(error).rejects.toThrow(/The catalogue is not valid \(series.3.*title/)
  })
})
