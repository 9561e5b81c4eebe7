import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCatalogue } from '@/catalogue/schema'
import type { SourceCatalogue } from '../../scripts/build-catalogue'
import {
  BUILD_SCRIPT_PATH,
  PROJECT_ROOT,
  PUBLIC_CATALOGUE_PATH,
  PUBLIC_IDS_PATH,
  SOURCE_CATALOGUE_PATH,
  allEntries,
  readPublicCatalogue,
} from '../fixtures/public-catalogue'

const readSource = () => JSON.parse(readFileSync(SOURCE_CATALOGUE_PATH, 'utf8')) as SourceCatalogue

describe('scripts/build-catalogue', () => {
  it('reads the source facts from the repository, so a clone builds on its own', async () => {
    const { DEFAULT_SOURCE } = await import('../../scripts/build-catalogue')
    expect(DEFAULT_SOURCE).toBe(SOURCE_CATALOGUE_PATH)
    expect(relative(PROJECT_ROOT, DEFAULT_SOURCE)).toBe(join('data', 'star-trek-catalogue.json'))
    expect(readSource().version).toBe(parseCatalogue(readPublicCatalogue()).version)
  })

  it('can be imported without regenerating public/catalogue.json', async () => {
    const before = statSync(PUBLIC_CATALOGUE_PATH).mtimeMs
    const script = await import('../../scripts/build-catalogue')
    expect(typeof script.transform).toBe('function')
    expect(statSync(PUBLIC_CATALOGUE_PATH).mtimeMs).toBe(before)
  })

  it('regenerates exactly the ids of the shipped catalogue, in the same order', async () => {
    const { transform } = await import('../../scripts/build-catalogue')
    const regenerated = parseCatalogue(transform(readSource()))
    const shipped = parseCatalogue(readPublicCatalogue())
    const ids = (c: typeof shipped) => allEntries(c).map((e) => e.episode.id)
    expect(ids(regenerated)).toHaveLength(1009)
    expect(ids(regenerated)).toEqual(ids(shipped))
  })

  it('writes the same file as the shipped one when run with --out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalogue-'))
    try {
      const out = join(dir, 'catalogue.json')
      const idsOut = join(dir, 'ids.json')
      execFileSync(
        process.execPath,
        ['--import', 'tsx', BUILD_SCRIPT_PATH, '--out', out, '--ids-out', idsOut],
        { stdio: 'pipe' },
      )
      expect(readFileSync(out, 'utf8')).toBe(readFileSync(PUBLIC_CATALOGUE_PATH, 'utf8'))
      // The other services' ids too: `npm run catalogue` was run and its result committed.
      expect(readFileSync(idsOut, 'utf8')).toBe(readFileSync(PUBLIC_IDS_PATH, 'utf8'))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 30_000)
})
