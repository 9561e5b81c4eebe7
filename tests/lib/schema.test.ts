import { describe, expect, it } from 'vitest'
import { int, isoDate, isoDateTime, v, validate } from '@/lib/schema'

describe('validate', () => {
  const shape = v.object({ plays: v.array(v.object({ watchedAt: isoDate() })) })

  it('gives the data, without keys the schema does not name', () => {
    expect(validate(shape, { plays: [{ watchedAt: '2024-02-29' }], extra: 1 })).toEqual({
      success: true,
      data: { plays: [{ watchedAt: '2024-02-29' }] },
    })
  })

  it('names where a value is wrong, as keys', () => {
    const result = validate(shape, { plays: [{ watchedAt: '2024-02-29' }, { watchedAt: 'x' }] })
    expect(result).toEqual({
      success: false,
      issues: [{ path: ['plays', 1, 'watchedAt'], message: 'Invalid ISO date' }],
    })
  })
})

describe('int', () => {
  it.each([0, -3, Number.MAX_SAFE_INTEGER])('takes %s', (n) => {
    expect(validate(int(), n).success).toBe(true)
  })
  it.each([1.5, 1e300, Number.NaN, Number.POSITIVE_INFINITY, '1'])('refuses %s', (n) => {
    expect(validate(int(), n).success).toBe(false)
  })
})

describe('isoDate', () => {
  it.each(['2024-02-29', '2000-02-29', '0050-01-01', '1966-09-08'])('takes %s', (day) => {
    expect(validate(isoDate(), day).success).toBe(true)
  })
  it.each(['2023-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-1-01', '2024-01-01T00'])(
    'refuses %s',
    (day) => {
      expect(validate(isoDate(), day).success).toBe(false)
    },
  )
})

describe('isoDateTime', () => {
  it.each([
    '2024-02-29T21:30:00Z',
    '2024-02-29T21:30:00.123Z',
    '2024-02-29T21:30:00+01:00',
    '2024-02-29T21:30:00.5-05:30',
    new Date(0).toISOString(),
  ])('takes %s', (time) => {
    expect(validate(isoDateTime(), time).success).toBe(true)
  })
  it.each([
    '2024-02-29T21:30Z', // RFC 3339 wants seconds
    '2024-02-29T21:30:00', // no zone: which moment?
    '2024-02-29 21:30:00Z',
    '2024-02-29T21:30:00+0100',
    '2023-02-29T21:30:00Z',
    '2024-02-29T24:00:00Z',
  ])('refuses %s', (time) => {
    expect(validate(isoDateTime(), time)).toMatchObject({
      success: false,
      issues: [{ message: 'Invalid ISO datetime' }],
    })
  })
})
