import { afterEach, describe, expect, it, vi } from 'vitest'
import { dayOf, formatDay, isValidDay, localDay } from '@/lib/dates'

describe('formatDay', () => {
  it('writes a calendar date the British way', () => {
    expect(formatDay('2022-03-03')).toBe('3 March 2022')
    expect(formatDay('1966-09-08')).toBe('8 September 1966')
  })

  describe('west of Greenwich', () => {
    const originalTz = process.env.TZ
    afterEach(() => {
      if (originalTz === undefined) delete process.env.TZ
      else process.env.TZ = originalTz
    })

    it('keeps the day as written (no shift to the day before)', async () => {
      process.env.TZ = 'America/Los_Angeles'
      vi.resetModules()
      const dates = await import('@/lib/dates')
      expect(new Date(Date.UTC(2022, 2, 3)).getDate()).toBe(2) // the zone is really in effect
      expect(dates.formatDay('2022-03-03')).toBe('3 March 2022')
      expect(dates.formatDay('2000-01-01')).toBe('1 January 2000')
    })
  })

  it('returns text that is not a date unchanged', () => {
    expect(formatDay('')).toBe('')
    expect(formatDay('soon')).toBe('soon')
  })
})

describe('isValidDay', () => {
  it('accepts real calendar days, leap days included', () => {
    expect(isValidDay('2022-03-03')).toBe(true)
    expect(isValidDay('2024-02-29')).toBe(true)
  })

  it('rejects days that do not exist', () => {
    expect(isValidDay('2023-02-30')).toBe(false)
    expect(isValidDay('2023-02-29')).toBe(false)
    expect(isValidDay('2023-13-01')).toBe(false)
    expect(isValidDay('2023-04-31')).toBe(false)
  })

  it('rejects empty and malformed text', () => {
    expect(isValidDay('')).toBe(false)
    expect(isValidDay('2023-3-3')).toBe(false)
    expect(isValidDay('03/03/2022')).toBe(false)
    expect(isValidDay('2022-03-03T10:00:00Z')).toBe(false)
  })
})

describe('dayOf', () => {
  it('returns a stored calendar day as it is', () => {
    expect(dayOf('2022-03-03')).toBe('2022-03-03')
  })

  describe('away from Greenwich', () => {
    const originalTz = process.env.TZ
    afterEach(() => {
      if (originalTz === undefined) delete process.env.TZ
      else process.env.TZ = originalTz
    })

    it.each(['America/Los_Angeles', 'Pacific/Auckland'])(
      'gives the local day a stored date-time falls on, in %s',
      (zone) => {
        process.env.TZ = zone
        const lateEvening = new Date(2022, 2, 3, 23, 30)
        const earlyMorning = new Date(2022, 2, 4, 0, 30)
        expect(dayOf(lateEvening.toISOString())).toBe('2022-03-03')
        expect(dayOf(earlyMorning.toISOString())).toBe('2022-03-04')
      },
    )
  })
})

describe('localDay', () => {
  it('writes a date as yyyy-mm-dd with padding', () => {
    expect(localDay(new Date(2024, 0, 5, 12))).toBe('2024-01-05')
  })
})
