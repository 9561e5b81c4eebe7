import { describe, expect, it } from 'vitest'
import { scrollToShow } from '@/lib/scroll-into-row'

describe('scrollToShow', () => {
  it('leaves the row where it is when the item is in view', () => {
    expect(scrollToShow(0, 360, 10, 120)).toBe(0)
    expect(scrollToShow(200, 360, 300, 120)).toBe(200)
  })
  it('centres an item out of view, never before the start', () => {
    expect(scrollToShow(0, 360, 800, 120)).toBe(680)
    expect(scrollToShow(700, 360, 40, 120)).toBe(0)
    // Partly out of view counts as out of view.
    expect(scrollToShow(0, 360, 300, 120)).toBe(180)
  })
})
