import type { CSSProperties } from 'react'

/**
 * A progress bar's filled width. None at 0, the stylesheet's default: a page prerendered while
 * the log loads then carries no style attributes, which the Content Security Policy would block.
 */
export function barWidth(percent: number): CSSProperties | undefined {
  return percent > 0 ? { width: `${percent}%` } : undefined
}
