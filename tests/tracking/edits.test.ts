import { describe, expect, it } from 'vitest'
import {
  cancelRewatch,
  markUnwatched,
  markWatched,
  removePlay,
  setNote,
  setPlay,
  setRating,
  setSkipped,
  setWatchedDate,
  startRewatch,
  watchAgain,
} from '@/tracking/edits'
import { emptyRecord, type Play, type WatchRecord } from '@/tracking/model'

const tuesday = new Date('2024-05-07T20:15:00.000Z')
const friday = new Date('2024-05-10T21:00:00.000Z')
/** When a rewatch began: after tuesday, before friday. */
const rewatchBegan = new Date('2024-05-08T12:00:00.000Z').getTime()

function record(overrides: Partial<WatchRecord> = {}): WatchRecord {
  return { ...emptyRecord('pic-s02e01'), updatedAt: 5, updatedBy: 'tab', ...overrides }
}

/** A viewing logged in the first pass (long before the rewatch began). */
const firstPass: Play = { precision: 'date', watchedAt: '2022-03-03', loggedAt: 1_000 }
/** A viewing logged on tuesday, still in the first pass. */
const tuesdayPlay: Play = {
  precision: 'exact',
  watchedAt: tuesday.toISOString(),
  loggedAt: tuesday.getTime(),
}
/** A viewing logged in the rewatch. */
const inRewatch: Play = {
  precision: 'date',
  watchedAt: '2024-05-09',
  loggedAt: rewatchBegan + 60_000,
}

describe('markWatched', () => {
  it('adds one play at the exact time it was marked, logged at that time', () => {
    expect(markWatched(tuesday)(record()).plays).toEqual([
      { precision: 'exact', watchedAt: '2024-05-07T20:15:00.000Z', loggedAt: tuesday.getTime() },
    ])
  })

  it('is idempotent: marking again keeps the first play and its time', () => {
    const once = { ...record(), ...markWatched(tuesday)(record()) }
    const twice = markWatched(friday)(once)
    expect(twice.plays).toEqual(once.plays)
  })

  it('keeps the rating and the note', () => {
    const rated = record({ rating10: 8, note: 'Q is back' })
    expect(markWatched(tuesday)(rated)).toMatchObject({ rating10: 8, note: 'Q is back' })
  })

  it('clears Skipped: a watched episode is not skipped', () => {
    expect(markWatched(tuesday)(record({ skipped: true }))).toMatchObject({
      skipped: false,
      plays: [expect.objectContaining({ loggedAt: tuesday.getTime() })],
    })
  })

  it('in a rewatch, adds a play for this pass after the earlier passes’ plays, which stay', () => {
    const watchedBefore = record({ plays: [firstPass, tuesdayPlay] })
    expect(markWatched(friday, rewatchBegan)(watchedBefore).plays).toEqual([
      firstPass,
      tuesdayPlay,
      { precision: 'exact', watchedAt: friday.toISOString(), loggedAt: friday.getTime() },
    ])
  })

  it('in a rewatch, changes nothing when the episode is already watched in this pass', () => {
    const both = record({ plays: [firstPass, inRewatch] })
    expect(markWatched(friday, rewatchBegan)(both)).toEqual(both)
  })

  it('counts a play logged at the very moment the pass began as in the pass', () => {
    const atStart = record({ plays: [{ ...inRewatch, loggedAt: rewatchBegan }] })
    expect(markWatched(friday, rewatchBegan)(atStart).plays).toHaveLength(1)
    expect(markWatched(friday, rewatchBegan + 1)(atStart).plays).toHaveLength(2)
  })
})

describe('markUnwatched', () => {
  it('on a first watch, clears every play but keeps the rating and the note', () => {
    const watched = record({ plays: [firstPass, tuesdayPlay], rating10: 9, note: 'Guinan!' })
    expect(markUnwatched()(watched)).toMatchObject({ plays: [], rating10: 9, note: 'Guinan!' })
  })

  it('in a rewatch, removes only this pass’s plays and never an earlier pass’s', () => {
    const watched = record({
      plays: [firstPass, tuesdayPlay, inRewatch, { ...inRewatch, loggedAt: friday.getTime() }],
      rating10: 9,
    })
    expect(markUnwatched(rewatchBegan)(watched)).toEqual({
      ...watched,
      plays: [firstPass, tuesdayPlay],
    })
  })

  it('in a rewatch with nothing logged yet, changes no play', () => {
    const watched = record({ plays: [firstPass, tuesdayPlay] })
    expect(markUnwatched(rewatchBegan)(watched).plays).toEqual([firstPass, tuesdayPlay])
  })

  it('leaves Skipped as it was', () => {
    expect(markUnwatched()(record({ skipped: true, plays: [firstPass] }))).toMatchObject({
      skipped: true,
      plays: [],
    })
  })
})

describe('setSkipped', () => {
  it('marks and unmarks Skipped without touching the plays, rating or note', () => {
    const watched = record({ plays: [firstPass], rating10: 4, note: 'meh' })
    const skipped = { ...watched, ...setSkipped(true)(watched) }
    expect(skipped).toEqual({ ...watched, skipped: true })
    expect(setSkipped(false)(skipped)).toEqual(watched)
  })
})

