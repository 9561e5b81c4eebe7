import { useEffect, useRef } from 'react'
import { countOf } from '@/lib/plural'
import { Banner } from '@/ui/banner'
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
  const heading = useRef<HTMLHeadingElement>(null)
  const replanned = state.step === 'review' && state.replanned
  // The plan takes the place of the file picker's result: focus goes to it, and is read out.
  useEffect(() => heading.current?.focus(), [replanned])
  if (state.step !== 'review') return null
  const { read, plan, committing } = state
  const nothing =
    plan.viewings.add + plan.viewings.dated + plan.ratings.add + plan.notes.add === 0 &&
    plan.conflicts.length === 0
  const already = plan.viewings.already + plan.ratings.already + plan.notes.already
  return (
    <div className="import-plan" role="region" aria-label="What the import would do">
      <h3 ref={heading} tabIndex={-1}>
        What the files hold
      </h3>
      <ul className="found-list">
        {read.found.map((found) => (
          <li key={found.service}>{foundText(found)}</li>
        ))}
      </ul>
      {read.warnings.map((warning) => (
        <Banner key={warning} tone="warning" title="Incomplete export.">
          {warning}
        </Banner>
      ))}
      {(read.ignored > 0 || read.notRead.length > 0) && (
        <p className="muted">
          {read.ignored > 0 &&
            `${countOf(read.ignored, 'row')} left out on purpose (not watched, watchlists, totals). `}
          {read.notRead.length > 0 &&
            `Not read: ${read.notRead.length > 6 ? `${read.notRead.slice(0, 6).join(', ')} and ${read.notRead.length - 6} more` : read.notRead.join(', ')}.`}
        </p>
      )}
      <h3>What importing would do</h3>
      {replanned && (
        <p role="alert">
          Your log changed while this plan was open, so here it is again as it is now.
        </p>
      )}
      <ul className="plan-counts">
        <Count n={plan.viewings.add} one="viewing" what="to add" />
        <Count n={plan.ratings.add} one="rating" what="to add" />
        <Count n={plan.notes.add} one="note" what="to add" />
        <Count
          n={already}
          one="item"
          what={`already here${plan.viewings.dated > 0 ? ` (${countOf(plan.viewings.dated, 'date')} made more precise)` : ''}`}
        />
      </ul>
      {plan.overLimit > 0 && (
        <p>
          {countOf(plan.overLimit, 'viewing or note', 'viewings or notes')} go past what one entry
          holds (1,000 viewings, 100,000 characters of note) and will be left out or shortened.
        </p>
      )}
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
