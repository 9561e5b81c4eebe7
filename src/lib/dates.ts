const pad = (n: number): string => String(n).padStart(2, '0')

/** The person's local calendar day, as yyyy-mm-dd. */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** A stored date or date-time as the local yyyy-mm-dd it falls on. */
export function dayOf(value: string): string {
  return value.length === 10 ? value : localDay(new Date(value))
}

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/** `2022-03-03` → `3 March 2022` (calendar dates carry no time zone, so none is applied). */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number)
  if (!y || !m || !d) return day
  return longDate.format(new Date(Date.UTC(y, m - 1, d)))
}

export function isValidDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const [y, m, d] = value.split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** A real yyyy-mm-dd day, today or earlier: what a viewing can be dated. */
export function isDayUpToToday(day: string, today = localDay(new Date())): boolean {
  return isValidDay(day) && day <= today
}

/** Totals of viewing time: `45 min`, `12.5 h`. */
export function formatHours(minutes: number): string {
  if (minutes === 0) return '0 h'
  return minutes < 60 ? `${minutes} min` : `${Math.round(minutes / 6) / 10} h`
}
