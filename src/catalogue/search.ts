import type { CatalogueIndex, EpisodeEntry } from './select'

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()

// "tng 3x26", "S02E01", "pic s2e1", "3x26", "ds9 s07 e25"
const CODE = /^(?:([a-z][a-z0-9]*)\s+)?s?(\d{1,2})\s*(?:x|e|\s)\s*(\d{1,3})$/
const STARDATE = /^\d{4,6}(?:\.\d)?$/

interface Scored {
  entry: EpisodeEntry
  score: number
}

/**
 * Instant search over every entry: by episode code (with or without a series abbreviation),
 * by stardate, or by words of the title. Best matches first; pure, so it runs on each keystroke.
 */
export function searchCatalogue(index: CatalogueIndex, query: string, limit = 50): EpisodeEntry[] {
  const q = fold(query.trim()).replace(/\s+/g, ' ')
  if (q.length === 0) return []
  const scored: Scored[] = []
  const code = CODE.exec(q)
  const seriesByAbbr = new Map(
    index.catalogue.series.map((s) => [s.abbreviation.toLowerCase(), s.id] as const),
  )

  if (code) {
    const [, abbr, season, episode] = code
    const seriesId = abbr ? seriesByAbbr.get(abbr) : undefined
    if (!abbr || seriesId) {
      for (const entry of index.episodes.values()) {
        if (entry.series.kind !== 'series') continue
        if (seriesId && entry.series.id !== seriesId) continue
        if (entry.season.number === Number(season) && entry.episode.number === Number(episode)) {
          scored.push({ entry, score: 100 })
        }
      }
    }
  }

  if (STARDATE.test(q)) {
    for (const entry of index.episodes.values()) {
      if (entry.episode.stardate?.startsWith(q)) scored.push({ entry, score: 90 })
    }
  }

  const words = q.split(' ')
  const abbrFilter = words.length > 1 ? seriesByAbbr.get(words[0] ?? '') : undefined
  const titleWords = abbrFilter ? words.slice(1) : words
  for (const entry of index.episodes.values()) {
    if (abbrFilter && entry.series.id !== abbrFilter) continue
    const title = fold(entry.episode.title)
    if (!titleWords.every((w) => title.includes(w))) continue
    const phrase = titleWords.join(' ')
    const score =
      title === phrase ? 80 : title.startsWith(phrase) ? 70 : title.includes(` ${phrase}`) ? 60 : 50
    scored.push({ entry, score })
  }

  const seen = new Set<string>()
  return scored
    .sort((a, b) => b.score - a.score || a.entry.episode.title.localeCompare(b.entry.episode.title))
    .filter(({ entry }) => !seen.has(entry.episode.id) && seen.add(entry.episode.id))
    .slice(0, limit)
    .map(({ entry }) => entry)
}
