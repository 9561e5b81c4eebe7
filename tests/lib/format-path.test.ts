import { describe, expect, it } from 'vitest'
import { formatPath } from '@/lib/format-path'

describe('formatPath', () => {
  it('writes array indexes in brackets and properties with dots', () => {
    expect(formatPath(['records', 3, 'plays', 0, 'watchedAt'])).toBe(
      'records[3].plays[0].watchedAt',
    )
  })

  it('writes a single property without a leading dot', () => {
    expect(formatPath(['version'])).toBe('version')
  })

  it('writes a path that starts with an index', () => {
    expect(formatPath([2, 'title'])).toBe('[2].title')
  })

  it('writes the empty path as empty text', () => {
    expect(formatPath([])).toBe('')
  })
})
