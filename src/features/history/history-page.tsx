import { useCallback, useMemo, useState } from 'react'
import { useCatalogue } from '@/catalogue/queries'
import { formatDay } from '@/lib/dates'
import { useDocumentTitle } from '@/lib/use-document-title'
import { byDay, diary, type DiaryEntry } from '@/tracking/diary'
import type { Play } from '@/tracking/model'
import { setPlays } from '@/tracking/edits'
import { useAllRecords, useEditsLocked } from '@/tracking/store'
import { useBulkWatch } from '@/tracking/use-bulk-watch'
import { UndoOffer } from '@/ui/undo-offer'
import { DiaryItems } from './diary-items'
import { RedateBar } from './redate-bar'
import { VIRTUAL_FROM, VirtualDiary } from './virtual-diary'

/**
 * Every viewing, newest first, under a heading for each day. Tick several to give them one
 * date at once (with Undo). A long history is virtualised: only rows near the screen exist.
 */
export function HistoryPage() {
  const index = useCatalogue()
  const log = useAllRecords()
  const locked = useEditsLocked()
  const bulk = useBulkWatch()
  const [focusUndo, setFocusUndo] = useState(false)
  const rows = useMemo(() => diary(index, log.records), [index, log])
  const items = useMemo(() => byDay(rows), [rows])
  // Each ticked viewing by its play object, not its position: removing an earlier play moves
  // the later ones up, and a tick must stay with its viewing, never move onto another one. (A
  // record replaced from another tab brings new objects: its ticks go, they never move.)
  const [selected, setSelected] = useState<ReadonlySet<Play>>(new Set())
  const isChosen = useCallback((row: DiaryEntry) => selected.has(row.play), [selected])
  const chosen = rows.filter(isChosen)
  const select = useCallback((row: DiaryEntry, on: boolean) => {
    setSelected((current) => {
      const next = new Set(current)
      if (on) next.add(row.play)
      else next.delete(row.play)
      return next
    })
  }, [])
  useDocumentTitle('History')

  function redate(day: string) {
    const plays = new Map<string, number[]>()
    for (const row of chosen)
      plays.set(row.recordId, [...(plays.get(row.recordId) ?? []), row.playIndex])
    const n = chosen.length
    bulk.change(
      [...plays.keys()],
      (record) =>
        setPlays(plays.get(record.id) ?? [], { precision: 'date', watchedAt: day })(record),
      `${n === 1 ? '1 viewing' : `${n} viewings`} re-dated to ${formatDay(day)}.`,
    )
    setSelected(new Set())
    setFocusUndo(true)
  }

  return (
    <div className="page">
      <h1>History</h1>
      {chosen.length > 0 && (
        <RedateBar
          count={chosen.length}
          disabled={locked}
          onRedate={redate}
          onClear={() => setSelected(new Set())}
        />
      )}
      <UndoOffer
        {...bulk.offer}
        // The bar the person was in is gone: the confirmation takes the focus, not the page top.
        focus={focusUndo}
      />
      {rows.length === 0 ? (
        <p className="muted">Every viewing you log shows up here, newest first.</p>
      ) : rows.length <= VIRTUAL_FROM ? (
        <ol className="diary">
          <DiaryItems items={items} isChosen={isChosen} onSelect={select} />
        </ol>
      ) : (
        <VirtualDiary items={items} isChosen={isChosen} onSelect={select} />
      )}
    </div>
  )
}
