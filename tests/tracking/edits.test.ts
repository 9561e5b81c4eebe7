import { describe, expect, it } from 'vitest'
import { markUnwatched, markWatched, setNote, setRating, setWatchedDate } from '@/tracking/edits'
import { emptyRecord, type WatchRecord } from '@/tracking/model'

const tuesday = new Date('2024-05-07T20:15:00.000Z')
const friday = new Date('2024-05-10T21:00:00.000Z')

function record(overrides: Partial<WatchRecord> = {}): WatchRecord {
  return { ...emptyRecord('pic-s02e01'), updatedAt: 5, updatedBy: 'tab', ...overrides }
}

describe('markWatched', () => {
  it('adds one play at the exact time it was marked', () => {
    expect(markWatched(tuesday)(record()).plays).toEqual([
      { precision: 'exact', watchedAt: '2024-05-07T20:15:00.000Z' },
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
})

describe('markUnwatched', () => {
  it('clears every play but keeps the rating and the note', () => {
    const watched = record({
      plays: [
        { precision: 'date', watchedAt: '2022-03-03' },
        { precision: 'exact', watchedAt: tuesday.toISOString() },
      ],
      rating10: 9,
      note: 'Guinan!',
    })
    expect(markUnwatched(watched)).toMatchObject({ plays: [], rating10: 9, note: 'Guinan!' })
  })
})

describe('setWatchedDate', () => {
  it('adds a play on that day when there is none', () => {
    expect(setWatchedDate('2022-03-03')(record()).plays).toEqual([
      { precision: 'date', watchedAt: '2022-03-03' },
    ])
  })

  it('replaces only the latest play, keeping earlier rewatches', () => {
    const first = { precision: 'date' as const, watchedAt: '2020-01-01' }
    const latest = { precision: 'exact' as const, watchedAt: tuesday.toISOString() }
    const result = setWatchedDate('2022-03-03')(record({ plays: [first, latest] }))
    expect(result.plays).toEqual([first, { precision: 'date', watchedAt: '2022-03-03' }])
  })
})

describe('setRating and setNote', () => {
  it('sets and clears the rating without touching anything else', () => {
    const watched = record({ plays: [{ precision: 'date', watchedAt: '2022-03-03' }], note: 'x' })
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

  it('never changes the record it is given', () => {
    const original = record({ rating10: 3 })
    const copy = structuredClone(original)
    markWatched(tuesday)(original)
    setRating(9)(original)
    setNote('n')(original)
    setWatchedDate('2022-03-03')(original)
    expect(original).toEqual(copy)
  })
})
