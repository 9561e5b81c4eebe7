import { useEffect, useRef } from 'react'

/**
 * Single-key shortcuts. Keys are `KeyboardEvent.key` values ('j', '/', '?'), or `Digit1`…
 * `Digit9` and `Shift+Digit1`… for the number row whatever the layout. Ignored while the person
 * types in a field or holds Ctrl, Alt or Meta, so they never steal a character.
 */
export function useShortcuts(
  handlers: Readonly<Record<string, (event: KeyboardEvent) => void>>,
): void {
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
      if (isTyping(event.target)) return
      const digit = /^Digit[0-9]$/.test(event.code) ? event.code : null
      const name = digit ? (event.shiftKey ? `Shift+${digit}` : digit) : event.key
      const handler = latest.current[name]
      if (!handler) return
      event.preventDefault()
      handler(event)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(
      target.type,
    )
  }
  return false
}
