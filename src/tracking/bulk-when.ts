import { seasonTitle, type CatalogueIndex } from '@/catalogue/select'
import { formatDay } from '@/lib/dates'
import type { PlayTime } from './model'

/**
 * When the viewings of a bulk mark ("Mark season watched", "Up to here") happened, as the
 * person answers it. Dating them all "now" put years of history into one month of Stats.
 */
export const bulkWhens = ['now', 'release', 'date', 'unknown'] as const
export type BulkWhen = (typeof bulkWhens)[number]

export interface WhenChoice {
  when: BulkWhen
  /** yyyy-mm-dd, the day for `date` (kept for the other choices, so it is there next time). */
  day: string
}

/**
 * The play one episode gets: at `at`, at release (its air date; null if the catalogue has none,
 * so it is counted but placed in no year), on a day, or undated.
 */
export function playTimeFor(choice: WhenChoice, at: Date, airDate: string | null): PlayTime {
  switch (choice.when) {
    case 'now':
      return { precision: 'exact', watchedAt: at.toISOString() }
    case 'release':
      return { precision: 'release', watchedAt: airDate }
    case 'date':
      return { precision: 'date', watchedAt: choice.day }
    case 'unknown':
      return { precision: 'unknown', watchedAt: null }
  }
}

/** How the confirmation says when: "", ", each on its air date", ", on 3 May 2021", … */
export function whenPhrase(choice: WhenChoice): string {
  switch (choice.when) {
    case 'now':
      return ''
    case 'release':
      return ', each on its air date'
    case 'date':
      return `, on ${formatDay(choice.day)}`
    case 'unknown':
      return ', date not known'
  }
}

/**
 * The seasons `ids` fall in, as a fan says them: "season 2", "seasons 1 and 2", "seasons 1–4", "seasons 1–3 and 5",
 * "specials and season 1", "films". In the catalogue's order; unknown ids are left out.
 */
export function seasonsPhrase(index: CatalogueIndex, ids: readonly string[]): string {
  const numbered = new Set<number>()
  const named = new Set<string>()
  for (const id of ids) {
    const entry = index.episodes.get(id)
    if (!entry) continue
    const { series, season } = entry
    if (series.kind === 'series' && season.label === undefined && season.number > 0) {
      numbered.add(season.number)
    } else {
      named.add(seasonTitle(series, season).toLowerCase())
    }
  }
  const runs: string[] = []
  const sorted = [...numbered].sort((a, b) => a - b)
  for (let i = 0; i < sorted.length;) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j += 1
    // Three or more in a row read as a range; two as themselves ("seasons 1 and 2").
    if (j - i >= 2) runs.push(`${sorted[i]}–${sorted[j]}`)
    else for (let k = i; k <= j; k += 1) runs.push(`${sorted[k]}`)
    i = j + 1
  }
  const parts = [...named]
  if (runs.length > 0) {
    const plural = runs.length > 1 || runs[0]?.includes('–') === true
    parts.push(`${plural ? 'seasons' : 'season'} ${listOf(runs)}`)
  }
  return listOf(parts)
}

function listOf(items: readonly string[]): string {
  return new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items)
}

/** A remembered choice as it was stored, or null if it is not one (stored by hand, or older). */
export function rememberedChoice(stored: unknown): WhenChoice | null {
  if (typeof stored !== 'object' || stored === null) return null
  const { when, day } = stored as Record<string, unknown>
  if (!bulkWhens.includes(when as BulkWhen) || typeof day !== 'string') return null
  return { when: when as BulkWhen, day }
}
