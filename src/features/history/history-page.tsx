import { useMemo } from 'react'
import { useCatalogue } from '@/catalogue/queries'
import { useDocumentTitle } from '@/lib/use-document-title'
import { diary } from '@/tracking/diary'
import { useAllRecords } from '@/tracking/store'
import { DiaryRow, rowKey } from './diary-row'
import { VIRTUAL_FROM, VirtualDiary } from './virtual-diary'

/** Every viewing, newest first. A long history is virtualised: only rows near the screen exist. */
export function HistoryPage() {
  const index = useCatalogue()
  const log = useAllRecords()
  const rows = useMemo(() => diary(index, log.records), [index, log])
  useDocumentTitle('History')

  return (
    <div className="page">
      <h1>History</h1>
      {rows.length === 0 ? (
        <p className="muted">Every viewing you log shows up here, newest first.</p>
      ) : rows.length <= VIRTUAL_FROM ? (
        <ol className="diary">
          {rows.map((row) => (
            <DiaryRow key={rowKey(row)} row={row} />
          ))}
        </ol>
      ) : (
        <VirtualDiary rows={rows} />
      )}
    </div>
  )
}
