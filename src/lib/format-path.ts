/** `['records', 3, 'plays', 0, 'watchedAt']` → `records[3].plays[0].watchedAt` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('')
}
