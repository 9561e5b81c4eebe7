import { describe, expect, it } from 'vitest'
import { indexCatalogue } from '@/catalogue/select'
import { emptyRecord, type WatchRecord } from '@/tracking/model'
import {
  continueWatching,
  isComplete,
  minutesLeft,
  progressPercent,
  progressText,
  seasonProgress,
  seasonSeen,
  seenText,
  seriesProgress,
  seriesSeen,
  toWatch,
  unknownRecordIds,
  upNext,
} from '@/tracking/progress'
import { miniCatalogue } from '../fixtures/mini-catalogue'
import { byId, watched } from '../fixtures/watch-records'

const index = indexCatalogue(miniCatalogue)
const aaa = index.seriesById.get('aaa')!
const aaaS1 = aaa.seasons[1]!
const aaaS2 = aaa.seasons[2]!

/** Skipped (not watched), last edited at `updatedAt`. */
const skipped = (id: string, updatedAt = 1): WatchRecord => ({
  ...emptyRecord(id),
  skipped: true,
  updatedAt,
  updatedBy: 'other-tab',
})

/** A series or season record with rewatches started at these times. */
const rewatch = (id: string, ...rewatchStarts: number[]): WatchRecord => ({
  ...emptyRecord(id),
  rewatchStarts,
  updatedAt: rewatchStarts.at(-1) ?? 1,
  updatedBy: 'other-tab',
})

/** Watched once per time given (a first watch, then rewatches), each play logged then. */
const watchedAt = (id: string, ...loggedAt: number[]): WatchRecord => ({
  ...watched(id, loggedAt.at(-1)),
  plays: loggedAt.flatMap((at) => watched(id, at).plays),
})

/** Every episode of A (pilot included) watched in a first pass, logged at 1…6. */
const allOfA = [
  'aaa-s00e01',
  'aaa-s01e01',
  'aaa-s01e02',
  'aaa-s01e03',
  'aaa-s02e01',
  'aaa-s02e02',
].map((id, i) => watched(id, i + 1))

describe('seriesProgress', () => {
  it('counts watched episodes of the numbered seasons', () => {
    const records = byId([watched('aaa-s01e01'), watched('aaa-s02e02')])
    expect(seriesProgress(aaa, records)).toEqual({ watched: 2, skipped: 0, total: 5 })
  })

  it('leaves the season 0 pilot out of every count, unless specials count', () => {
    const records = byId([watched('aaa-s00e01'), skipped('aaa-s01e01')])
    expect(seriesProgress(aaa, records)).toEqual({ watched: 0, skipped: 1, total: 5 })
    expect(seriesProgress(aaa, records, true)).toEqual({ watched: 1, skipped: 1, total: 6 })
  })

  it('does not count records that are not watched (rated only, or tombstones)', () => {
    const records = byId([{ ...emptyRecord('aaa-s01e01'), rating10: 8 }, emptyRecord('aaa-s01e02')])
    expect(seriesProgress(aaa, records)).toEqual({ watched: 0, skipped: 0, total: 5 })
  })

  it('counts skipped episodes apart from watched ones, and a watched one as watched even if skipped', () => {
    const records = byId([
      watched('aaa-s01e01'),
      skipped('aaa-s01e02'),
      skipped('aaa-s02e01'),
      { ...watched('aaa-s02e02'), skipped: true },
    ])
    expect(seriesProgress(aaa, records)).toEqual({ watched: 2, skipped: 2, total: 5 })
  })

  it('restarts with a rewatch of the series, while every play stays where it was', () => {
    const records = byId([...allOfA, rewatch('aaa', 100)])
    const plays = structuredClone(Object.values(records).map((r) => r.plays))
    expect(seriesProgress(aaa, records)).toEqual({ watched: 0, skipped: 0, total: 5 })
    expect(Object.values(records).map((r) => r.plays)).toEqual(plays)

    const again = byId([...allOfA, rewatch('aaa', 100), watched('aaa-s01e02', 150)])
    expect(seriesProgress(aaa, again)).toEqual({ watched: 1, skipped: 0, total: 5 })
  })

  it('keeps skipped episodes out of the way in a rewatch', () => {
    const records = byId([watched('aaa-s01e01', 10), skipped('aaa-s01e02'), rewatch('aaa', 100)])
    expect(seriesProgress(aaa, records)).toEqual({ watched: 0, skipped: 1, total: 5 })
  })

  it('restarts only the season whose rewatch began', () => {
    const records = byId([...allOfA, rewatch('aaa-s01', 100)])
    expect(seriesProgress(aaa, records)).toEqual({ watched: 2, skipped: 0, total: 5 })
  })
})

