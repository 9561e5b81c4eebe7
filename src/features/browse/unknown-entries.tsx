import { useState } from 'react'

/** Enough to recognise them; a log with tens of thousands would otherwise stall the page. */
const SHOWN = 100

/**
 * Tracked ids this catalogue does not know, behind one line: the list is built only when the
 * person opens it, and stops after the first hundred.
 */
export function UnknownEntries({ ids }: { ids: readonly string[] }) {
  const [open, setOpen] = useState(false)
  if (ids.length === 0) return null
  const count = ids.length.toLocaleString('en-GB')
  return (
    <section className="panel" aria-labelledby="unknown-heading">
      <h2 id="unknown-heading">Unknown episodes</h2>
      <p className="muted">
        {ids.length === 1 ? 'One tracked entry is' : `${count} tracked entries are`} not in this
        version of the catalogue. They are kept exactly as they are, and are in your backups.
      </p>
      <button
        type="button"
        className="button"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? 'Hide their ids' : ids.length === 1 ? 'Show its id' : 'Show their ids'}
      </button>
      {open && (
        <ul className="plain-list unknown-ids">
          {ids.slice(0, SHOWN).map((id) => (
            <li key={id}>Unknown episode ({id})</li>
          ))}
          {ids.length > SHOWN && (
            <li className="muted">
              and {(ids.length - SHOWN).toLocaleString('en-GB')} more (all listed in the CSV export)
            </li>
          )}
        </ul>
      )}
    </section>
  )
}
