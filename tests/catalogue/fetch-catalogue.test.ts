import { afterEach, describe, expect, it, vi } from 'vitest'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { BUILT_DIGEST, CATALOGUE_URL, fetchCatalogue } from '@/catalogue/fetch-catalogue'
import { CatalogueError } from '@/catalogue/schema'
import { PROJECT_ROOT, readPublicCatalogue } from '../fixtures/public-catalogue'

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

  describe('trusts the build’s validation (issue 9)', () => {
    const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')
    // Valid JSON that the schema refuses (a catalogue needs a series): only the digest decides.
    const body = '{"version":"x","series":[]}'

    it('knows the digest of the catalogue this build shipped', () => {
      const shipped = readFileSync(`${PROJECT_ROOT}/public/catalogue.json`, 'utf8')
      expect(BUILT_DIGEST).toBe(sha256(shipped))
    })

    it('takes the shipped bytes as they are, without a second schema parse', async () => {
      stubFetch(() => Promise.resolve(new Response(body)))
      await expect(fetchCatalogue(undefined, sha256(body))).resolves.toEqual({
        version: 'x',
        series: [],
      })
    })

    it('validates in full any bytes that are not the shipped ones', async () => {
      stubFetch(() => Promise.resolve(new Response(body)))
      await expect(fetchCatalogue()).rejects.toThrow(/The catalogue is not valid/)
    })
  })
})
