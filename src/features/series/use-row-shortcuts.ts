import { useRef } from 'react'
import { useNavigate } from 'react-router'
import { paths } from '@/lib/paths'
import { useShortcuts } from '@/lib/use-shortcuts'
import { canEdit, useTrackingStore } from '@/tracking/store'
import { useWatchActions } from '@/tracking/use-watch-actions'

/**
 * j/k walk the episode rows (focus moves to the row's checkbox), x toggles the row in focus,
 * s skips it (or takes the skip back), 1–5 rate it (Shift: half a star less), 0 clears the
 * rating, n opens its page to write a note: the keys `?` lists. Returns the ref for the list.
 */
export function useRowShortcuts(announce: (message: string) => void = () => undefined) {
  const list = useRef<HTMLOListElement>(null)
  const store = useTrackingStore()
  const navigate = useNavigate()
  const { setRating } = useWatchActions()
  /** The episode of the row holding the focus, if the focus is in this list. */
  const focusedEpisode = (): string | undefined => {
    const at = document.activeElement
    if (!(at instanceof HTMLElement) || !list.current?.contains(at)) return undefined
    return at.closest<HTMLElement>('.episode-row')?.dataset.episode
  }
  const rate = (rating10: number | null) => {
    const id = focusedEpisode()
    if (id === undefined || !canEdit(store.getState())) return
    setRating(id, rating10)
    // Screen readers hear what the key did, as on the episode page.
    announce(rating10 === null ? 'Rating cleared' : `Rated ${rating10 / 2} stars`)
  }
  const step = (by: number) => {
    const boxes = [
      ...(list.current?.querySelectorAll<HTMLInputElement>('.episode-row .check') ?? []),
    ]
    const at = boxes.findIndex((box) => box === document.activeElement)
    const next = boxes[at === -1 ? (by > 0 ? 0 : boxes.length - 1) : at + by]
    next?.focus()
  }
  useShortcuts({
    j: () => step(1),
    k: () => step(-1),
    x: () => {
      const box = document.activeElement
      if (box instanceof HTMLInputElement && list.current?.contains(box)) box.click()
      else step(1)
    },
    s: () => {
      const box = document.activeElement
      if (!(box instanceof HTMLElement) || !list.current?.contains(box)) return
      box.closest('.episode-row')?.querySelector<HTMLButtonElement>('.episode-row__skip')?.click()
    },
    n: () => {
      const id = focusedEpisode()
      if (id !== undefined) void navigate(paths.episode(id), { state: { writeNote: true } })
    },
    Digit0: () => rate(null),
    ...Object.fromEntries(
      [1, 2, 3, 4, 5].flatMap((stars) => [
        [`Digit${stars}`, () => rate(stars * 2)],
        [`Shift+Digit${stars}`, () => rate(stars * 2 - 1)],
      ]),
    ),
  })
  return list
}
