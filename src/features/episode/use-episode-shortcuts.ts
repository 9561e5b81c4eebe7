import { useNavigate } from 'react-router'
import { useCatalogue } from '@/catalogue/queries'
import { neighbours } from '@/catalogue/select'
import { paths } from '@/lib/paths'
import { useShortcuts } from '@/lib/use-shortcuts'
import { isWatched } from '@/tracking/model'
import { useTrackingStore } from '@/tracking/store'
import { useWatchActions } from '@/tracking/use-watch-actions'

/**
 * j/k previous and next episode, x watched, 1–5 stars (Shift: half a star less), 0 clears,
 * n focuses the note. `announce` tells screen readers what a key did.
 */
export function useEpisodeShortcuts(id: string, announce: (message: string) => void): void {
  const index = useCatalogue()
  const navigate = useNavigate()
  const store = useTrackingStore()
  const { setWatched, setRating } = useWatchActions()

  const go = (to: string | undefined) => {
    if (to) void navigate(paths.episode(to))
  }
  const rate = (rating10: number | null) => {
    if (store.getState().status === 'readonly') return
    setRating(id, rating10)
    announce(rating10 === null ? 'Rating cleared' : `Rated ${rating10 / 2} stars`)
  }

  const handlers: Record<string, () => void> = {
    j: () => go(neighbours(index, id).next?.episode.id),
    k: () => go(neighbours(index, id).previous?.episode.id),
    x: () => {
      if (store.getState().status === 'readonly') return
      const watched = !isWatched(store.getState().records[id])
      setWatched([id], watched)
      announce(watched ? 'Marked watched' : 'Marked not watched')
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
