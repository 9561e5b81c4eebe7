/**
 * The scrollLeft that brings an item of a horizontally scrolling row fully into view, centred,
 * or the current one when it is in view already (so nothing moves for no reason). Positions are
 * in the row's scroll coordinates: `itemStart` is the item's offset from the row's content start.
 */
export function scrollToShow(
  scrollLeft: number,
  viewWidth: number,
  itemStart: number,
  itemWidth: number,
): number {
  const visible = itemStart >= scrollLeft && itemStart + itemWidth <= scrollLeft + viewWidth
  if (visible) return scrollLeft
  return Math.max(0, Math.round(itemStart - (viewWidth - itemWidth) / 2))
}
