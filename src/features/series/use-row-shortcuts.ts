import { useRef } from 'react'
import { useShortcuts } from '@/lib/use-shortcuts'

/**
 * j/k walk the episode rows (focus moves to the row's checkbox), x toggles the row in focus,
 * s skips it (or takes the skip back). Returns the ref for the list element.
 */
export function useRowShortcuts() {
  const list = useRef<HTMLOListElement>(null)
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
  })
  return list
}
