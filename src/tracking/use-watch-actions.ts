import { useMemo } from 'react'
import {
  markUnwatched,
  markWatched,
  removePlay,
  removeRewatchStart,
  setNote,
  setPlay,
  setRating,
  setSkipped,
  setWatchedDate,
  watchAgain,
} from './edits'
import type { PlayTime } from './model'
import { useTrackingStore } from './store'

/**
 * The edits screens make, bound to the store. Stable across renders. `since` is when the
 * episode's pass in progress began (see passes.ts; 0 for a first watch).
 */
export function useWatchActions() {
  const store = useTrackingStore()
  return useMemo(() => {
    const { edit } = store.getState().actions
    return {
      setWatched: (ids: readonly string[], watched: boolean, since = 0) =>
        edit(ids, watched ? markWatched(new Date(), since) : markUnwatched(since)),
      setSkipped: (id: string, skipped: boolean) => edit([id], setSkipped(skipped)),
      setWatchedDate: (id: string, day: string, since = 0) =>
        edit([id], setWatchedDate(day, new Date(), since)),
      setRating: (id: string, rating10: number | null) => edit([id], setRating(rating10)),
      setNote: (id: string, note: string) => edit([id], setNote(note), { debounce: true }),
      watchAgain: (id: string, time?: PlayTime) => edit([id], watchAgain(new Date(), time)),
      setPlay: (id: string, index: number, time: PlayTime) => edit([id], setPlay(index, time)),
      removePlay: (id: string, index: number) => edit([id], removePlay(index)),
      /** Takes back the rewatch that began at `startedAt` (the one the person saw). */
      cancelRewatch: (scopeId: string, startedAt: number) =>
        edit([scopeId], removeRewatchStart(startedAt)),
    }
  }, [store])
}
