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
    const theirs = rated('a', 6, 200, 'phone')
    const plan = planImport(byId([ours]), [theirs])
    expect(counts(plan)).toEqual({ added: 0, changed: 0, conflicting: 0, unchanged: 1 })
    expect(plan.toApply).toEqual([theirs])
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
