/**
 * Titles as other services write them, reduced to what they have in common: case, accents,
 * punctuation and the many ways of writing a part ("Part II", "(2)", "Part Two", ", Part 2")
 * all read alike, so "The Best of Both Worlds (2)" finds "The Best of Both Worlds, Part II".
 */
const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4', v: '5', vi: '6' }
const WORDS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
}

export function normaliseTitle(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/&/g, ' and ')
      // "(2)" at the end is a part number.
      .replace(/\((\d)\)\s*$/, ' part $1')
      .replace(/[’'`]/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
      .replace(/\bpart (i{1,3}|iv|v|vi|one|two|three|four|five|six)\b/g, (_, n: string) => {
        return `part ${ROMAN[n] ?? WORDS[n] ?? n}`
      })
      .replace(/\s+/g, ' ')
  )
}
