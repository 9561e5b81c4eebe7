import { useNavigate } from 'react-router'
import { useCatalogue } from '@/catalogue/queries'
import { neighbours } from '@/catalogue/select'
import { paths } from '@/lib/paths'
import { useShortcuts } from '@/lib/use-shortcuts'
import { episodeStatus } from '@/tracking/model'
import { canEdit, useTrackingStore } from '@/tracking/store'
import { useWatchActions } from '@/tracking/use-watch-actions'

/**
 * j/k previous and next episode, x watched, s skipped, 1–5 stars (Shift: half a star less),
 * 0 clears, n focuses the note. `since` starts the pass in progress. `announce` tells screen
 * readers what a key did.
 */
export function useEpisodeShortcuts(
  id: string,
  since: number,
  announce: (message: string) => void,
): void {
  const index = useCatalogue()
  const navigate = useNavigate()
  const store = useTrackingStore()
  const { setWatched, setSkipped, setRating } = useWatchActions()

  const go = (to: string | undefined) => {
    if (to) void navigate(paths.episode(to))
  }
  const rate = (rating10: number | null) => {
    if (!canEdit(store.getState())) return
    setRating(id, rating10)
    announce(rating10 === null ? 'Rating cleared' : `Rated ${rating10 / 2} stars`)
  }

  const handlers: Record<string, () => void> = {
    j: () => go(neighbours(index, id).next?.episode.id),
    k: () => go(neighbours(index, id).previous?.episode.id),
    x: () => {
      if (!canEdit(store.getState())) return
      const watched = episodeStatus(store.getState().records[id], since) !== 'watched'
      setWatched([id], watched, since)
      announce(watched ? 'Marked watched' : 'Marked not watched')
    },
    s: () => {
      if (!canEdit(store.getState())) return
      const status = episodeStatus(store.getState().records[id], since)
      if (status === 'watched') return announce('Already watched: nothing to skip')
      setSkipped(id, status !== 'skipped')
      announce(status === 'skipped' ? 'No longer skipped' : 'Skipped')
    },
    n: () => document.getElementById('note-input')?.focus(),
    Digit0: () => rate(null),
  }
  for (let stars = 1; stars <= 5; stars += 1) {
    handlers[`Digit${stars}`] = () => rate(stars * 2)
    handlers[`Shift+Digit${stars}`] = () => rate(stars * 2 - 1)
  }
  useShortcuts(handlers)
}
