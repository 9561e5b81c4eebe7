import { useEffect, useId, useRef, useState } from 'react'
import { isDayUpToToday, isValidDay, localDay } from '@/lib/dates'
import { bulkWhens, rememberedChoice, type BulkWhen, type WhenChoice } from '@/tracking/bulk-when'
import { usePreferences } from '@/tracking/preferences'

const labels: Record<BulkWhen, string> = {
  now: 'Just now',
  release: 'When each first aired',
  date: 'On one day',
  unknown: 'I don’t remember',
}

interface WhenPanelProps {
  /** "26 episodes in season 1" */
  what: string
  count: number
  onConfirm: (choice: WhenChoice) => void
  onCancel: () => void
}

/**
 * A bulk mark's question, right where the person asked for it: when did you watch these? The
 * last answer is chosen already, so accepting it is one tap (or Enter: the button has focus).
 */
export function WhenPanel({ what, count, onConfirm, onCancel }: WhenPanelProps) {
  const id = useId()
  const today = localDay(new Date())
  const remembered = rememberedChoice(usePreferences((s) => s.bulkWhen))
  const remember = usePreferences((s) => s.setBulkWhen)
  const [when, setWhen] = useState<BulkWhen | null>(remembered?.when ?? null)
  const [day, setDay] = useState(remembered?.day ?? today)
  const [problem, setProblem] = useState<string | null>(null)
  const confirm = useRef<HTMLButtonElement>(null)
  const first = useRef<HTMLInputElement>(null)
  // Fixed for the panel's life: answering updates the remembered choice as the panel closes.
  const [hadChoice] = useState(remembered !== null)

  // Who had the focus as the panel opened (read once, in the first render: in an effect,
  // StrictMode's second run would find the panel's own button).
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  )

  useEffect(() => {
    ;(hadChoice ? confirm : first).current?.focus()
    // Closed (answered, cancelled): back to the button that opened it, not to the page's top.
    return () => {
      const lost = document.activeElement === null || document.activeElement === document.body
      if (lost && opener?.isConnected) opener.focus()
    }
  }, [hadChoice, opener])

  function submit() {
    if (when === null) return setProblem('Choose when you watched them.')
    if (when === 'date' && !isDayUpToToday(day, today)) {
      return setProblem('Choose a day: today or earlier.')
    }
    const choice = { when, day: isValidDay(day) ? day : today }
    remember(choice)
    onConfirm(choice)
  }

  const panel = useRef<HTMLDivElement>(null)
  const cancel = useRef(onCancel)
  useEffect(() => {
    cancel.current = onCancel
  })
  useEffect(() => {
    const element = panel.current
    const onKeyDown = (event: KeyboardEvent) => {
      // The season's single-key shortcuts are not for the panel: `s` on a choice would skip the
      // row it sits in. Keys still do what they do in a form (Tab, arrows, Space, Enter).
      event.stopPropagation()
      if (event.key === 'Escape') cancel.current()
    }
    element?.addEventListener('keydown', onKeyDown)
    return () => element?.removeEventListener('keydown', onKeyDown)
  }, [])

  return (
    <div ref={panel} className="when" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="when__title">
        When did you watch {count === 1 ? 'it' : 'them'}? <span className="muted">({what})</span>
      </p>
      <fieldset className="choice-group when__choices">
        <legend className="visually-hidden">When</legend>
        {bulkWhens.map((value, i) => (
          <label key={value} className="choice">
            <input
              ref={i === 0 ? first : undefined}
              type="radio"
              name={`${id}-when`}
              value={value}
              checked={when === value}
              onChange={() => {
                setWhen(value)
                setProblem(null)
              }}
            />
            {labels[value]}
          </label>
        ))}
        {when === 'date' && (
          <input
            type="date"
            className="when__day"
            aria-label="Day watched"
            value={day}
            max={today}
            onChange={(e) => {
              setDay(e.target.value)
              setProblem(null)
            }}
          />
        )}
      </fieldset>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <div className="when__actions">
        <button ref={confirm} type="button" className="button button--primary" onClick={submit}>
          Mark {count === 1 ? '1 episode' : `${count} episodes`} watched
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  )
}
