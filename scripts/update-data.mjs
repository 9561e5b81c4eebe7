/**
 * Takes in a new release of the catalogue's source facts.
 *   npm run data:update [-- --from path/to/shared/data]
 * The project owns its copy in data/ (a clone must build and test without anything beside it);
 * updates arrive in ../shared/data. This copies the files the build reads, and their notes, so the
 * change can be reviewed as a diff; then it regenerates public/ with `npm run catalogue`.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { execFileSync } from 'node:child_process'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const at = process.argv.indexOf('--from')
const from = resolve(
  at > 0 && process.argv[at + 1] ? process.argv[at + 1] : resolve(root, '../shared/data'),
)
const files = [
  'star-trek-catalogue.json',
  'in-universe-dates.json',
  'README.md',
  'in-universe-dates.md',
  'runtimes.md',
]

const missing = files.filter((f) => !existsSync(resolve(from, f)))
if (missing.includes('star-trek-catalogue.json')) {
  console.error(
    `No catalogue to take in: ${resolve(from, 'star-trek-catalogue.json')} does not exist.`,
  )
  console.error('Pass the folder that holds it: npm run data:update -- --from <folder>')
  process.exit(1)
}
mkdirSync(resolve(root, 'data'), { recursive: true })
for (const file of files) {
  if (missing.includes(file)) {
    console.warn(`skipped ${file}: not in ${from}`)
    continue
  }
  copyFileSync(resolve(from, file), resolve(root, 'data', file))
  console.log(`copied ${file}`)
}
execFileSync(process.execPath, ['--import', 'tsx', resolve(root, 'scripts/build-catalogue.ts')], {
  stdio: 'inherit',
})
console.log('Review with `git diff data public`, run `npm test`, then commit both folders.')
