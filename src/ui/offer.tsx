interface OfferProps {
  message: string
  confirmLabel: string
  onConfirm: () => void
  onDismiss: () => void
  dismissLabel?: string
}

/** A quiet, non-blocking suggestion with one action: never a modal in the way. */
export function Offer({
  message,
  confirmLabel,
  onConfirm,
  onDismiss,
  dismissLabel = 'Not now',
}: OfferProps) {
  return (
    <div className="offer">
      <p className="offer__message" role="status">
        {message}
      </p>
      <div className="offer__actions">
        <button type="button" className="button button--primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          {dismissLabel}
        </button>
      </div>
    </div>
  )
}
