import { describe, expect, it } from 'vitest'
import { parseCatalogue } from '@/catalogue/schema'
import {
  episodeCode,
  findSeason,
  indexCatalogue,
  neighbours,
  otherPart,
  seasonTitle,
  seriesYears,
  type CatalogueIndex,
} from '@/catalogue/select'
import { miniCatalogue } from '../fixtures/mini-catalogue'
import { readPublicCatalogue } from '../fixtures/public-catalogue'

const catalogue = parseCatalogue(readPublicCatalogue())
const index: CatalogueIndex = indexCatalogue(catalogue)

function entry(id: string) {
  const found = index.episodes.get(id)
  if (!found) throw new Error(`no entry ${id}`)
  return found
}
function series(id: string) {
  const found = index.seriesById.get(id)
  if (!found) throw new Error(`no series ${id}`)
  return found
}

describe('indexCatalogue', () => {
  it('finds every entry and every series by id', () => {
    expect(index.episodes.size).toBe(1009)
    expect([...index.seriesById.keys()]).toHaveLength(16)
    expect(series('pic').title).toBe('Star Trek: Picard')
  })

  it('places an entry in its series and season', () => {
    const starGazer = entry('pic-s02e01')
    expect(starGazer.episode.title).toBe('The Star Gazer')
    expect(starGazer.series.id).toBe('pic')
    expect(starGazer.season.number).toBe(2)
    expect(starGazer.index).toBe(10)
  })

  it('orders a series in viewing order, the season 0 pilot first', () => {
    const tos = index.orderBySeries.get('tos') ?? []
    expect(tos.slice(0, 3)).toEqual(['tos-s00e01', 'tos-s01e01', 'tos-s01e02'])
    expect(tos).toHaveLength(80)
  })

  it('finds every season by its id (`pic-s02`), with its series: seasons hold records too', () => {
    const found = index.seasonsById.get('pic-s02')
    expect(found?.series).toBe(series('pic'))
    expect(found?.season.number).toBe(2)
    expect(found?.season.episodes[0]?.id).toBe('pic-s02e01')
    expect(index.seasonsById.get('tos-s00')?.season.number).toBe(0)
    expect(index.seasonsById.has('pic-s09')).toBe(false)
    expect(index.seasonsById.has('pic-s02e01')).toBe(false)
    const seasons = catalogue.series.reduce((n, s) => n + s.seasons.length, 0)
    expect(index.seasonsById.size).toBe(seasons)
  })

  it('builds the index once per catalogue', () => {
    expect(indexCatalogue(catalogue)).toBe(index)
  })
})

describe('neighbours', () => {
  it('gives the previous and next episode within a season', () => {
    const { previous, next } = neighbours(index, 'pic-s02e02')
    expect(previous?.episode.id).toBe('pic-s02e01')
    expect(next?.episode.id).toBe('pic-s02e03')
  })

  it('crosses season boundaries in both directions', () => {
    expect(neighbours(index, 'tng-s01e26').next?.episode.id).toBe('tng-s02e01')
    expect(neighbours(index, 'tng-s02e01').previous?.episode.id).toBe('tng-s01e26')
    expect(neighbours(index, 'tos-s00e01').next?.episode.id).toBe('tos-s01e01')
  })

  it('has nothing before the first or after the last episode of a series', () => {
    expect(neighbours(index, 'tos-s00e01').previous).toBeUndefined()
    expect(neighbours(index, 'tng-s07e26').next).toBeUndefined()
    // TAS follows TOS in the catalogue, but a series never runs into another.
    expect(neighbours(index, 'tas-s01e01').previous).toBeUndefined()
    expect(neighbours(index, 'films-14').next).toBeUndefined()
  })

  it('has nothing for an id the catalogue does not know', () => {
    expect(neighbours(index, 'xyz-s01e01')).toEqual({ previous: undefined, next: undefined })
  })
})

describe('otherPart', () => {
  it('pairs the two halves of "Encounter at Farpoint" with each other', () => {
    expect(otherPart(index, 'tng-s01e01')?.episode.id).toBe('tng-s01e02')
    expect(otherPart(index, 'tng-s01e02')?.episode.id).toBe('tng-s01e01')
  })

  it('has no other part for a normal episode, even next to a two-parter', () => {
    expect(otherPart(index, 'tng-s01e03')).toBeUndefined()
    expect(otherPart(index, 'pic-s02e01')).toBeUndefined()
  })

  it('pairs the halves of a finale, not the episode before them', () => {
    expect(otherPart(index, 'ds9-s07e25')?.episode.id).toBe('ds9-s07e26')
    expect(otherPart(index, 'ds9-s07e24')).toBeUndefined()
  })

  it('does not pair halves of two different stories that happen to be adjacent', () => {
    const mini = indexCatalogue(miniCatalogue)
    expect(otherPart(mini, 'bbb-s01e01')).toBeUndefined()
    expect(otherPart(mini, 'bbb-s01e02')).toBeUndefined()
  })
})

describe('episodeCode', () => {
  it('writes a series episode as SxxExx', () => {
    expect(episodeCode(entry('pic-s02e01'))).toBe('S02E01')
    expect(episodeCode(entry('tos-s00e01'))).toBe('S00E01')
  })

  it('writes films and documentaries by their number', () => {
    expect(episodeCode(entry('films-01'))).toBe('Film 1')
    expect(episodeCode(entry('docs-19'))).toBe('No. 19')
  })
})

describe('seasonTitle', () => {
  it('uses a season label when there is one, else "Season N"', () => {
    const tos = series('tos')
    expect(seasonTitle(tos, findSeason(tos, 0)!)).toBe('Pilot')
    expect(seasonTitle(tos, findSeason(tos, 3)!)).toBe('Season 3')
  })

  it('calls the single season of a collection by what it holds', () => {
    const films = series('films')
    const docs = series('docs')
    expect(seasonTitle(films, films.seasons[0]!)).toBe('Films')
    expect(seasonTitle(docs, docs.seasons[0]!)).toBe('Documentaries')
  })
})

describe('seriesYears', () => {
  it('shows a finished run as a range', () => {
    expect(seriesYears(series('tos'))).toBe('1966–1969')
  })

  it('shows a running series as "present"', () => {
    expect(seriesYears(series('snw'))).toBe('2022–present')
  })

  it('shows a single-year run as one year', () => {
    expect(seriesYears(series('vst'))).toBe('2023')
  })
})
