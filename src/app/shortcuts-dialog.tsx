import { forwardRef } from 'react'

export const shortcutList: readonly [keys: string, what: string][] = [
  ['/', 'Search'],
  ['j / k', 'Next / previous episode'],
  ['x', 'Mark watched or unwatched'],
  ['s', 'Skip the episode, or take the skip back'],
  ['1 – 5', 'Rate 1 to 5 stars'],
  ['Shift + 1 – 5', 'Rate a half star less (0.5 to 4.5)'],
  ['0', 'Clear the rating'],
  ['n', 'Write a note'],
  ['?', 'Show these shortcuts'],
]

/** The list of keyboard shortcuts, in a native modal dialog (Esc closes it). */
export const ShortcutsDialog = forwardRef<HTMLDialogElement>(function ShortcutsDialog(_, ref) {
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <dl className="shortcuts">
        {shortcutList.map(([keys, what]) => (
          <div key={keys} className="shortcuts__row">
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit" className="button button--primary">
          Close
        </button>
      </form>
    </dialog>
  )
})
