import { readdirSync, readFileSync, statSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { zipSync } from 'fflate'
import type { SourceFile } from '@/tracking/import/read-files'
import { PROJECT_ROOT } from '../fixtures/public-catalogue'

export const IMPORT_FIXTURES = resolve(PROJECT_ROOT, 'tests/fixtures/import')

/** Every file under a fixture folder, by its path inside it (as a ZIP of that folder names it). */
export function fixtureFolder(folder: string): Record<string, Uint8Array> {
  const root = resolve(IMPORT_FIXTURES, folder)
  const files: Record<string, Uint8Array> = {}
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = resolve(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else files[relative(root, path)] = new Uint8Array(readFileSync(path))
    }
  }
  walk(root)
  return files
}

/** A fixture folder as the ZIP a service would have the person download. */
export function zipOf(name: string, files: Record<string, Uint8Array>): SourceFile {
  return { name, bytes: zipSync(files) }
}

/** One fixture file as a loose file the person chose. */
export function looseFile(folder: string, path: string): SourceFile {
  return {
    name: path.slice(path.lastIndexOf('/') + 1),
    bytes: new Uint8Array(readFileSync(resolve(IMPORT_FIXTURES, folder, path))),
  }
}
