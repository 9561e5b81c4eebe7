import { ImportFileError } from './types'

/**
 * The most an import reads, in all (a ZIP counted by what it unpacks to). A Trakt history of
 * 20,000 viewings is about 12 MB and a large TV Time GDPR export tens of MB; a 300 MB file is
 * not an export of a watch history, and reading it would stall a phone.
 */
export const MAX_IMPORT_BYTES = 120 * 1024 * 1024
const MB = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

export function refuseTooBig(name: string, size: number): void {
  if (size > MAX_IMPORT_BYTES) {
    throw new ImportFileError(
      name,
      `the file is ${MB(size)}, more than the ${MB(MAX_IMPORT_BYTES)} an export of a watch history can be. Choose the export itself (a ZIP, CSV or JSON file).`,
    )
  }
}
