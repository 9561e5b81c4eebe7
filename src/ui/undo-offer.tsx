import { Offer } from './offer'

interface UndoOfferProps {
  /** What was just done ("10 episodes marked watched."), or null once undone or dismissed. */
  message: string | null
  /** After Undo: how many entries were left as they are because they changed since. */
  kept: number
  onUndo: () => void
  onDismiss: () => void
  /** Move the focus to the message when it appears (see Offer). */
  focus?: boolean
}

/** The Undo offer after a change, and what Undo left alone because it changed since. */
export function UndoOffer({ message, kept, onUndo, onDismiss, focus }: UndoOfferProps) {
  if (message !== null) {
    return (
      <Offer
        message={message}
        confirmLabel="Undo"
        dismissLabel="Dismiss"
        onConfirm={onUndo}
        onDismiss={onDismiss}
        focus={focus}
      />
    )
  }
  if (kept === 0) return null
  return (
    <p className="muted" role="status">
      Undone, except {kept === 1 ? 'one entry' : `${kept} entries`} changed since: kept as{' '}
      {kept === 1 ? 'it is' : 'they are'}.
    </p>
  )
}
