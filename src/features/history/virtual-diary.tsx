import { measureElement, useWindowVirtualizer } from '@tanstack/react-virtual'
import { useLayoutEffect, useRef, useState } from 'react'
import { DiaryHeading } from './diary-heading'
import { itemKey, type DiaryItemsProps } from './diary-items'
import { DiaryRow } from './diary-row'

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
export function VirtualDiary({ items, isChosen, onSelect }: DiaryItemsProps) {
  const list = useRef<HTMLOListElement>(null)
  const [offset, setOffset] = useState(0)
  // Where the list starts on the page: the virtualiser works in page scroll positions.
  useLayoutEffect(() => {
    const top = list.current?.getBoundingClientRect().top ?? 0
    setOffset(top + window.scrollY)
  }, [])
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => ESTIMATED_ROW_PX,
    // A row not laid out (a hidden tab, a test's DOM) measures 0: keep the estimate, or every
    // row would "fit" and be rendered, each render measuring 0 again.
    measureElement: (element, entry, instance) =>
      measureElement(element, entry, instance) || ESTIMATED_ROW_PX,
    overscan: 8,
    scrollMargin: offset,
    getItemKey: (i) => {
      const item = items[i]
      return item ? itemKey(item) : i
    },
  })
  return (
    <ol ref={list} className="diary diary--virtual" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((virtual) => {
        const item = items[virtual.index]
        if (!item) return null
        const placed = {
          ref: virtualizer.measureElement,
          'data-index': virtual.index,
          'aria-setsize': items.length,
          'aria-posinset': virtual.index + 1,
          className: 'diary__row--virtual',
          style: { transform: `translateY(${virtual.start - virtualizer.options.scrollMargin}px)` },
        }
        return item.kind === 'day' ? (
          <DiaryHeading key={virtual.key} day={item.day} count={item.count} {...placed} />
        ) : (
          <DiaryRow
            key={virtual.key}
            row={item.row}
            selected={isChosen(item.row)}
            onSelect={onSelect}
            {...placed}
          />
        )
      })}
    </ol>
  )
}
