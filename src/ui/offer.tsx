import { useEffect, useRef } from 'react'

interface OfferProps {
  message: string
  confirmLabel: string
  onConfirm: () => void
  onDismiss: () => void
  dismissLabel?: string
  /** Move the focus to the message when it appears (what it replaced had the focus). */
  focus?: boolean
}

/** A quiet, non-blocking suggestion with one action: never a modal in the way. */
export function Offer({
  message,
  confirmLabel,
  onConfirm,
  onDismiss,
  dismissLabel = 'Not now',
  focus = false,
}: OfferProps) {
  const messageRef = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (focus) messageRef.current?.focus()
  }, [focus, message])
  return (
    <div className="offer">
      {/* The message, not Undo: a second Enter must not take back what the first one did. */}
      <p
        ref={messageRef}
        className="offer__message"
        role="status"
        tabIndex={focus ? -1 : undefined}
      >
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
