import { otherPart, type CatalogueIndex, type EpisodeEntry } from '@/catalogue/select'
import { statusOf, type Records } from './passes'

/**
 * After marking one half of a feature-length episode, the other half, if still to watch (not
 * watched in its pass, and not skipped: a skipped half was left out on purpose).
 */
export function partToOffer(
  index: CatalogueIndex,
  records: Records,
  id: string,
): EpisodeEntry | undefined {
  const partner = otherPart(index, id)
  return partner && statusOf(records, partner) === 'unwatched' ? partner : undefined
}

/** The words of the offer, the same wherever it is made. */
export function partOfferText(other: EpisodeEntry): { message: string; confirmLabel: string } {
  return {
    message: `“${other.episode.partOf ?? other.episode.title}” is one feature-length episode in two parts. Mark the other part as watched too?`,
    confirmLabel: `Mark “${other.episode.title}” watched`,
  }
}
