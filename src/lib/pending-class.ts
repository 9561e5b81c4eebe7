/**
 * Adds `is-pending` (hidden, its space kept) to a class list while the person's own figures are
 * not known yet: the log is still loading, as on a page prerendered at build time.
 */
export function pendingClass(className: string | undefined, pending: boolean): string | undefined {
  if (!pending) return className
  return className ? `${className} is-pending` : 'is-pending'
}
