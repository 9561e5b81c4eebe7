import { useMemo } from 'react'
import {
  markUnwatched,
  markWatched,
  removePlay,
  setNote,
  setPlay,
  setRating,
  setWatchedDate,
  watchAgain,
} from './edits'
import type { Play } from './model'
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
      watchAgain: (id: string) => edit([id], watchAgain(new Date())),
      setPlay: (id: string, index: number, play: Play) => edit([id], setPlay(index, play)),
      removePlay: (id: string, index: number) => edit([id], removePlay(index)),
    }
  }, [store])
}