describe('seasonProgress', () => {
  it('counts one season, in its pass in progress', () => {
    const records = byId([watched('aaa-s01e03'), skipped('aaa-s01e01'), watched('aaa-s02e01')])
    expect(seasonProgress(aaa, aaaS1, records)).toEqual({ watched: 1, skipped: 1, total: 3 })
    expect(seasonProgress(aaa, aaaS2, records)).toEqual({ watched: 1, skipped: 0, total: 2 })
  })

  it('follows the later of the series’ and the season’s rewatch', () => {
    // Season 1 restarted at 200, the series at 100: A1 logged at 150 is from before.
    const records = byId([
      watched('aaa-s01e01', 150),
      watched('aaa-s02e01', 150),
      rewatch('aaa', 100),
      rewatch('aaa-s01', 200),
    ])
    expect(seasonProgress(aaa, aaaS1, records).watched).toBe(0)
    expect(seasonProgress(aaa, aaaS2, records).watched).toBe(1)
  })
})

describe('toWatch, isComplete, progressPercent and progressText', () => {
  it('toWatch leaves skipped episodes out', () => {
    expect(toWatch({ watched: 1, skipped: 2, total: 5 })).toBe(3)
    expect(toWatch({ watched: 0, skipped: 0, total: 5 })).toBe(5)
  })

  it('isComplete when every episode is watched or skipped, and never for nothing', () => {
    expect(isComplete({ watched: 3, skipped: 2, total: 5 })).toBe(true)
    expect(isComplete({ watched: 5, skipped: 0, total: 5 })).toBe(true)
    expect(isComplete({ watched: 0, skipped: 5, total: 5 })).toBe(true)
    expect(isComplete({ watched: 3, skipped: 1, total: 5 })).toBe(false)
    expect(isComplete({ watched: 0, skipped: 0, total: 0 })).toBe(false)
  })

  it('rounds to a whole percent of what is to watch, and is 0 for nothing to watch', () => {
    expect(progressPercent({ watched: 1, skipped: 0, total: 3 })).toBe(33)
    expect(progressPercent({ watched: 2, skipped: 0, total: 3 })).toBe(67)
    expect(progressPercent({ watched: 1, skipped: 1, total: 3 })).toBe(50)
    expect(progressPercent({ watched: 0, skipped: 0, total: 0 })).toBe(0)
  })

  it('is 100% when everything is skipped: nothing is left to watch', () => {
    expect(progressPercent({ watched: 0, skipped: 3, total: 3 })).toBe(100)
  })

  it('says what is watched of what is to watch, and the skipped ones only when there are any', () => {
    expect(progressText({ watched: 12, skipped: 2, total: 20 })).toBe(
      '12 of 18 watched · 2 skipped',
    )
    expect(progressText({ watched: 1, skipped: 0, total: 3 })).toBe('1 of 3 watched')
  })

  it('reads a real series’ progress the same way', () => {
    const records = byId([watched('aaa-s01e01'), skipped('aaa-s01e02')])
    expect(progressText(seriesProgress(aaa, records))).toBe('1 of 4 watched · 1 skipped')
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

describe('upNext', () => {
  const ids = (...records: WatchRecord[]) => upNext(index, byId(records)).map((e) => e.episode.id)

  it('passes over skipped episodes to the next one to watch', () => {
    expect(ids(watched('aaa-s01e01', 10), skipped('aaa-s01e02'))).toEqual(['aaa-s01e03'])
    // Skipped on the way round, too.
    expect(ids(watched('aaa-s02e02', 10), skipped('aaa-s00e01'), skipped('aaa-s01e01'))).toEqual([
      'aaa-s01e02',
    ])
  })

  it('does not list a series finished with some episodes skipped', () => {
    expect(ids(watched('bbb-s01e01', 10), skipped('bbb-s01e02'))).toEqual([])
  })

  it('does not list a series where episodes are only skipped, never watched', () => {
    expect(ids(skipped('bbb-s01e01'), skipped('aaa-s01e01'))).toEqual([])
  })

  it('lists a series whose rewatch was just started, from its first episode', () => {
    expect(ids(watched('bbb-s01e01', 10), watched('bbb-s01e02', 20), rewatch('bbb', 100))).toEqual([
      'bbb-s01e01',
    ])
    // In viewing order: season 0 first.
    expect(ids(...allOfA, rewatch('aaa', 100))).toEqual(['aaa-s00e01'])
  })

  it('lists a season rewatch from that season’s first episode', () => {
    expect(ids(...allOfA, rewatch('aaa-s01', 100))).toEqual(['aaa-s01e01'])
  })

  it('goes on within the pass in progress: plays of earlier passes do not count', () => {
    // B1 watched again in the rewatch; B2 only in the first watch.
    expect(
      ids(watchedAt('bbb-s01e01', 10, 150), watched('bbb-s01e02', 20), rewatch('bbb', 100)),
    ).toEqual(['bbb-s01e02'])
  })

  it('does not list a rewatch once every episode of it is watched again', () => {
    expect(
      ids(watchedAt('bbb-s01e01', 10, 110), watchedAt('bbb-s01e02', 20, 120), rewatch('bbb', 100)),
    ).toEqual([])
  })

  it('counts starting a season’s rewatch as activity of its series', () => {
    expect(ids(...allOfA, rewatch('aaa-s01', 1000), watched('bbb-s01e01', 500))).toEqual([
      'aaa-s01e01',
      'bbb-s01e02',
    ])
  })

  it('orders series by their latest activity in the pass in progress, a rewatch start included', () => {
    expect(ids(watched('aaa-s01e01', 50), watched('bbb-s01e01', 10), rewatch('bbb', 100))).toEqual([
      'bbb-s01e01',
      'aaa-s01e02',
    ])
    expect(ids(watched('aaa-s01e01', 500), watched('bbb-s01e01', 10), rewatch('bbb', 100))).toEqual(
      ['aaa-s01e02', 'bbb-s01e01'],
    )
  })
})

describe('minutesLeft', () => {
  it('adds up what is still to watch in the pass in progress, leaving skipped episodes out', () => {
    const records = byId([watched('aaa-s01e01', 10), skipped('aaa-s01e02')])
    expect(minutesLeft(aaa, aaaS1, records, null)).toBe(45)
    expect(minutesLeft(aaa, aaaS1, { ...records, ...byId([rewatch('aaa', 100)]) }, null)).toBe(90)
  })

  it('counts an episode of unknown length as the typical one, or 0 when that is unknown too', () => {
    const season = {
      ...aaaS1,
      episodes: aaaS1.episodes.map((e, i) => (i === 0 ? { ...e, runtimeMinutes: null } : e)),
    }
    expect(minutesLeft(aaa, season, {}, 50)).toBe(50 + 45 + 45)
    expect(minutesLeft(aaa, season, {}, null)).toBe(45 + 45)
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

  it('lists an unknown id holding only a skip or a rewatch start: both are the person’s', () => {
    expect(unknownRecordIds(index, byId([skipped('zzz-s01e01'), rewatch('zzz', 5)]))).toEqual([
      'zzz',
      'zzz-s01e01',
    ])
  })

  it('does not list records keyed by a known series id', () => {
    expect(unknownRecordIds(index, byId([{ ...emptyRecord('bbb'), note: 'series note' }]))).toEqual(
      [],
    )
  })

  it('does not list records keyed by a known season id, but does list an unknown season', () => {
    const records = byId([
      { ...rewatch('aaa-s01', 100), note: 'season note', rating10: 8 },
      rewatch('aaa-s00', 100),
      { ...emptyRecord('aaa-s07'), note: 'a season the catalogue does not have' },
    ])
    expect(unknownRecordIds(index, records)).toEqual(['aaa-s07'])
  })
})

describe('seen at least once (issue 10: a rewatch never makes it go down)', () => {
  it('counts every episode watched in any pass, and leaves out those skipped and never seen', () => {
    const records = byId([...allOfA, { ...watched('aaa-s02e02', 6), skipped: true }])
    // aaa-s02e02 was watched (logged at 6) and later flagged skipped: seen all the same.
    expect(seriesSeen(aaa, records)).toEqual({ seen: 5, of: 5, skipped: 0, rewatch: false })
    const unseenSkip = byId([watched('aaa-s01e01'), skipped('aaa-s01e02')])
    expect(seasonSeen(aaa, aaaS1, unseenSkip)).toEqual({
      seen: 1,
      of: 2,
      skipped: 1,
      rewatch: false,
    })
  })

  it('stays put when a season rewatch starts; the season’s text adds the rewatch’s progress', () => {
    const records = byId([...allOfA, rewatch('aaa-s01', 100), watchedAt('aaa-s01e01', 1, 101)])
    const seen = seriesSeen(aaa, records)
    // The series was not started again: its figure is the plain one (it lists the season).
    expect(seen).toEqual({ seen: 5, of: 5, skipped: 0, rewatch: false })
    expect(seriesProgress(aaa, records).watched).toBe(3)
    expect(seenText(seen, seriesProgress(aaa, records))).toBe('5 of 5 watched')
    const again = byId([...allOfA, rewatch('aaa', 100), watchedAt('aaa-s01e01', 1, 101)])
    expect(seenText(seriesSeen(aaa, again), seriesProgress(aaa, again))).toBe(
      '5 of 5 watched · Rewatch: 1 of 5',
    )
    expect(seenText(seasonSeen(aaa, aaaS1, records), seasonProgress(aaa, aaaS1, records))).toBe(
      '3 of 3 watched · Rewatch: 1 of 3',
    )
  })

  it('reads as progressText when no rewatch runs', () => {
    const records = byId([watched('aaa-s01e01'), skipped('aaa-s01e02')])
    const progress = seasonProgress(aaa, aaaS1, records)
    expect(seenText(seasonSeen(aaa, aaaS1, records), progress)).toBe(progressText(progress))
    expect(progressText(progress)).toBe('1 of 2 watched · 1 skipped')
  })
})
