import { describe, expect, it } from 'vitest'
import { parseCatalogue } from '@/catalogue/schema'
import { indexCatalogue } from '@/catalogue/select'
import {
  playTimeFor,
  rememberedChoice,
  seasonsPhrase,
  whenPhrase,
  type WhenChoice,
} from '@/tracking/bulk-when'
import { readPublicCatalogue } from '../fixtures/public-catalogue'

const index = indexCatalogue(parseCatalogue(readPublicCatalogue()))
const at = new Date('2026-12-04T10:00:00.000Z')
const choice = (when: WhenChoice['when'], day = '2021-05-03'): WhenChoice => ({ when, day })

describe('a bulk mark’s "When?"', () => {
  it('gives each episode its play: now, on its air date, on the day, or undated', () => {
    expect(playTimeFor(choice('now'), at, '1987-09-28')).toEqual({
      precision: 'exact',
      watchedAt: '2026-12-04T10:00:00.000Z',
    })
    expect(playTimeFor(choice('release'), at, '1987-09-28')).toEqual({
      precision: 'release',
      watchedAt: '1987-09-28',
    })
    // No air date known: still "at release", placed in no year.
    expect(playTimeFor(choice('release'), at, null)).toEqual({
      precision: 'release',
      watchedAt: null,
    })
    expect(playTimeFor(choice('date'), at, '1987-09-28')).toEqual({
      precision: 'date',
      watchedAt: '2021-05-03',
    })
    expect(playTimeFor(choice('unknown'), at, '1987-09-28')).toEqual({
      precision: 'unknown',
      watchedAt: null,
    })
  })

  it('says when in the confirmation', () => {
    expect(whenPhrase(choice('now'))).toBe('')
    expect(whenPhrase(choice('release'))).toBe(', each on its air date')
    expect(whenPhrase(choice('date'))).toBe(', on 3 May 2021')
    expect(whenPhrase(choice('unknown'))).toBe(', date not known')
  })

  it('reads a remembered answer only if it is one', () => {
    expect(rememberedChoice({ when: 'release', day: '2021-05-03' })).toEqual(choice('release'))
    expect(rememberedChoice(null)).toBeNull()
    expect(rememberedChoice({ when: 'later', day: '2021-05-03' })).toBeNull()
    expect(rememberedChoice({ when: 'date' })).toBeNull()
    expect(rememberedChoice('now')).toBeNull()
  })
})

describe('seasonsPhrase', () => {
  const ids = (series: string, seasons: number[]) =>
    seasons.map((s) => `${series}-s${String(s).padStart(2, '0')}e01`)

  it('names the seasons as a fan says them', () => {
    expect(seasonsPhrase(index, ids('tng', [2]))).toBe('season 2')
    expect(seasonsPhrase(index, ids('tng', [1, 2]))).toBe('seasons 1 and 2')
    expect(seasonsPhrase(index, ids('tng', [1, 2, 3, 4]))).toBe('seasons 1–4')
    expect(seasonsPhrase(index, ids('tng', [5, 1, 2, 3]))).toBe('seasons 1–3 and 5')
    expect(seasonsPhrase(index, ids('tng', [1, 3, 5]))).toBe('seasons 1, 3 and 5')
  })

  it('names labelled seasons and collections by their label', () => {
    const pilot = index.orderBySeries.get('tos')?.[0] ?? ''
    expect(index.episodes.get(pilot)?.season.number).toBe(0)
    expect(seasonsPhrase(index, [pilot, ...ids('tos', [1])])).toBe('pilot and season 1')
    expect(seasonsPhrase(index, ['films-01', 'films-02'])).toBe('films')
    expect(seasonsPhrase(index, ['no-such-id'])).toBe('')
  })
})
