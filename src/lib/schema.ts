import * as v from 'valibot'

/**
 * Validation for data that comes from outside the code: stored records, other tabs, backups and
 * the catalogue when its bytes are not the build's. valibot rather than zod (decision 012): its
 * functions tree-shake one by one, so the first visit carries about 3 KB of it instead of zod
 * mini's 9 KB, and it never probes `new Function` (the Content Security Policy forbids eval).
 */
export { v }

/** One reason a value was refused: where (`['plays', 0, 'watchedAt']`) and what. */
export interface Issue {
  path: PropertyKey[]
  message: string
}

export type Validated<T> = { success: true; data: T } | { success: false; issues: Issue[] }

export function validate<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
): Validated<v.InferOutput<S>> {
  const result = v.safeParse(schema, input)
  if (result.success) return { success: true, data: result.output }
  return {
    success: false,
    issues: result.issues.map((issue) => ({
      path: (issue.path ?? []).map((item) => item.key as PropertyKey),
      message: issue.message,
    })),
  }
}

/** An integer JavaScript holds exactly (what zod's `int()` accepted; 1e300 is not one). */
export const int = () => v.pipe(v.number(), v.safeInteger())

// A real calendar day, leap years included, for years 0000-9999: the pattern zod 4 used, kept
// exactly so every record stored under it still reads. (A pattern alone would pass 2023-02-30.)
const DAY =
  '(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))'
const DAY_PATTERN = new RegExp(`^${DAY}$`)
// RFC 3339 with seconds, optional fraction, and `Z` or a `±hh:mm` offset.
const DATE_TIME_PATTERN = new RegExp(
  `^${DAY}T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$`,
)

/** `2024-02-29` */
export const isoDate = () => v.pipe(v.string(), v.regex(DAY_PATTERN, 'Invalid ISO date'))
/** `2024-02-29T21:30:00Z`, `2024-02-29T21:30:00.5+01:00` */
export const isoDateTime = () =>
  v.pipe(v.string(), v.regex(DATE_TIME_PATTERN, 'Invalid ISO datetime'))
