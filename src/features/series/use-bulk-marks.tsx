import { useCallback, useState, type ReactNode } from 'react'
import { useCatalogue } from '@/catalogue/queries'
import { playTimeFor, seasonsPhrase, whenPhrase, type WhenChoice } from '@/tracking/bulk-when'
import { episodesUpTo, passStartOf } from '@/tracking/passes'
import { useTrackingStore } from '@/tracking/store'
import { useBulkWatch } from '@/tracking/use-bulk-watch'
import { UndoOffer } from '@/ui/undo-offer'
import { WhenPanel } from './when-panel'

/** Where "Mark season watched" is, the season's head: its panel and Undo go there. */
export const HEAD = 'season'

/** A bulk mark waiting for its "When?": which episodes, and where it was asked for (a row id). */
interface Asking {
  ids: string[]
  at: string
  upTo?: string
}

const plural = (n: number): string => `${n} episode${n === 1 ? '' : 's'}`

/**
 * The season's bulk marks. Marking watched asks when first (now, at release, on a day, not
 * remembered), in a panel where the person acted; the confirmation and its Undo then take the
 * panel's place, there, instead of at the top of a long season. Unmarking needs no date.
 * `anchor` is where that is: HEAD (the season's head), a row's episode id, or another place
 * the caller named in `ask`; null when there is nothing to show. `notice()` is what to show.
 */
export function useBulkMarks() {
  const index = useCatalogue()
  const store = useTrackingStore()
  /** When each episode's pass in progress began (see passes.ts). Stable. */
  const sinceOf = useCallback(
    (id: string) => passStartOf(index, store.getState().records, id),
    [index, store],
  )
  const bulk = useBulkWatch()
  const [asking, setAsking] = useState<Asking | null>(null)
  const [actedAt, setActedAt] = useState(HEAD)
  const { pending } = bulk

  const ask = useCallback(
    (ids: readonly string[], at: string, upTo?: string) => {
      const targets = pending(ids, true, sinceOf)
      if (targets.length > 0) setAsking({ ids: targets, at, upTo })
    },
    [pending, sinceOf],
  )
  const askUpTo = useCallback(
    (id: string) => ask(episodesUpTo(index, store.getState().records, id), id, id),
    [ask, index, store],
  )

  // "seasons 1 and 2, up to “Assimilation”": which episodes, as the confirmation says it.
  const scope = (ids: readonly string[], upTo?: string) => {
    const title = upTo === undefined ? undefined : index.episodes.get(upTo)?.episode.title
    return `${seasonsPhrase(index, ids)}${title ? `, up to “${title}”` : ''}`
  }

  function mark(choice: WhenChoice) {
    if (!asking) return
    const { ids, upTo, at } = asking
    const timeOf = (id: string, now: Date) =>
      playTimeFor(choice, now, index.episodes.get(id)?.episode.airDate ?? null)
    const describe = (targets: readonly string[]) =>
      `${plural(targets.length)} marked watched${whenPhrase(choice)} (${scope(targets, upTo)}).`
    bulk.apply(ids, true, describe, sinceOf, timeOf)
    setActedAt(at)
    setAsking(null)
  }

  function unmark(ids: readonly string[]) {
    const describe = (t: readonly string[]) => `${plural(t.length)} marked unwatched (${scope(t)}).`
    bulk.apply(ids, false, describe, sinceOf)
    setActedAt(HEAD)
    setAsking(null)
  }

  const anchor = asking ? asking.at : bulk.last || bulk.kept > 0 ? actedAt : null

  function notice(): ReactNode {
    if (asking) {
      return (
        <WhenPanel
          what={`${plural(asking.ids.length)}: ${scope(asking.ids, asking.upTo)}`}
          count={asking.ids.length}
          onConfirm={mark}
          onCancel={() => setAsking(null)}
        />
      )
    }
    return <UndoOffer {...bulk.offer} />
  }

  /** Of `ids`, those not yet watched in their pass (what marking them would change). */
  const left = (ids: readonly string[]) => pending(ids, true, sinceOf)

  return { ask, askUpTo, unmark, anchor, notice, notYetWatched: left, sinceOf }
}
