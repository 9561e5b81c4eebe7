import { describe, expect, it } from 'vitest'
import { byDay, newestFirst, type DiaryEntry } from '@/tracking/diary'
import type { Play } from '@/tracking/model'

const entry = (recordId: string, play: Play, day: string | null): DiaryEntry => ({
  recordId,
  playIndex: 0,
  play,
  day,
  entry: undefined,
})

describe('the diary’s order', () => {
  it('keeps each local day together, even when a time’s UTC text falls on the next day', () => {
    // 02:00 UTC on 6 March is the evening of 5 March in New York: its local day is 5 March.
    const evening = entry(
      'a',
      { precision: 'exact', watchedAt: '2024-03-06T02:00:00.000Z', loggedAt: 1 },
      '2024-03-05',
    )
    const fifth = entry(
      'b',
      { precision: 'date', watchedAt: '2024-03-05', loggedAt: 2 },
      '2024-03-05',
    )
    const sixth = entry(
      'c',
      { precision: 'date', watchedAt: '2024-03-06', loggedAt: 3 },
      '2024-03-06',
    )
    const undated = entry('d', { precision: 'unknown', watchedAt: null, loggedAt: 4 }, null)
    const rows = [fifth, undated, evening, sixth].sort(newestFirst)
    expect(rows.map((r) => r.recordId)).toEqual(['c', 'a', 'b', 'd'])
    expect(
      byDay(rows).flatMap((item) => (item.kind === 'day' ? [`${item.day}: ${item.count}`] : [])),
    ).toEqual(['2024-03-06: 1', '2024-03-05: 2', 'null: 1'])
  })
})
