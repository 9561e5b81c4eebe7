/**
 * `tsx bench/make-trakt-export.ts <out.zip> <viewings>`: a Trakt export ZIP for `npm run bench`,
 * its history generated over the real catalogue (the same generator as the big-file test).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { strToU8, zipSync } from 'fflate'
import type { CatalogueIds } from '@/catalogue/external-ids'
import type { Catalogue } from '@/catalogue/schema'
import { generateTraktHistory } from '../tests/support/generate-trakt'

const [out, count = '20000'] = process.argv.slice(2)
if (!out) throw new Error('usage: make-trakt-export.ts <out.zip> [viewings]')
const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../public/${name}`, import.meta.url), 'utf8'))
const history = generateTraktHistory(
  Number(count),
  read('catalogue.json') as Catalogue,
  read('catalogue-ids.json') as CatalogueIds,
)
// As Trakt writes it: one file per API page of 250, `watched-history-1.json` onwards.
const plays = JSON.parse(history) as unknown[]
const files: Record<string, Uint8Array> = {}
for (let page = 0; page * 250 < plays.length; page += 1) {
  const slice = plays.slice(page * 250, (page + 1) * 250)
  files[`watched-history-${page + 1}.json`] = strToU8(JSON.stringify(slice))
}
writeFileSync(out, zipSync(files))
