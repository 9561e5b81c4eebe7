import { describe, expect, it } from 'vitest'
import { planImport } from '@/tracking/backup/plan-import'
import { emptyRecord, type WatchRecord } from '@/tracking/model'
import { byId, watched } from '../../fixtures/watch-records'

const counts = (plan: ReturnType<typeof planImport>) => ({
  added: plan.added,
  changed: plan.changed,
  conflicting: plan.conflicting,
  unchanged: plan.unchanged,
})

const rated = (id: string, rating10: number, updatedAt: number, by = 'phone'): WatchRecord => ({
  ...watched(id, updatedAt, by),
  rating10,
})

describe('planImport', () => {
  it('into an empty log, everything is new and everything is applied', () => {
    const file = [watched('a'), rated('b', 5, 2), { ...emptyRecord('c'), updatedAt: 3 }]
    const plan = planImport({}, file)
    expect(counts(plan)).toEqual({ added: 3, changed: 0, conflicting: 0, unchanged: 0 })
    expect(plan.toApply).toEqual(file)
  })

  it('the same file a second time changes nothing', () => {
    const file = [watched('a', 10), rated('b', 5, 20)]
    const plan = planImport(byId(structuredClone(file)), file)
    expect(counts(plan)).toEqual({ added: 0, changed: 0, conflicting: 0, unchanged: 2 })
    expect(plan.toApply).toEqual([])
  })

  it('a newer copy in the file replaces ours and is counted as changed', () => {
    const theirs = rated('a', 9, 200)
    const plan = planImport(byId([rated('a', 3, 100, 'laptop')]), [theirs])
    expect(counts(plan)).toEqual({ added: 0, changed: 1, conflicting: 0, unchanged: 0 })
    expect(plan.toApply).toEqual([theirs])
  })

  it('never overwrites a newer edit here: it is counted as conflicting and ours is kept', () => {
    const plan = planImport(byId([rated('a', 3, 300, 'laptop')]), [rated('a', 9, 200)])
    expect(counts(plan)).toEqual({ added: 0, changed: 0, conflicting: 1, unchanged: 0 })
    expect(plan.toApply).toEqual([])
  })

  it('a later removal in the file (a tombstone) wins over an earlier watch here', () => {
    const tombstone = { ...emptyRecord('a'), updatedAt: 500, updatedBy: 'phone' }
    const plan = planImport(byId([watched('a', 100)]), [tombstone])
    expect(counts(plan)).toEqual({ added: 0, changed: 1, conflicting: 0, unchanged: 0 })
    expect(plan.toApply).toEqual([tombstone])
  })

  it('an older tombstone in the file does not bring a removal back', () => {
    const plan = planImport(byId([watched('a', 600)]), [{ ...emptyRecord('a'), updatedAt: 500 }])
    expect(counts(plan)).toEqual({ added: 0, changed: 0, conflicting: 1, unchanged: 0 })
  })

  it('equal times are decided by tab id, as in every tab', () => {
    const plan = planImport(byId([rated('a', 3, 100, 'tab-a')]), [rated('a', 9, 100, 'tab-b')])
    expect(plan.changed).toBe(1)
    const back = planImport(byId([rated('a', 3, 100, 'tab-b')]), [rated('a', 9, 100, 'tab-a')])
    expect(back.conflicting).toBe(1)
  })

  it('counts a newer copy with the same content as unchanged, taking its newer stamp', () => {
    const ours = rated('a', 6, 100, 'laptop')
    // The same plays (logged at the same moments), rating and note, stamped later elsewhere.
    const theirs = { ...ours, updatedAt: 200, updatedBy: 'phone' }
    const plan = planImport(byId([ours]), [theirs])
    expect(counts(plan)).toEqual({ added: 0, changed: 0, conflicting: 0, unchanged: 1 })
    expect(plan.toApply).toEqual([theirs])
  })

  it('counts a newer copy whose play was logged in another pass as changed', () => {
    const ours = rated('a', 6, 100, 'laptop')
    const theirs = rated('a', 6, 200, 'phone') // the same day, logged at 200: a later pass
    const plan = planImport(byId([ours]), [theirs])
    expect(counts(plan)).toEqual({ added: 0, changed: 1, conflicting: 0, unchanged: 0 })
    expect(plan.toApply).toEqual([theirs])
  })

  it('applies a newer copy that only skips the episode or starts a rewatch', () => {
    const ours = watched('a', 100, 'laptop')
    const skipped = { ...ours, skipped: true, updatedAt: 200, updatedBy: 'phone' }
    expect(planImport(byId([ours]), [skipped]).toApply).toEqual([skipped])
    const series = { ...emptyRecord('s'), updatedAt: 100, updatedBy: 'laptop' }
    const rewatch = { ...series, rewatchStarts: [150], updatedAt: 200, updatedBy: 'phone' }
    expect(planImport(byId([series]), [rewatch]).toApply).toEqual([rewatch])
  })

  // Known src bug (plan-import.ts `sameContent` compares plays, rating and note only): a copy
  // that differs only in `skipped` or `rewatchStarts` is counted as unchanged. Remove `.fails`
  // once it compares those fields too.
  it('counts a copy that differs only in Skipped or rewatch starts as changed or conflicting', () => {
    const ours = watched('a', 100, 'laptop')
    const newerSkip = { ...ours, skipped: true, updatedAt: 200, updatedBy: 'phone' }
    expect(counts(planImport(byId([ours]), [newerSkip]))).toEqual({
      added: 0,
      changed: 1,
      conflicting: 0,
      unchanged: 0,
    })
    const olderSkip = { ...ours, skipped: true, updatedAt: 50, updatedBy: 'phone' }
    expect(counts(planImport(byId([ours]), [olderSkip]))).toEqual({
      added: 0,
      changed: 0,
      conflicting: 1,
      unchanged: 0,
    })
    const series = { ...emptyRecord('s'), updatedAt: 100, updatedBy: 'laptop' }
    const rewatch = { ...series, rewatchStarts: [150], updatedAt: 200, updatedBy: 'phone' }
    expect(planImport(byId([series]), [rewatch]).changed).toBe(1)
  })

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'treats an id named like an Object property (%s) as a new record, not as tracked',
    (id) => {
      const plan = planImport({}, [watched(id, 5)])
      expect(counts(plan)).toEqual({ added: 1, changed: 0, conflicting: 0, unchanged: 0 })
      expect(plan.toApply).toEqual([watched(id, 5)])
    },
  )
})
