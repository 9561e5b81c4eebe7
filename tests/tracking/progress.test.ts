import { describe, expect, it } from 'vitest'
import { indexCatalogue } from '@/catalogue/select'
import { emptyRecord } from '@/tracking/model'
import {
  continueWatching,
  episodesProgress,
  progressPercent,
  seriesProgress,
  unknownRecordIds,
} from '@/tracking/progress'
import { miniCatalogue } from '../fixtures/mini-catalogue'
import { byId, watched } from '../fixtures/watch-records'

const index = indexCatalogue(miniCatalogue)
const aaa = index.seriesById.get('aaa')!

describe('seriesProgress', () => {
  it('counts watched episodes of the numbered seasons', () => {
    const records = byId([watched('aaa-s01e01'), watched('aaa-s02e02')])
    expect(seriesProgress(aaa.seasons, records)).toEqual({ watched: 2, total: 5 })
  })

  it('leaves the season 0 pilot out of both counts', () => {
    const records = byId([watched('aaa-s00e01')])
    expect(seriesProgress(aaa.seasons, records)).toEqual({ watched: 0, total: 5 })
  })

  it('does not count records that are not watched (rated only, or tombstones)', () => {
    const records = byId([{ ...emptyRecord('aaa-s01e01'), rating10: 8 }, emptyRecord('aaa-s01e02')])
    expect(seriesProgress(aaa.seasons, records).watched).toBe(0)
  })
})

describe('episodesProgress and progressPercent', () => {
  it('counts a list of episodes', () => {
    const season1 = aaa.seasons[1]!.episodes
    expect(episodesProgress(season1, byId([watched('aaa-s01e03')]))).toEqual({
      watched: 1,
      total: 3,
    })
  })

  it('rounds to a whole percent and is 0 for nothing to watch', () => {
    expect(progressPercent({ watched: 1, total: 3 })).toBe(33)
    expect(progressPercent({ watched: 2, total: 3 })).toBe(67)
    expect(progressPercent({ watched: 0, total: 0 })).toBe(0)
  })
})

describe('continueWatching', () => {
  const next = (...records: Parameters<typeof byId>[0]) =>
    continueWatching(index, byId(records))?.episode.id

  it('suggests nothing before anything is watched', () => {
    expect(next()).toBeUndefined()
  })

  it('picks the series marked most recently', () => {
    expect(next(watched('aaa-s01e01', 10), watched('bbb-s01e01', 20))).toBe('bbb-s01e02')
    expect(next(watched('aaa-s01e01', 20), watched('bbb-s01e01', 10))).toBe('aaa-s01e02')
  })

  it('suggests the next unwatched episode after the one marked last, not the first gap', () => {
    // A1 and A3 watched, A3 last: the gap at A2 is skipped, A4 (next season) comes next.
    expect(next(watched('aaa-s01e01', 10), watched('aaa-s01e03', 20))).toBe('aaa-s02e01')
  })

  it('skips episodes already watched after the last one marked', () => {
    expect(
      next(watched('aaa-s02e01', 10), watched('aaa-s01e03', 20), watched('aaa-s00e01', 5)),
    ).toBe('aaa-s02e02')
  })

  it('wraps to the first unwatched episode when the last one marked ends the series', () => {
    expect(
      next(watched('aaa-s00e01', 1), watched('aaa-s01e01', 2), watched('aaa-s02e02', 30)),
    ).toBe('aaa-s01e02')
  })

  it('skips a completed series and goes to the next most recent one', () => {
    const bbbDone = [watched('bbb-s01e01', 40), watched('bbb-s01e02', 50)]
    expect(next(watched('aaa-s01e01', 10), ...bbbDone)).toBe('aaa-s01e02')
    expect(next(...bbbDone)).toBeUndefined()
  })

  it('is not steered by unwatched records or ids the catalogue does not know', () => {
    expect(
      next(
        watched('aaa-s01e01', 10),
        { ...emptyRecord('bbb-s01e01'), rating10: 6, updatedAt: 99 },
        watched('zzz-s01e01', 100),
      ),
    ).toBe('aaa-s01e02')
  })
})

describe('unknownRecordIds', () => {
  it('lists tracked ids the catalogue does not know, sorted', () => {
    const records = byId([
      watched('zzz-s09e09'),
      { ...emptyRecord('old-01'), note: 'kept' },
      { ...emptyRecord('gone-s01e01'), rating10: 5 },
      watched('aaa-s01e01'),
    ])
    expect(unknownRecordIds(index, records)).toEqual(['gone-s01e01', 'old-01', 'zzz-s09e09'])
  })

  it('ignores empty records (tombstones), which hold nothing to show', () => {
    expect(unknownRecordIds(index, byId([emptyRecord('zzz-s01e01')]))).toEqual([])
  })

  it('does not list records keyed by a known series id', () => {
    expect(unknownRecordIds(index, byId([{ ...emptyRecord('bbb'), note: 'series note' }]))).toEqual(
      [],
    )
  })
})
