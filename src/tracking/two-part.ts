import { otherPart, type CatalogueIndex, type EpisodeEntry } from '@/catalogue/select'
import { isWatched, type WatchRecord } from './model'

/** After marking one half of a feature-length episode, the other half, if still unwatched. */
export function partToOffer(
  index: CatalogueIndex,
  records: Readonly<Record<string, WatchRecord>>,
  id: string,
): EpisodeEntry | undefined {
  const partner = otherPart(index, id)
  return partner && !isWatched(records[partner.episode.id]) ? partner : undefined
}
