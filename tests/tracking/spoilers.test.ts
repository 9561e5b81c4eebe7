import { describe, expect, it } from 'vitest'
import { indexCatalogue } from '@/catalogue/select'
import { emptyRecord, type WatchRecord } from '@/tracking/model'
import { shieldedIds } from '@/tracking/spoilers'
import { miniCatalogue } from '../fixtures/mini-catalogue'
import { byId, watched } from '../fixtures/watch-records'

const index = indexCatalogue(miniCatalogue)
// Series A in viewing order: aaa-s00e01, aaa-s01e01…e03, aaa-s02e01…e02.

const skipped = (id: string): WatchRecord => ({ ...emptyRecord(id), skipped: true })
const rewatch = (id: string, at: number): WatchRecord => ({
  ...emptyRecord(id),
  rewatchStarts: [at],
})
const hidden = (...records: WatchRecord[]) => [...shieldedIds(index, byId(records), 'aaa')].sort()

describe('shieldedIds', () => {
  it('hides everything after the first episode before anything is watched', () => {
    expect(hidden()).toEqual(['aaa-s01e01', 'aaa-s01e02', 'aaa-s01e03', 'aaa-s02e01', 'aaa-s02e02'])
  })

  it('hides what comes after the next episode to watch, passing over skipped ones', () => {
    expect(hidden(watched('aaa-s00e01'), watched('aaa-s01e01'), skipped('aaa-s01e02'))).toEqual([
      'aaa-s02e01',
      'aaa-s02e02',
    ])
  })

  it('still hides a skipped episode after the next one: skipping is not seeing', () => {
    expect(hidden(skipped('aaa-s01e02'))).toContain('aaa-s01e02')
  })

  it('hides nothing once every episode is watched or skipped', () => {
    expect(
      hidden(
        watched('aaa-s00e01'),
        watched('aaa-s01e01'),
        watched('aaa-s01e02'),
        skipped('aaa-s01e03'),
        watched('aaa-s02e01'),
        watched('aaa-s02e02'),
      ),
    ).toEqual([])
  })

  it('in a rewatch, starts again from the first episode but never hides one seen before', () => {
    const seen = ['aaa-s00e01', 'aaa-s01e01', 'aaa-s01e02', 'aaa-s01e03', 'aaa-s02e01']
    // Everything but A5 seen in the first pass; the rewatch has just begun.
    expect(hidden(...seen.map((id) => watched(id, 10)), rewatch('aaa', 100))).toEqual([
      'aaa-s02e02',
    ])
    // The same with a rewatch of season 1 only: the next one is A1 now, A5 is still unseen.
    expect(hidden(...seen.map((id) => watched(id, 10)), rewatch('aaa-s01', 100))).toEqual([
      'aaa-s02e02',
    ])
  })

  it('in a rewatch, the next episode is the first one not watched in this pass', () => {
    // A pilot and A1 watched again after the rewatch began; A2 on: seen in the first pass only.
    const records = [
      watched('aaa-s00e01', 150),
      watched('aaa-s01e01', 160),
      watched('aaa-s02e02', 10),
      rewatch('aaa', 100),
    ]
    expect(hidden(...records)).toEqual(['aaa-s01e03', 'aaa-s02e01'])
  })
})
