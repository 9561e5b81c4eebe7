import type { Conflict, Keep } from '@/tracking/import/plan'
import { countOf } from '@/lib/plural'

const SHOWN = 50

interface Props {
  conflicts: readonly Conflict[]
  choices: ReadonlyMap<string, Keep>
  keep: (keys: readonly string[], value: Keep) => void
}

/** A rating or note that differs here and in the file: yours is kept unless you choose the file's. */
export function ImportConflicts({ conflicts, choices, keep }: Props) {
  if (conflicts.length === 0) return null
  const keys = conflicts.flatMap((c) => c.keys)
  return (
    <section className="import-conflicts" aria-labelledby="import-conflicts-heading">
      <h4 id="import-conflicts-heading">
        {countOf(conflicts.length, 'conflict')}: yours is kept unless you choose the file’s
      </h4>
      <div className="button-row">
        <button type="button" className="button" onClick={() => keep(keys, 'here')}>
          Keep all of mine
        </button>
        <button type="button" className="button" onClick={() => keep(keys, 'file')}>
          Use all from the file
        </button>
      </div>
      <ul className="conflict-list">
        {conflicts.slice(0, SHOWN).map((conflict) => {
          const key = conflict.keys[0]!
          const chosen = choices.get(key) ?? 'here'
          const name = `keep-${key}`
          return (
            <li key={key}>
              <fieldset>
                <legend>
                  {conflict.label}: {conflict.field}
                </legend>
                <label className="choice">
                  <input
                    type="radio"
                    name={name}
                    checked={chosen === 'here'}
                    onChange={() => keep(conflict.keys, 'here')}
                  />
                  <span>
                    Keep mine: <span className="conflict-value">{conflict.here}</span>
                  </span>
                </label>
                <label className="choice">
                  <input
                    type="radio"
                    name={name}
                    checked={chosen === 'file'}
                    onChange={() => keep(conflict.keys, 'file')}
                  />
                  <span>
                    Use the file’s: <span className="conflict-value">{conflict.file}</span>
                  </span>
                </label>
              </fieldset>
            </li>
          )
        })}
      </ul>
      {conflicts.length > SHOWN && (
        <p className="muted">
          And {countOf(conflicts.length - SHOWN, 'more conflict')}: the buttons above choose for all
          of them.
        </p>
      )}
    </section>
  )
}
