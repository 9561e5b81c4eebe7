import { describe, expect, it } from 'vitest'
import { pendingClass } from '@/lib/pending-class'

describe('pendingClass', () => {
  it('adds is-pending only while pending', () => {
    expect(pendingClass('muted', true)).toBe('muted is-pending')
    expect(pendingClass(undefined, true)).toBe('is-pending')
    expect(pendingClass('muted', false)).toBe('muted')
    expect(pendingClass(undefined, false)).toBeUndefined()
  })
})
