import { describe, expect, it } from 'vitest'
import { CatalogueError, parseCatalogue } from '@/catalogue/schema'
import { allEntries, readPublicCatalogue } from '../fixtures/public-catalogue'

/** The shipped catalogue as a mutable plain object, to damage one field at a time. */
interface RawCatalogue {
  version?: unknown
  series: {
    id: string
    seasons: { episodes: Record<string, unknown>[] }[]
  }[]
}
const rawCatalogue = () => readPublicCatalogue() as RawCatalogue

function parseError(input: unknown): CatalogueError {
  try {
    parseCatalogue(input)
  } catch (error) {
    if (error instanceof CatalogueError) return error
    throw error
  }
  throw new Error('parseCatalogue accepted invalid input')
}

describe('parseCatalogue', () => {
  it('accepts the shipped catalogue: 16 collections, 1009 entries', () => {
    const catalogue = parseCatalogue(readPublicCatalogue())
    expect(catalogue.series).toHaveLength(16)
    expect(allEntries(catalogue)).toHaveLength(1009)
  })

  it('keeps the facts of the seed example, PIC season 2 episode 1', () => {
    const catalogue = parseCatalogue(readPublicCatalogue())
    const pic = catalogue.series.find((s) => s.id === 'pic')
    const episode = pic?.seasons.find((s) => s.number === 2)?.episodes[0]
    expect(episode).toMatchObject({
      id: 'pic-s02e01',
      number: 1,
      title: 'The Star Gazer',
      airDate: '2022-03-03',
      runtimeMinutes: 46,
    })
    expect(pic?.creators).toEqual([
      'Kirsten Beyer',
      'Akiva Goldsman',
      'Michael Chabon',
      'Alex Kurtzman',
    ])
  })

  it('rejects an entry without a title, naming the field and where it is', () => {
    const raw = rawCatalogue()
    delete raw.series[0]!.seasons[1]!.episodes[2]!.title
    const error = parseError(raw)
    expect(error.name).toBe('CatalogueError')
    expect(error.message).toMatch(/^The catalogue is not valid \(/)
    expect(error.message).toMatch(/series.0.*seasons.1.*episodes.2.*title/)
  })

  it('rejects an air date that is not yyyy-mm-dd, naming the field', () => {
    const raw = rawCatalogue()
    raw.series[1]!.seasons[0]!.episodes[0]!.airDate = '8 September 1973'
    const error = parseError(raw)
    expect(error.message).toMatch(/airDate/)
    expect(error.message).toMatch(/not a valid yyyy-mm-dd date/)
  })

  it('rejects an air date that does not exist on the calendar', () => {
    const raw = rawCatalogue()
    raw.series[8]!.seasons[1]!.episodes[0]!.airDate = '2023-02-30'
    expect(parseError(raw).message).toMatch(
      /series.8.*seasons.1.*episodes.0.*airDate: not a valid yyyy-mm-dd date/,
    )
  })

  it('accepts an unknown air date (null)', () => {
    const raw = rawCatalogue()
    raw.series[8]!.seasons[1]!.episodes[0]!.airDate = null
    expect(() => parseCatalogue(raw)).not.toThrow()
  })

  it('rejects a duplicate id, naming the id', () => {
    const raw = rawCatalogue()
    const episodes = raw.series[2]!.seasons[0]!.episodes
    episodes[1]!.id = episodes[0]!.id
    expect(parseError(raw).message).toBe('The catalogue is not valid (duplicate id tng-s01e01).')
  })

  it('rejects a duplicate id across two series', () => {
    const raw = rawCatalogue()
    raw.series[1]!.seasons[0]!.episodes[0]!.id = 'pic-s02e01'
    expect(parseError(raw).message).toMatch(/duplicate id pic-s02e01/)
  })

  it('rejects a series id that is not lower-case letters and digits', () => {
    const raw = rawCatalogue()
    raw.series[0]!.id = 'TOS'
    expect(parseError(raw).message).toMatch(/series.0.*id: ids are lower-case letters and digits/)
  })

  it('rejects something that is not a catalogue at all', () => {
    expect(parseError(null).message).toMatch(/\(root\)/)
    expect(parseError({ version: '1', series: [] }).message).toMatch(/series/)
    expect(parseError('<!doctype html>')).toBeInstanceOf(CatalogueError)
  })
})
