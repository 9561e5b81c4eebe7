import type { DiaryEntry, DiaryItem } from '@/tracking/diary'
import { DiaryHeading } from './diary-heading'
import { DiaryRow, rowKey } from './diary-row'

export interface DiaryItemsProps {
  items: readonly DiaryItem[]
  /** Whether this row's viewing is ticked (see HistoryPage). */
  isChosen: (row: DiaryEntry) => boolean
  onSelect: (row: DiaryEntry, selected: boolean) => void
}

export const itemKey = (item: DiaryItem): string =>
  item.kind === 'day' ? `day:${item.day ?? 'unknown'}` : rowKey(item.row)

/** The whole diary, drawn at once (short histories: find-in-page sees every row). */
export function DiaryItems({ items, isChosen, onSelect }: DiaryItemsProps) {
  return items.map((item) =>
    item.kind === 'day' ? (
      <DiaryHeading key={itemKey(item)} day={item.day} count={item.count} />
    ) : (
      <DiaryRow
        key={itemKey(item)}
        row={item.row}
        selected={isChosen(item.row)}
        onSelect={onSelect}
      />
    ),
  )
}
