const numbers = new Intl.NumberFormat('en-GB')

/** `1 viewing`, `2,314 viewings`, `3 entries` (an irregular plural given). */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${numbers.format(n)} ${n === 1 ? one : many}`
}

/** "a, b and c" */
export function listPhrase(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}
