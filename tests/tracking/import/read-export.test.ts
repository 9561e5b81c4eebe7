import { readFileSync } from 'node:fs'
import { strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { parseCatalogueIds } from '@/catalogue/external-ids'
import { parseCatalogue } from '@/catalogue/schema'
import { readExport } from '@/tracking/import/read-export'
import { MAX_IMPORT_BYTES, refuseTooBig } from '@/tracking/import/limits'
import { readSources } from '@/tracking/import/read-files'
import { ImportFileError } from '@/tracking/import/types'
import { PUBLIC_IDS_PATH, readPublicCatalogue } from '../../fixtures/public-catalogue'
import { fixtureFolder, looseFile, zipOf } from '../../support/export-files'

const catalogue = parseCatalogue(readPublicCatalogue())
const ids = parseCatalogueIds(JSON.parse(readFileSync(PUBLIC_IDS_PATH, 'utf8')))
const read = (...sources: Parameters<typeof readExport>[0]) => readExport(sources, catalogue, ids)
const failure = (run: () => unknown): string => {
  try {
    run()
  } catch (error) {
    if (error instanceof ImportFileError) return error.message
    throw error
  }
  throw new Error('expected the import to be refused')
}

describe('reading an export as downloaded', () => {
  it('recognises a Trakt ZIP, says what it holds, and leaves the personal files unread', () => {
    const result = read(zipOf('trakt-export-jdoe.zip', fixtureFolder('trakt/flat-export')))
    expect(result.found.map((f) => f.service)).toEqual(['trakt'])
    expect(result.found[0]!.viewings).toBeGreaterThan(10)
    expect(result.found[0]!.ratings).toBeGreaterThan(0)
    expect(result.notRead).toEqual(
      expect.arrayContaining(['user-profile.json', 'lists-watchlist-2025.json']),
    )
    // A merged two-parter: one history element gives both halves.
    expect(result.rows.some((r) => r.ids.join() === 'tng-s01e01,tng-s01e02')).toBe(true)
    expect(result.rows.some((r) => r.ids.join() === 'tng-s01e03')).toBe(true)
    expect(result.unmatched.some((u) => /Sopranos/.test(u.label))).toBe(true)
  })

  it('takes loose files too, several at once', () => {
    const result = read(
      looseFile('trakt/flat-export', 'watched-history-1.json'),
      looseFile('trakt/flat-export', 'ratings-movies.json'),
    )
    expect(result.found[0]!.files).toEqual(['watched-history-1.json', 'ratings-movies.json'])
  })

  it('reads a file chosen twice (loose and in its ZIP) once', () => {
    const zip = zipOf('trakt-export-jdoe.zip', fixtureFolder('trakt/flat-export'))
    const once = read(zip)
    const twice = read(zip, looseFile('trakt/flat-export', 'watched-history-1.json'))
    expect(twice.rows).toEqual(once.rows)
    expect(twice.notRead).toContain('watched-history-1.json (the same as watched-history-1.json)')
  })

  it('warns of an export its service says is incomplete', () => {
    const result = read(looseFile('trakt/flat-export', 'watched-history-1.json'), {
      name: '_errors.json',
      bytes: strToU8('[{"endpoint":"ratings-movies","error":"timeout"}]'),
    })
    expect(result.warnings).toEqual([
      expect.stringMatching(/^Trakt says this export is incomplete/),
    ])
  })

  it('never opens the credentials a TV Time GDPR ZIP holds', () => {
    const { files, skipped } = readSources([
      zipOf('tvtime-gdpr.zip', {
        'access_token.csv': strToU8('token\nsecret'),
        'auth-prod-login.csv': strToU8('email,password\na,b'),
        '__MACOSX/._seen_episode.csv': strToU8('junk'),
        'seen_episode.csv': strToU8('a,b\n1,2'),
      }),
    ])
    expect(files.map((f) => f.name)).toEqual(['seen_episode.csv'])
    expect(skipped).toHaveLength(3)
  })

  it('refuses, by name and in words, what it cannot read', () => {
    expect(
      failure(() =>
        read({
          name: 'holiday.zip',
          bytes: zipOf('x', { 'photo.jpg': new Uint8Array([1]) }).bytes,
        }),
      ),
    ).toBe(
      'holiday.zip: there is no CSV or JSON file in it. Choose the export file as the service gave it: a ZIP, or its CSV or JSON files.',
    )
    expect(failure(() => read({ name: 'notes.csv', bytes: strToU8('a,b\n1,2') }))).toMatch(
      /^notes\.csv: none of these files is a TV Time, Trakt, IMDb or Letterboxd export/,
    )
    const zip = zipOf('trakt-export.zip', fixtureFolder('trakt/flat-export')).bytes
    expect(
      failure(() => read({ name: 'trakt-export.zip', bytes: zip.slice(0, zip.length / 2) })),
    ).toMatch(/^trakt-export\.zip: the ZIP file is damaged or incomplete/)
    expect(
      failure(() => read({ name: 'watched-history.json', bytes: strToU8('[{"id":1,') })),
    ).toMatch(/^watched-history\.json: /)
    expect(failure(() => refuseTooBig('everything.zip', 300 * 1024 * 1024))).toBe(
      `everything.zip: the file is 300 MB, more than the ${MAX_IMPORT_BYTES / 1024 / 1024} MB an export of a watch history can be. Choose the export itself (a ZIP, CSV or JSON file).`,
    )
  })

  it('reads a UTF-8 BOM and Windows-1252 text alike', async () => {
    const { decodeText } = await import('@/tracking/import/read-files')
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('A')
    expect(decodeText(new Uint8Array([0x49, 0xf1, 0xe1]))).toBe('Iñá')
  })
})
