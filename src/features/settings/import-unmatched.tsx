import { downloadText } from '@/lib/download'
import { countOf } from '@/lib/plural'
import type { Unmatched } from '@/tracking/import/plan'
import { unmatchedCsv } from '@/tracking/import/unmatched-csv'

const SHOWN = 100

/** Rows that found no entry in the catalogue: listed with their reasons, never imported. */
export function ImportUnmatched({ unmatched }: { unmatched: readonly Unmatched[] }) {
  if (unmatched.length === 0) return null
  return (
    <details className="import-unmatched">
      <summary>
        {countOf(unmatched.length, 'row')} not matched to the catalogue (not imported)
      </summary>
      <button
        type="button"
        className="button"
        onClick={() => downloadText('not-imported.csv', unmatchedCsv(unmatched), 'text/csv')}
      >
        Download the list (CSV)
      </button>
      <ul className="unmatched-list">
        {unmatched.slice(0, SHOWN).map((row, i) => (
          <li key={i}>
            <strong>{row.label}</strong> <span className="muted">({row.source})</span>: {row.reason}
          </li>
        ))}
      </ul>
      {unmatched.length > SHOWN && (
        <p className="muted">
          The other {countOf(unmatched.length - SHOWN, 'row')} are in the CSV.
        </p>
      )}
    </details>
  )
}
