import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCatalogueIds } from '@/catalogue/external-ids'
import { parseCatalogue } from '@/catalogue/schema'
import { indexCatalogue } from '@/catalogue/select'
import { createMatcher } from '@/tracking/import/match'
import { normaliseTitle } from '@/tracking/import/normalise'
import type { ImportRow, Ref } from '@/tracking/import/types'
import { PUBLIC_IDS_PATH, readPublicCatalogue } from '../../fixtures/public-catalogue'

const index = indexCatalogue(parseCatalogue(readPublicCatalogue()))
const ids = parseCatalogueIds(JSON.parse(readFileSync(PUBLIC_IDS_PATH, 'utf8')))
const tng = { ids: { tvdb: 71470 }, title: 'Star Trek: The Next Generation' }
const row = (ref: Ref): ImportRow => ({ source: 'test, line 1', label: 'test', ref, viewings: [] })
const matcher = (refs: Ref[] = []) => createMatcher(index, ids, refs.map(row))

describe('titles as other services write them', () => {
  it('reads every way of writing a part alike', () => {
    const want = normaliseTitle('The Best of Both Worlds, Part II')
    expect(normaliseTitle('The Best of Both Worlds (2)')).toBe(want)
    expect(normaliseTitle('The Best of Both Worlds: Part 2')).toBe(want)
    expect(normaliseTitle('the best of both worlds part two')).toBe(want)
    expect(normaliseTitle('Q Who?')).toBe('q who')
    expect(normaliseTitle('Tapestry')).not.toBe(normaliseTitle('Tapestry (2)'))
  })
})

describe('matching a row to the catalogue', () => {
  it('finds an episode by its IMDb id, and a feature-length one as both halves', () => {
    const m = matcher()
    expect(m.match({ kind: 'episode', ids: { imdb: ids.ids['tng-s01e03']!.imdb! } })).toEqual({
      ok: true,
      ids: ['tng-s01e03'],
    })
    expect(m.match({ kind: 'episode', ids: { imdb: ids.ids['tng-s01e01']!.imdb! } })).toEqual({
      ok: true,
      ids: ['tng-s01e01', 'tng-s01e02'],
    })
  })

  it('finds an episode by series and title, whatever number the file gives it', () => {
    const m = matcher()
    expect(
      m.match({ kind: 'episode', show: tng, season: 1, number: 2, title: 'The Naked Now' }),
    ).toEqual({ ok: true, ids: ['tng-s01e03'] })
    expect(
      m.match({ kind: 'episode', show: tng, season: 1, number: 1, title: 'Encounter at Farpoint' }),
    ).toEqual({ ok: true, ids: ['tng-s01e01', 'tng-s01e02'] })
    expect(
      m.match({
        kind: 'episode',
        show: tng,
        season: 3,
        number: 26,
        title: 'The Best of Both Worlds (1)',
      }),
    ).toEqual({ ok: true, ids: ['tng-s03e26'] })
  })

  it('numbers a season as other services do: a merged two-parter is one, later ones shift', () => {
    const m = matcher()
    expect(m.match({ kind: 'episode', show: tng, season: 1, number: 1 })).toEqual({
      ok: true,
      ids: ['tng-s01e01', 'tng-s01e02'],
    })
    expect(m.match({ kind: 'episode', show: tng, season: 1, number: 2 })).toEqual({
      ok: true,
      ids: ['tng-s01e03'],
    })
    // Season 2 has no two-parter: numbers are the same.
    expect(m.match({ kind: 'episode', show: tng, season: 2, number: 5 })).toEqual({
      ok: true,
      ids: ['tng-s02e05'],
    })
  })

  it('reads a file that numbers a season as here (its numbers go past the merged count)', () => {
    const refs: Ref[] = [
      { kind: 'episode', show: tng, season: 1, number: 3 },
      { kind: 'episode', show: tng, season: 1, number: 26 },
    ]
    const m = matcher(refs)
    expect(m.match(refs[0]!, 'test')).toEqual({ ok: true, ids: ['tng-s01e03'] })
    expect(m.match(refs[1]!, 'test')).toEqual({ ok: true, ids: ['tng-s01e26'] })
    // Another file's numbering is its own.
    expect(m.match(refs[0]!, 'other.csv')).toEqual({ ok: true, ids: ['tng-s01e04'] })
  })

  it('finds an IMDb episode from "Series: Episode" and its air date', () => {
    const m = matcher()
    expect(
      m.match({ kind: 'episode', title: 'Star Trek: The Next Generation: The Naked Now' }),
    ).toEqual({
      ok: true,
      ids: ['tng-s01e03'],
    })
    expect(m.match({ kind: 'episode', title: 'Star Trek: The Cage' })).toEqual({
      ok: true,
      ids: ['tos-s00e01'],
    })
    expect(
      m.match({
        kind: 'episode',
        title: 'Star Trek: The Next Generation: Unknown',
        airDate: '1987-10-05',
      }),
    ).toEqual({
      ok: true,
      ids: ['tng-s01e03'],
    })
  })

  it('finds films by id, or by title and a year off by up to two', () => {
    const m = matcher()
    expect(
      m.match({ kind: 'film', ids: { imdb: 'tt0796366' }, title: 'Star Trek', year: 2009 }),
    ).toEqual({
      ok: true,
      ids: ['films-11'],
    })
    expect(m.match({ kind: 'film', title: 'Star Trek II: The Wrath of Khan', year: 1982 })).toEqual(
      {
        ok: true,
        ids: ['films-02'],
      },
    )
    expect(m.match({ kind: 'film', title: 'Trekkies', year: 1997 })).toEqual({
      ok: true,
      ids: ['docs-03'],
    })
    expect(m.match({ kind: 'film', title: 'Trekkies', year: 1990 })).toMatchObject({ ok: false })
  })

  it('takes an id that the catalogue has on one half of a feature-length episode as the whole', () => {
    const m = matcher()
    const brokenBow = ids.ids['ent-s01e01']!
    expect(
      m.match({ kind: 'episode', ids: { tvdb: brokenBow.tvdb! }, title: 'Broken Bow' }),
    ).toEqual({
      ok: true,
      ids: ['ent-s01e01', 'ent-s01e02'],
    })
  })

  it('finds series and seasons for their ratings', () => {
    const m = matcher()
    expect(m.match({ kind: 'series', ids: { tvdb: 71470 } })).toEqual({ ok: true, ids: ['tng'] })
    expect(m.match({ kind: 'series', title: 'Star Trek: Picard' })).toEqual({
      ok: true,
      ids: ['pic'],
    })
    expect(m.match({ kind: 'season', show: tng, season: 3 })).toEqual({
      ok: true,
      ids: ['tng-s03'],
    })
  })

  it('lists what it cannot place, with the reason, and never guesses', () => {
    const m = matcher()
    expect(
      m.match({ kind: 'episode', show: { title: 'The Sopranos' }, season: 1, number: 1 }),
    ).toEqual({
      ok: false,
      reason: 'Not a series in the Star Trek catalogue (“The Sopranos”)',
    })
    expect(m.match({ kind: 'episode', show: tng, season: 9, number: 1 })).toEqual({
      ok: false,
      reason: 'Star Trek: The Next Generation has no season 9',
    })
    expect(m.match({ kind: 'episode', show: tng, season: 1, number: 40 })).toMatchObject({
      ok: false,
    })
    expect(m.match({ kind: 'film', title: 'Galaxy Quest', year: 1999 })).toEqual({
      ok: false,
      reason: 'Not a film in the Star Trek catalogue',
    })
  })
})
