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

/** The words of the offer, the same wherever it is made. */
export function partOfferText(other: EpisodeEntry): { message: string; confirmLabel: string } {
  return {
    message: `“${other.episode.partOf ?? other.episode.title}” is one feature-length episode in two parts. Mark the other part as watched too?`,
    confirmLabel: `Mark “${other.episode.title}” watched`,
  }
}
