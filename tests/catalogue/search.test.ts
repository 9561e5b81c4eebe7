import { describe, expect, it } from 'vitest'
import { searchCatalogue } from '@/catalogue/search'
import { indexCatalogue } from '@/catalogue/select'
import { parseCatalogue } from '@/catalogue/schema'
import { readPublicCatalogue } from '../fixtures/public-catalogue'

const index = indexCatalogue(parseCatalogue(readPublicCatalogue()))
const ids = (query: string) => searchCatalogue(index, query).map((e) => e.episode.id)

describe('searchCatalogue', () => {
  it('finds an episode by series abbreviation and season x episode', () => {
    expect(ids('tng 3x26')).toEqual(['tng-s03e26'])
    expect(ids('TNG 3X26')).toEqual(['tng-s03e26'])
  })

  it('finds by SxxEyy code across every series, or in one series with its abbreviation', () => {
    expect(ids('S02E01')).toContain('pic-s02e01')
    expect(ids('S02E01')).toContain('tos-s02e01')
    expect(ids('pic s2e1')).toEqual(['pic-s02e01'])
  })

  it('finds by stardate', () => {
    expect(ids('41153.7')).toEqual(['tng-s01e01', 'tng-s01e02'])
  })

  it('finds by words of the title, ignoring case and accents, best match first', () => {
    expect(ids('the star gazer')[0]).toBe('pic-s02e01')
    expect(ids('best of both')).toEqual(['tng-s03e26', 'tng-s04e01'])
    expect(ids('ds9 emissary')).toEqual(['ds9-s01e01', 'ds9-s01e02'])
  })

  it('finds films', () => {
    expect(ids('wrath of khan')).toEqual(['films-02'])
  })

  it('returns nothing for an empty query or an unknown series code', () => {
    expect(ids('   ')).toEqual([])
    expect(ids('xyz 1x1')).toEqual([])
  })
})
