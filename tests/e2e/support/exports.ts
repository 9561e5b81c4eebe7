import { readdirSync, readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { TestInfo } from '@playwright/test'
import { zipSync } from 'fflate'

const traktFolder = fileURLToPath(
  new URL('../../fixtures/import/trakt/flat-export/', import.meta.url),
)

/** The Trakt fixture folder zipped, as Trakt's data export gives it. */
export function traktZip(): Uint8Array {
  const files: Record<string, Uint8Array> = {}
  for (const name of readdirSync(traktFolder)) {
    files[name] = new Uint8Array(readFileSync(`${traktFolder}${name}`))
  }
  return zipSync(files)
}

/** Written where the test's output goes, for setInputFiles. */
export async function exportFile(testInfo: TestInfo, name: string, bytes: Uint8Array) {
  const path = testInfo.outputPath(name)
  await writeFile(path, bytes)
  return path
}
