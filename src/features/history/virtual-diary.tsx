import { measureElement, useWindowVirtualizer } from '@tanstack/react-virtual'
import { useLayoutEffect, useRef, useState } from 'react'
import type { DiaryEntry } from '@/tracking/diary'
import { DiaryRow, rowKey } from './diary-row'

/**
 * Up to this many rows are rendered as a plain list (find-in-page sees them all); above it only
 * the rows near the screen exist. 10,000 records made 11,948 rows and 113,673 DOM nodes.
 */
export const VIRTUAL_FROM = 300

/** A row's height before it is measured: one line on a wide screen (rows measure themselves). */
const ESTIMATED_ROW_PX = 61

/**
 * The diary as a window-scrolled virtual list (@tanstack/react-virtual, docs/decisions/008): the
 * page scrolls as usual, the list keeps its full height, and each row says where it is in the
 * whole list (aria-setsize, aria-posinset) for screen readers.
 */
export function VirtualDiary({ rows }: { rows: readonly DiaryEntry[] }) {
  const list = useRef<HTMLOListElement>(null)
  const [offset, setOffset] = useState(0)
  // Where the list starts on the page: the virtualiser works in page scroll positions.
  useLayoutEffect(() => {
    const top = list.current?.getBoundingClientRect().top ?? 0
    setOffset(top + window.scrollY)
  }, [])
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => ESTIMATED_ROW_PX,
    // A row not laid out (a hidden tab, a test's DOM) measures 0: keep the estimate, or every
    // row would "fit" and be rendered, each render measuring 0 again.
    measureElement: (element, entry, instance) =>
      measureElement(element, entry, instance) || ESTIMATED_ROW_PX,
    overscan: 8,
    scrollMargin: offset,
    getItemKey: (i) => {
      const row = rows[i]
      return row ? rowKey(row) : i
    },
  })
  return (
    <ol ref={list} className="diary diary--virtual" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index]
        if (!row) return null
        return (
          <DiaryRow
            key={item.key}
            row={row}
            ref={virtualizer.measureElement}
            data-index={item.index}
            aria-setsize={rows.length}
            aria-posinset={item.index + 1}
            className="diary__row--virtual"
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          />
        )
      })}
    </ol>
  )
}
