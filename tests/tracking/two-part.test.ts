import { describe, expect, it } from 'vitest'
import { parseCatalogue } from '@/catalogue/schema'
import { indexCatalogue } from '@/catalogue/select'
import { emptyRecord, type WatchRecord } from '@/tracking/model'
import { partOfferText, partToOffer } from '@/tracking/two-part'
import { byId, watched } from '../fixtures/watch-records'
import { readPublicCatalogue } from '../fixtures/public-catalogue'

// "Encounter at Farpoint" is tng-s01e01 and tng-s01e02: one story in two parts.
const index = indexCatalogue(parseCatalogue(readPublicCatalogue()))

const offered = (id: string, ...records: WatchRecord[]) =>
  partToOffer(index, byId(records), id)?.episode.id

describe('partToOffer', () => {
  it('offers the other half while it is still to watch, and not once it is watched', () => {
    expect(offered('tng-s01e01')).toBe('tng-s01e02')
    expect(offered('tng-s01e02')).toBe('tng-s01e01')
    expect(offered('tng-s01e01', watched('tng-s01e02'))).toBeUndefined()
  })

  it('offers nothing for an episode that is not half of a story', () => {
    expect(offered('tng-s01e03')).toBeUndefined()
  })

  it('offers a half watched only in an earlier pass, once a rewatch has begun', () => {
    const before = watched('tng-s01e02', 10)
    expect(offered('tng-s01e01', before)).toBeUndefined()
    const series = { ...emptyRecord('tng'), rewatchStarts: [100] }
    expect(offered('tng-s01e01', before, series)).toBe('tng-s01e02')
    const season = { ...emptyRecord('tng-s01'), rewatchStarts: [100] }
    expect(offered('tng-s01e01', before, season)).toBe('tng-s01e02')
    // Another season's rewatch is not this pass.
    const other = { ...emptyRecord('tng-s02'), rewatchStarts: [100] }
    expect(offered('tng-s01e01', before, other)).toBeUndefined()
  })

  it('does not offer a half watched again in the rewatch', () => {
    const both = {
      ...watched('tng-s01e02', 150),
      plays: [...watched('tng-s01e02', 10).plays, ...watched('tng-s01e02', 150).plays],
    }
    expect(
      offered('tng-s01e01', both, { ...emptyRecord('tng'), rewatchStarts: [100] }),
    ).toBeUndefined()
  })

  it('does not offer a skipped half: it was left out on purpose', () => {
    expect(offered('tng-s01e01', { ...emptyRecord('tng-s01e02'), skipped: true })).toBeUndefined()
  })

  it('words the offer with the story and the other half’s title', () => {
    const other = partToOffer(index, {}, 'tng-s01e01')!
    const { message, confirmLabel } = partOfferText(other)
    expect(message).toMatch(/^“Encounter at Farpoint” is one feature-length episode in two parts/)
    expect(confirmLabel).toBe(`Mark “${other.episode.title}” watched`)
  })
})
