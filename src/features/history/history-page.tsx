import { useMemo } from 'react'
import { Link } from 'react-router'
import { useCatalogue } from '@/catalogue/queries'
import { episodeCode } from '@/catalogue/select'
import { formatDay, isValidDay, localDay } from '@/lib/dates'
import { paths } from '@/lib/paths'
import { useDocumentTitle } from '@/lib/use-document-title'
import { diary, type DiaryEntry } from '@/tracking/diary'
import { useAllRecords, useEditsLocked } from '@/tracking/store'
import { useWatchActions } from '@/tracking/use-watch-actions'

const precisionText: Record<string, string> = {
  exact: '',
  date: '',
  release: ' (at release)',
  unknown: '',
}

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
      ) : (
        <ol className="diary">
          {rows.map((row) => (
            <DiaryRow key={`${row.recordId}#${row.playIndex}`} row={row} />
          ))}
        </ol>
      )}
    </div>
  )
}

function DiaryRow({ row }: { row: DiaryEntry }) {
  const { setPlay, removePlay } = useWatchActions()
  const locked = useEditsLocked()
  const title = row.entry?.episode.title ?? `Unknown episode (${row.recordId})`
  return (
    <li className="diary__row">
      <span className="diary__day">
        {row.day ? formatDay(row.day) : 'Date not remembered'}
        {precisionText[row.play.precision]}
      </span>
      <span className="diary__what">
        {row.entry ? <Link to={paths.episode(row.recordId)}>{title}</Link> : title}
        {row.entry && (
          <span className="muted">
            {' '}
            {row.entry.series.abbreviation} {episodeCode(row.entry)}
          </span>
        )}
      </span>
      <span className="diary__actions">
        <label>
          <span className="visually-hidden">Date of this viewing of {title}</span>
          <input
            type="date"
            className="diary__date"
            value={row.day ?? ''}
            max={localDay(new Date())}
            disabled={locked}
            onChange={(e) => {
              const day = e.target.value
              if (isValidDay(day) && day <= localDay(new Date())) {
                setPlay(row.recordId, row.playIndex, { precision: 'date', watchedAt: day })
              }
            }}
          />
        </label>
        <button
          type="button"
          className="button button--quiet"
          disabled={locked}
          onClick={() => removePlay(row.recordId, row.playIndex)}
        >
          Remove <span className="visually-hidden">this viewing of {title}</span>
        </button>
      </span>
    </li>
  )
}
