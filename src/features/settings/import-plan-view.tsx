import { countOf } from '@/lib/plural'
import { ImportConflicts } from './import-conflicts'
import { ImportUnmatched } from './import-unmatched'
import { foundText } from './import-words'
import type { useOtherImport } from './use-other-import'

type Flow = ReturnType<typeof useOtherImport>

/** "14 viewings to add", the figure large. */
function Count({ n, one, what }: { n: number; one: string; what: string }) {
  return (
    <li>
      <strong>{n.toLocaleString('en-GB')}</strong> {n === 1 ? one : `${one}s`} {what}
    </li>
  )
}

/** The plan: what the files hold, what would be added, what is already here, what conflicts. */
export function ImportPlanView({ flow, onCancel }: { flow: Flow; onCancel: () => void }) {
  const { state } = flow
  if (state.step !== 'review') return null
  const { read, plan, committing } = state
  const nothing =
    plan.viewings.add + plan.viewings.dated + plan.ratings.add + plan.notes.add === 0 &&
    plan.conflicts.length === 0
  return (
    <div className="import-plan" role="region" aria-label="What the import would do">
      <h3>What the files hold</h3>
      <ul className="found-list">
        {read.found.map((found) => (
          <li key={found.service}>{foundText(found)}</li>
        ))}
      </ul>
      <ul className="plan-counts">
        <Count n={plan.viewings.add} one="viewing" what="to add" />
        <Count n={plan.ratings.add} one="rating" what="to add" />
        <Count n={plan.notes.add} one="note" what="to add" />
        <Count
          n={plan.viewings.already + plan.ratings.already + plan.notes.already}
          one="item"
          what={`already here${plan.viewings.dated > 0 ? ` (${countOf(plan.viewings.dated, 'date')} made more precise)` : ''}`}
        />
      </ul>
      {read.found.some((f) => f.service === 'imdb') && (
        <label className="toggle toggle--small">
          <input
            type="checkbox"
            className="check"
            checked={flow.ratedMeansWatched}
            onChange={(e) => flow.setRated(e.target.checked)}
          />
          <span>Count each rated episode and film as watched (date not known)</span>
        </label>
      )}
      <ImportConflicts conflicts={plan.conflicts} choices={flow.choices} keep={flow.keep} />
      <ImportUnmatched unmatched={plan.unmatched} />
      {nothing && <p>Everything in the files is already here: importing changes nothing.</p>}
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={committing}
          onClick={() => void flow.confirm()}
        >
          Import
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={committing}>
          Cancel
        </button>
      </div>
    </div>
  )
}
