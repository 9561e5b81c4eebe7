import { describe, expect, it } from 'vitest'
import { episodeId, seasonId } from '@/catalogue/ids'
import { parseCatalogue } from '@/catalogue/schema'
import { allEntries, readPublicCatalogue } from '../fixtures/public-catalogue'

const pad = (n: number) => String(n).padStart(2, '0')

describe('catalogue ids', () => {
  it('names a series episode <series>-s<SS>e<EE>', () => {
    expect(episodeId('pic', 'series', 2, 1)).toBe('pic-s02e01')
    expect(episodeId('tng', 'series', 7, 26)).toBe('tng-s07e26')
  })

  it('puts the TOS pilot in season 00', () => {
    expect(episodeId('tos', 'series', 0, 1)).toBe('tos-s00e01')
  })

  it('names a film or documentary <collection>-<NN>, without a season', () => {
    expect(episodeId('films', 'film', 1, 1)).toBe('films-01')
    expect(episodeId('docs', 'documentary', 1, 19)).toBe('docs-19')
  })

  it('names a season <series>-s<SS>', () => {
    expect(seasonId('pic', 2)).toBe('pic-s02')
    expect(seasonId('tos', 0)).toBe('tos-s00')
  })
})

describe('ids in the shipped catalogue', () => {
  const entries = allEntries(parseCatalogue(readPublicCatalogue()))

  it('are unique', () => {
    const ids = entries.map((e) => e.episode.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('follow the scheme for their series, season and number', () => {
    const wrong = entries.filter(({ series, season, episode }) => {
      const expected =
        series.kind === 'series'
          ? `${series.id}-s${pad(season.number)}e${pad(episode.number)}`
          : `${series.id}-${pad(episode.number)}`
      return episode.id !== expected
    })
    expect(wrong.map((e) => e.episode.id)).toEqual([])
  })

  it('point at the same episodes as always (records are keyed by them)', () => {
    const titleOf = (id: string) => entries.find((e) => e.episode.id === id)?.episode.title
    expect(titleOf('pic-s02e01')).toBe('The Star Gazer')
    expect(titleOf('tos-s00e01')).toBe('The Cage')
    expect(titleOf('tng-s01e01')).toBe('Encounter at Farpoint (Part 1)')
    expect(titleOf('films-01')).toBe('Star Trek: The Motion Picture')
    expect(titleOf('docs-19')).toBe('You Can Call Me Bill')
  })
})