describe('setWatchedDate', () => {
  it('adds a play on that day, logged now, when there is none', () => {
    expect(setWatchedDate('2022-03-03', tuesday)(record()).plays).toEqual([
      { precision: 'date', watchedAt: '2022-03-03', loggedAt: tuesday.getTime() },
    ])
  })

  it('replaces only the latest play, keeping earlier rewatches and when it was logged', () => {
    const result = setWatchedDate('2022-03-03', friday)(record({ plays: [firstPass, tuesdayPlay] }))
    expect(result.plays).toEqual([
      firstPass,
      { precision: 'date', watchedAt: '2022-03-03', loggedAt: tuesday.getTime() },
    ])
  })

  it('in a rewatch with no play yet, adds one for this pass and leaves the earlier ones', () => {
    const result = setWatchedDate(
      '2024-05-09',
      friday,
      rewatchBegan,
    )(record({ plays: [firstPass, tuesdayPlay], skipped: true }))
    expect(result.plays).toEqual([
      firstPass,
      tuesdayPlay,
      { precision: 'date', watchedAt: '2024-05-09', loggedAt: friday.getTime() },
    ])
    expect(result.skipped).toBe(false)
  })

  it('in a rewatch, re-dates this pass’s play, keeping its place in the pass', () => {
    const result = setWatchedDate(
      '2024-05-10',
      friday,
      rewatchBegan,
    )(record({ plays: [firstPass, inRewatch] }))
    expect(result.plays).toEqual([
      firstPass,
      { precision: 'date', watchedAt: '2024-05-10', loggedAt: inRewatch.loggedAt },
    ])
  })
})

describe('watchAgain', () => {
  it('adds another viewing now, keeping every earlier one, and clears Skipped', () => {
    const result = watchAgain(friday)(record({ plays: [firstPass], skipped: true }))
    expect(result.plays).toEqual([
      firstPass,
      { precision: 'exact', watchedAt: friday.toISOString(), loggedAt: friday.getTime() },
    ])
    expect(result.skipped).toBe(false)
  })

  it('takes when it happened from the person, and when it was logged from the clock', () => {
    const result = watchAgain(friday, { precision: 'date', watchedAt: '2019-12-24' })(
      record({ plays: [firstPass] }),
    )
    expect(result.plays.at(-1)).toEqual({
      precision: 'date',
      watchedAt: '2019-12-24',
      loggedAt: friday.getTime(),
    })
  })
})

describe('setPlay and removePlay', () => {
  it('setPlay corrects one play by its position and keeps when it was logged', () => {
    const result = setPlay(0, { precision: 'unknown', watchedAt: null })(
      record({ plays: [firstPass, tuesdayPlay] }),
    )
    expect(result.plays).toEqual([
      { precision: 'unknown', watchedAt: null, loggedAt: firstPass.loggedAt },
      tuesdayPlay,
    ])
  })

  it('setPlay of a position that does not exist changes nothing', () => {
    const watched = record({ plays: [firstPass] })
    expect(setPlay(3, { precision: 'date', watchedAt: '2020-01-01' })(watched)).toEqual(watched)
  })

  it('removePlay removes that one play and nothing else', () => {
    const watched = record({ plays: [firstPass, tuesdayPlay, inRewatch], rating10: 2 })
    expect(removePlay(1)(watched)).toEqual({ ...watched, plays: [firstPass, inRewatch] })
  })
})

describe('startRewatch', () => {
  it('adds when the rewatch began after the earlier starts, touching nothing else', () => {
    const series = { ...record(), id: 'pic', rewatchStarts: [100], note: 'again' }
    expect(startRewatch(friday)(series)).toEqual({
      ...series,
      rewatchStarts: [100, friday.getTime()],
    })
  })
})

describe('cancelRewatch', () => {
  it('takes back the latest rewatch start only, touching nothing else', () => {
    const series = { ...record(), id: 'pic', rewatchStarts: [100, 200], rating10: 8 }
    expect(cancelRewatch(series)).toEqual({ ...series, rewatchStarts: [100] })
    expect(cancelRewatch({ ...series, rewatchStarts: [100] }).rewatchStarts).toEqual([])
  })

  it('undoes startRewatch exactly', () => {
    const series = { ...record(), id: 'pic', rewatchStarts: [100] }
    expect(cancelRewatch({ ...series, ...startRewatch(friday)(series) })).toEqual(series)
  })

  it('changes nothing without a rewatch', () => {
    expect(cancelRewatch(record())).toEqual(record())
  })
})

describe('setRating and setNote', () => {
  it('sets and clears the rating without touching anything else', () => {
    const watched = record({ plays: [firstPass], note: 'x' })
    const rated = setRating(7)(watched)
    expect(rated).toEqual({ ...watched, rating10: 7 })
    expect(setRating(null)({ ...watched, rating10: 7 }).rating10).toBeNull()
  })

  it('sets the note without touching anything else', () => {
    const rated = record({ rating10: 4 })
    expect(setNote('Rewatch with commentary')(rated)).toEqual({
      ...rated,
      note: 'Rewatch with commentary',
    })
  })
})

describe('every edit', () => {
  it('never changes the record it is given', () => {
    const original = record({
      plays: [firstPass, tuesdayPlay, inRewatch],
      skipped: true,
      rewatchStarts: [rewatchBegan],
      rating10: 3,
      note: 'n',
    })
    const copy = structuredClone(original)
    markWatched(friday)(original)
    markWatched(friday, friday.getTime())(original)
    markUnwatched()(original)
    markUnwatched(rewatchBegan)(original)
    setSkipped(false)(original)
    setWatchedDate('2022-03-03', friday)(original)
    setWatchedDate('2022-03-03', friday, friday.getTime())(original)
    watchAgain(friday)(original)
    setPlay(0, { precision: 'unknown', watchedAt: null })(original)
    removePlay(0)(original)
    startRewatch(friday)(original)
    cancelRewatch(original)
    setRating(9)(original)
    setNote('changed')(original)
    expect(original).toEqual(copy)
  })
})
