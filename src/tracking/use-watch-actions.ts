import { useMemo } from 'react'
import { markUnwatched, markWatched, setNote, setRating, setWatchedDate } from './edits'
import { useTrackingStore } from './store'

/** The edits screens make, bound to the store. Stable across renders. */
export function useWatchActions() {
  const store = useTrackingStore()
  return useMemo(() => {
    const { edit } = store.getState().actions
    return {
      setWatched: (ids: readonly string[], watched: boolean) =>
        edit(ids, watched ? markWatched(new Date()) : markUnwatched),
      setWatchedDate: (id: string, day: string) => edit([id], setWatchedDate(day)),
      setRating: (id: string, rating10: number | null) => edit([id], setRating(rating10)),
      setNote: (id: string, note: string) => edit([id], setNote(note), { debounce: true }),
    }
  }, [store])
}
