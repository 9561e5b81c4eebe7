// @vitest-environment node
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'

/**
 * Requirement 25: only src/tracking/persistence/ may touch browser storage, and `npm run lint`
 * says so. Lints snippets through the project's real eslint.config.js, as if they were files at
 * the given paths. The files do not exist, so type-aware parsing (which needs them in the TS
 * project) is switched off with typescript-eslint's `disableTypeChecked`; the isolation rules
 * are core rules and do not need types.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked })
const ISOLATION = new Set([
  'no-restricted-imports',
  'no-restricted-globals',
  'no-restricted-properties',
  'no-restricted-syntax',
])

async function isolationErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) })
  const messages = result?.messages ?? []
  const fatal = messages.filter((m) => m.fatal)
  expect(fatal, 'the snippet must parse').toEqual([])
  return messages
    .filter((m) => m.ruleId !== null && ISOLATION.has(m.ruleId) && m.severity === 2)
    .map((m) => m.message)
}

const snippets = {
  'an idb-keyval import': "import { get } from 'idb-keyval'\nexport const read = get\n",
  'an idb-keyval re-export': "export { set } from 'idb-keyval'\n",
  localStorage: "export const theme = localStorage.getItem('theme')\n",
  sessionStorage: "sessionStorage.setItem('tab', '1')\n",
  indexedDB: "export const request = indexedDB.open('captains-log')\n",
  'window.localStorage': 'export const store = window.localStorage\n',
  'window.sessionStorage': 'export const store = window.sessionStorage\n',
  'window.indexedDB': 'export const factory = window.indexedDB\n',
  'globalThis.indexedDB': 'export const factory = globalThis.indexedDB\n',
  'globalThis.localStorage': 'export const store = globalThis.localStorage\n',
}

const outside = [
  'src/features/browse/storage-probe.ts',
  'src/features/settings/storage-probe.tsx',
  'src/app/storage-probe.ts',
  'src/catalogue/storage-probe.ts',
  'src/lib/storage-probe.ts',
  'src/tracking/storage-probe.ts',
  'src/tracking/backup/storage-probe.ts',
]

describe('requirement 25: persistence isolation is lint-checked', () => {
  it.each(Object.entries(snippets))(
    '%s fails lint in every folder outside src/tracking/persistence/',
    async (_what, code) => {
      for (const file of outside) {
        const errors = await isolationErrors(code, file)
        expect(errors, file).toHaveLength(1)
        expect(errors[0], file).toMatch(
          /Only src\/tracking\/persistence\/ may touch browser storage/,
        )
      }
    },
    60_000,
  )

  it.each(Object.entries(snippets))(
    '%s passes those rules inside src/tracking/persistence/',
    async (_what, code) => {
      expect(await isolationErrors(code, 'src/tracking/persistence/storage-probe.ts')).toEqual([])
      expect(await isolationErrors(code, 'src/tracking/persistence/storage-health.ts')).toEqual([])
    },
    60_000,
  )

  it('leaves ordinary code alone', async () => {
    const code = "import * as v from 'valibot'\nexport const storage = { local: 1 }\nexport { v }\n"
    expect(await isolationErrors(code, 'src/features/browse/storage-probe.ts')).toEqual([])
  }, 60_000)

  it('an idb-keyval import in src/ui/ fails lint (its own import rules keep the storage one)', async () => {
    expect(
      await isolationErrors(snippets['an idb-keyval import'], 'src/ui/storage-probe.tsx'),
    ).toHaveLength(1)
  }, 60_000)

  it.each([
    ['globalThis.sessionStorage', 'export const store = globalThis.sessionStorage\n'],
    ['self.indexedDB', 'export const factory = self.indexedDB\n'],
    ['a dynamic import of idb-keyval', "export const load = () => import('idb-keyval')\n"],
  ])(
    '%s fails lint outside src/tracking/persistence/',
    async (_what, code) => {
      expect(await isolationErrors(code, 'src/features/browse/storage-probe.ts')).toHaveLength(1)
    },
    60_000,
  )
})
