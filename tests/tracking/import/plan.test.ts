import { describe, expect, it } from 'vitest'
import { emptyRecord, type Play, type WatchRecord } from '@/tracking/model'
import { planImport, recordsToWrite, type MatchedRow } from '@/tracking/import/plan'

const now = new Date('2026-12-04T12:00:00Z')
const options = { ratedMeansWatched: false, now }
const exact = (watchedAt: string) => ({ precision: 'exact' as const, watchedAt })
const day = (watchedAt: string) => ({ precision: 'date' as const, watchedAt })
const unknown = { precision: 'unknown' as const, watchedAt: null }
const row = (over: Partial<MatchedRow>): MatchedRow => ({
  service: 'trakt',
  source: 'watched-history-1.json, item 1',
  ids: ['tng-s01e03'],
  label: 'TNG S01E03 The Naked Now',
  viewings: [],
  ...over,
})
const record = (over: Partial<WatchRecord>): WatchRecord => ({
  ...emptyRecord('tng-s01e03'),
  updatedAt: 1000,
  updatedBy: 'tab',
  ...over,
})
const play = (time: ReturnType<typeof exact> | ReturnType<typeof day>, loggedAt = 5): Play => ({
  ...time,
  loggedAt,
})

describe('the plan of an import', () => {
  it('adds each viewing of a file, two a minute apart included, logged when it happened', () => {
    const plan = planImport(
      {},
      [row({ viewings: [exact('2024-05-01T20:00:00Z'), exact('2024-05-01T20:01:00Z')] })],
      [],
      options,
    )
    expect(plan.viewings).toEqual({ add: 2, already: 0, dated: 0 })
    expect(plan.entries[0]!.plays.map((p) => p.loggedAt)).toEqual([
      Date.parse('2024-05-01T20:00:00Z'),
      Date.parse('2024-05-01T20:01:00Z'),
    ])
  })

  it('adds nothing when the same file is imported again', () => {
    const rows = [
      row({
        viewings: [exact('2024-05-01T20:00:00Z'), exact('2024-05-01T20:01:00Z')],
        rating10: 8,
      }),
    ]
    const first = planImport({}, rows, [], options)
    const [written] = recordsToWrite({}, first, new Map(), { at: now.getTime(), by: 'import' })
    const again = planImport({ 'tng-s01e03': written! }, rows, [], options)
    expect(again.viewings).toEqual({ add: 0, already: 2, dated: 0 })
    expect(again.ratings).toEqual({ add: 0, already: 1 })
    expect(
      recordsToWrite({ 'tng-s01e03': written! }, again, new Map(), {
        at: now.getTime(),
        by: 'import',
      }),
    ).toEqual([])
  })

  it('does not double a history from another service: same episode, same day is one viewing', () => {
    const current = { 'tng-s01e03': record({ plays: [play(day('2024-05-01'))] }) }
    const plan = planImport(
      current,
      [row({ viewings: [exact('2024-05-01T20:00:00Z')] })],
      [],
      options,
    )
    // The more precise time is kept.
    expect(plan.viewings).toEqual({ add: 0, already: 0, dated: 1 })
    expect(plan.entries[0]!.plays).toEqual([{ ...exact('2024-05-01T20:00:00Z'), loggedAt: 5 }])
  })

  it('dates a play logged here without a date, and counts an undated viewing once', () => {
    const current = { 'tng-s01e03': record({ plays: [{ ...unknown, loggedAt: 5 }] }) }
    const plan = planImport(
      current,
      [row({ viewings: [exact('2024-05-01T20:00:00Z'), unknown] })],
      [],
      options,
    )
    expect(plan.viewings).toEqual({ add: 1, already: 0, dated: 1 })
  })

  it('lists a different rating or note as a conflict; here’s is kept unless the file’s is chosen', () => {
    const current = {
      'tng-s01e03': record({ rating10: 6, note: 'Mine', plays: [play(day('2024-05-01'))] }),
    }
    const plan = planImport(current, [row({ rating10: 9, note: 'Theirs' })], [], options)
    expect(plan.conflicts.map((c) => [c.keys.join(), c.here, c.file])).toEqual([
      ['tng-s01e03:rating', '3 ★', '4.5 ★'],
      ['tng-s01e03:note', 'Mine', 'Theirs'],
    ])
    expect(recordsToWrite(current, plan, new Map(), { at: 2000, by: 'import' })).toEqual([])
    const [chosen] = recordsToWrite(current, plan, new Map([['tng-s01e03:rating', 'file']]), {
      at: 2000,
      by: 'import',
    })
    expect(chosen).toMatchObject({
      rating10: 9,
      note: 'Mine',
      updatedAt: 2000,
      updatedBy: 'import',
    })
  })

  it('takes the latest of several ratings, and gives a merged two-parter’s to both halves', () => {
    const plan = planImport(
      {},
      [
        row({ ids: ['tng-s01e01', 'tng-s01e02'], rating10: 6, ratedAt: '2020-01-01' }),
        row({ ids: ['tng-s01e01', 'tng-s01e02'], rating10: 8, ratedAt: '2023-01-01' }),
      ],
      [],
      options,
    )
    expect(plan.entries.map((e) => [e.id, e.rating10])).toEqual([
      ['tng-s01e01', 8],
      ['tng-s01e02', 8],
    ])
  })

  it('counts a rated title as watched only when asked, and never a series or season', () => {
    const rows = [
      row({ rating10: 8, watchedIfRated: true }),
      row({ ids: ['tng'], rating10: 8, watchedIfRated: true }),
    ]
    expect(planImport({}, rows, [], options).viewings.add).toBe(0)
    const asked = planImport({}, rows, [], { ...options, ratedMeansWatched: true })
    expect(asked.viewings.add).toBe(1)
    expect(asked.entries.find((e) => e.id === 'tng-s01e03')!.plays).toEqual([
      { ...unknown, loggedAt: 0 },
    ])
  })

  it('leaves out a viewing dated in the future, and says so', () => {
    const plan = planImport({}, [row({ viewings: [exact('2030-01-01T00:00:00Z')] })], [], options)
    expect(plan.viewings.add).toBe(0)
    expect(plan.unmatched[0]!.reason).toMatch(/future/)
  })

  it('never lets a same-day viewing take the play a same-minute one is', () => {
    // From the review: the newer export lists 22:00 before 10:00; the log has 10:00.
    const current = { 'tng-s01e03': record({ plays: [play(exact('2024-01-01T10:00:00Z'))] }) }
    const plan = planImport(
      current,
      [row({ viewings: [exact('2024-01-01T22:00:00Z'), exact('2024-01-01T10:00:00Z')] })],
      [],
      options,
    )
    expect(plan.viewings).toMatchObject({ add: 1, already: 1, dated: 0 })
    expect(plan.entries[0]!.plays.map((p) => p.watchedAt)).toEqual([
      '2024-01-01T10:00:00Z',
      '2024-01-01T22:00:00Z',
    ])
  })

  it('lets TV Time and Trakt chosen together each find the log’s play (one viewing)', () => {
    const current = { 'tng-s01e03': record({ plays: [play(day('2024-01-01'))] }) }
    const plan = planImport(
      current,
      [
        row({ service: 'tvtime', viewings: [exact('2024-01-01T20:00:00Z')] }),
        row({ viewings: [exact('2024-01-01T20:00:00Z')] }),
      ],
      [],
      options,
    )
    expect(plan.viewings).toMatchObject({ add: 0 })
    expect(plan.entries[0]!.plays).toHaveLength(1)
  })

  it('makes one conflict of the same difference on both halves of a feature-length episode', () => {
    const halves = ['tng-s01e01', 'tng-s01e02']
    const current = Object.fromEntries(halves.map((id) => [id, { ...record({ rating10: 6 }), id }]))
    const plan = planImport(
      current,
      [row({ ids: halves, label: 'Farpoint', rating10: 8 })],
      [],
      options,
    )
    expect(plan.conflicts.map((c) => c.keys)).toEqual([['tng-s01e01:rating', 'tng-s01e02:rating']])
    const written = recordsToWrite(
      current,
      plan,
      new Map([
        ['tng-s01e01:rating', 'file'],
        ['tng-s01e02:rating', 'file'],
      ]),
      {
        at: 2000,
        by: 'import',
      },
    )
    expect(written.map((r) => [r.id, r.rating10])).toEqual([
      ['tng-s01e01', 8],
      ['tng-s01e02', 8],
    ])
  })
})
