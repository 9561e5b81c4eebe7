import type { CatalogueIndex } from '@/catalogue/select'
import { isWatched } from './model'
import { statusOf, type Records } from './passes'

/**
 * With the spoiler shield on for a series, every episode after the person's next one to watch
 * (neither watched in the pass in progress nor skipped) is hidden, unless they have seen it
 * before: title and facts, never their own notes. Returns the ids to hide.
 */
export function shieldedIds(
  index: CatalogueIndex,
  records: Records,
  seriesId: string,
): Set<string> {
  const order = index.orderBySeries.get(seriesId) ?? []
  const next = order.findIndex((id) => {
    const entry = index.episodes.get(id)
    return entry !== undefined && statusOf(records, entry) === 'unwatched'
  })
  return new Set(next === -1 ? [] : order.slice(next + 1).filter((id) => !isWatched(records[id])))
}
