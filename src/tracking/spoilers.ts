import type { CatalogueIndex } from '@/catalogue/select'
import { isWatched, type WatchRecord } from './model'

/**
 * With the spoiler shield on for a series, every episode after the person's next unwatched one
 * is hidden (title and facts; never their own notes). Returns the ids to hide.
 */
export function shieldedIds(
  index: CatalogueIndex,
  records: Readonly<Record<string, WatchRecord>>,
  seriesId: string,
): Set<string> {
  const order = index.orderBySeries.get(seriesId) ?? []
  const next = order.findIndex((id) => !isWatched(records[id]))
  return new Set(next === -1 ? [] : order.slice(next + 1).filter((id) => !isWatched(records[id])))
}
