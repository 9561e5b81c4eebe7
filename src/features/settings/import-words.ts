import { countOf } from '@/lib/plural'
import type { Found, Progress } from '@/tracking/import/read-export'
import { serviceNames } from '@/tracking/import/types'

/** "Trakt export: 2,314 viewings, 410 ratings" */
export function foundText(found: Found): string {
  const parts = [
    countOf(found.viewings, 'viewing'),
    found.ratings > 0 && countOf(found.ratings, 'rating'),
    found.notes > 0 && countOf(found.notes, 'note'),
  ].filter((x): x is string => typeof x === 'string')
  return `${serviceNames[found.service]} export: ${parts.join(', ')}`
}

export function progressText(names: string, progress: Progress | null): string {
  if (!progress || progress.stage === 'unpacking') return `Opening ${names}…`
  if (progress.stage === 'reading') {
    return `Reading the ${serviceNames[progress.service]} export (${countOf(progress.files, 'file')})…`
  }
  return `Matching to the catalogue: ${countOf(progress.done, 'row')} of ${progress.total.toLocaleString('en-GB')}…`
}
