import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCatalogueIds } from '@/catalogue/external-ids'
import { parseCatalogue } from '@/catalogue/schema'
import { indexCatalogue } from '@/catalogue/select'
import { PUBLIC_IDS_PATH, readPublicCatalogue } from '../fixtures/public-catalogue'

const shipped = parseCatalogueIds(JSON.parse(readFileSync(PUBLIC_IDS_PATH, 'utf8')))
const index = indexCatalogue(parseCatalogue(readPublicCatalogue()))

describe('the catalogue’s ids on other services (issue 10, for imports)', () => {
  it('are for this catalogue version, and every key is a series or entry of it', () => {
    expect(shipped.version).toBe(index.catalogue.version)
    const unknown = Object.keys(shipped.ids).filter(
      (id) => !index.seriesById.has(id) && !index.episodes.has(id),
    )
    expect(unknown).toEqual([])
    expect(Object.keys(shipped.ids).length).toBeGreaterThan(700)
  })

  it('hold the facts importers match by', () => {
    expect(shipped.ids.tng).toMatchObject({ imdb: 'tt0092455', tvdb: 71470 })
    expect(shipped.ids['films-01']).toEqual({
      imdb: 'tt0079945',
      tmdb: 152,
      trakt: 117,
      traktSlug: 'star-trek-the-motion-picture-1979',
    })
    expect(shipped.ids['tas-s01e01']).toEqual({ imdb: 'tt0827626' })
  })

  it('refuse a file that is not, naming the field', () => {
    expect(() => parseCatalogueIds({ version: 'x', ids: { tng: { imdb: 'tt12' } } })).toThrow(
      'The catalogue’s ids are not valid (ids.tng.imdb: an IMDb id is tt and 7 to 9 digits).',
    )
    expect(() => parseCatalogueIds({ version: 'x', ids: { tng: { tvdb: -1 } } })).toThrow(
      /ids\.tng\.tvdb/,
    )
  })
})
