import { imdbFormat } from './imdb/imdb'
import { letterboxdFormat } from './letterboxd/letterboxd'
import { traktFormat } from './trakt/trakt'
import { tvTimeFormat } from './tv-time/tv-time'
import type { ExportFormat } from './types'

/** Every service whose export the app reads; a file goes to the first that claims it. */
export const formats: readonly ExportFormat[] = [
  traktFormat,
  tvTimeFormat,
  imdbFormat,
  letterboxdFormat,
]
