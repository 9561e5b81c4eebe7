import { describe, expect, it } from 'vitest'
import {
  episodeFilters,
  filterLabel,
  isEpisodeFilter,
  matchesFilter,
  type EpisodeFilter,
} from '@/tracking/filters'
import { emptyRecord, type WatchRecord } from '@/tracking/model'

/** When the pass in progress began (a rewatch). */
const since = 1_000

function record(fields: Partial<WatchRecord>): WatchRecord {
  return { ...emptyRecord('aaa-s01e01'), updatedAt: 1, updatedBy: 't', ...fields }
}

const play = (loggedAt: number) =>
  ({ precision: 'date', watchedAt: '2024-01-01', loggedAt }) as const

const cases = {
  none: undefined,
  tombstone: record({}),
  earlierPass: record({ plays: [play(10)] }),
  thisPass: record({ plays: [play(10), play(since)] }),
  skipped: record({ skipped: true }),
  skippedWatchedBefore: record({ skipped: true, plays: [play(10)] }),
  skippedWatchedNow: record({ skipped: true, plays: [play(since + 5)] }),
} satisfies Record<string, WatchRecord | undefined>
type Case = keyof typeof cases

const shown = (filter: EpisodeFilter, pass: number): Case[] =>
  (Object.keys(cases) as Case[]).filter((name) => matchesFilter(filter, cases[name], pass))

describe('episode filters', () => {
  it('offers a Skipped filter beside the others', () => {
    expect(episodeFilters.skipped).toBe('Skipped')
    expect(isEpisodeFilter('skipped')).toBe(true)
    expect(isEpisodeFilter('constructor')).toBe(false)
  })

  it('on a first watch, splits every episode into exactly one of watched, skipped, unwatched', () => {
    expect(shown('watched', 0)).toEqual([
      'earlierPass',
      'thisPass',
      'skippedWatchedBefore',
      'skippedWatchedNow',
    ])
    expect(shown('skipped', 0)).toEqual(['skipped'])
    expect(shown('unwatched', 0)).toEqual(['none', 'tombstone'])
  })

  it('in a rewatch, counts as watched only what was watched in this pass', () => {
    expect(shown('watched', since)).toEqual(['thisPass', 'skippedWatchedNow'])
    expect(shown('skipped', since)).toEqual(['skipped', 'skippedWatchedBefore'])
    expect(shown('unwatched', since)).toEqual(['none', 'tombstone', 'earlierPass'])
  })

  it('reads a pass from 0 when none is given', () => {
    for (const filter of ['watched', 'skipped', 'unwatched'] as const) {
      expect(shown(filter, 0)).toEqual(
        (Object.keys(cases) as Case[]).filter((name) => matchesFilter(filter, cases[name])),
      )
    }
  })

  it('shows everything under All, and rates and notes in any pass', () => {
    expect(shown('all', since)).toEqual(Object.keys(cases))
    const rated = record({ rating10: 8, note: ' kept ', plays: [play(10)] })
    for (const pass of [0, since]) {
      expect(matchesFilter('rated4', rated, pass)).toBe(true)
      expect(matchesFilter('rated5', rated, pass)).toBe(false)
      expect(matchesFilter('noted', rated, pass)).toBe(true)
    }
  })
})

describe('filterLabel', () => {
  it('names "all" by what the list holds', () => {
    expect(filterLabel('all', 'series')).toBe('All episodes')
    expect(filterLabel('all', 'film')).toBe('All films')
    expect(filterLabel('all', 'documentary')).toBe('All documentaries')
    expect(filterLabel('unwatched', 'film')).toBe('Unwatched')
  })
})
