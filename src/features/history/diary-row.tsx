import type { ComponentPropsWithRef } from 'react'
import { Link } from 'react-router'
import { episodeCode } from '@/catalogue/select'
import { formatDay, isDayUpToToday, localDay } from '@/lib/dates'
import { paths } from '@/lib/paths'
import type { DiaryEntry } from '@/tracking/diary'
import { useEditsLocked } from '@/tracking/store'
import { useWatchActions } from '@/tracking/use-watch-actions'

const precisionText: Record<string, string> = {
  exact: '',
  date: '',
  release: ' (at release)',
  unknown: '',
}

export const rowKey = (row: DiaryEntry) => `${row.recordId}#${row.playIndex}`

export type DiaryRowProps = {
  row: DiaryEntry
  selected: boolean
  onSelect: (row: DiaryEntry, selected: boolean) => void
} & Omit<ComponentPropsWithRef<'li'>, 'children' | 'onSelect'>

export function DiaryRow({ row, selected, onSelect, className, ...li }: DiaryRowProps) {
  const { setPlay, removePlay } = useWatchActions()
  const locked = useEditsLocked()
  const title = row.entry?.episode.title ?? `Unknown episode (${row.recordId})`
  return (
    <li
      className={`diary__row${selected ? ' is-selected' : ''}${className ? ` ${className}` : ''}`}
      {...li}
    >
      {/* The day is the heading above; the row says only how that date is known. */}
      <input
        type="checkbox"
        className="check"
        checked={selected}
        disabled={locked}
        onChange={(e) => onSelect(row, e.target.checked)}
        aria-label={`Select this viewing of ${title}${row.day ? `, ${formatDay(row.day)}` : ''}`}
      />
      <span className="diary__what">
        {row.entry ? <Link to={paths.episode(row.recordId)}>{title}</Link> : title}
        {row.entry && (
          <span className="muted">
            {' '}
            {row.entry.series.abbreviation} {episodeCode(row.entry)}
          </span>
        )}
        {precisionText[row.play.precision] && (
          <span className="muted">{precisionText[row.play.precision]}</span>
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
              if (isDayUpToToday(day)) {
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
