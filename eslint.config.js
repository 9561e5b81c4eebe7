import js from '@eslint/js'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const storageMessage =
  'Only src/tracking/persistence/ may touch browser storage: go through the tracking store.'
const storageImports = [
  'idb-keyval',
  'pouchdb-core',
  'pouchdb-adapter-indexeddb',
  'pouchdb-adapter-http',
  'pouchdb-replication',
].map((name) => ({ name, message: storageMessage }))
const storageGlobals = ['indexedDB', 'localStorage', 'sessionStorage']

export default tseslint.config(
  { ignores: ['dist', 'dev-dist', 'node_modules', 'reports', 'test-results', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Persistence isolation (reliability requirement 25): the watch log reaches the disk through
  // one folder only, so every write goes through the sync engine's rules.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/tracking/persistence/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: storageImports, patterns: [] }],
      'no-restricted-globals': [
        'error',
        ...storageGlobals.map((name) => ({ name, message: storageMessage })),
      ],
      'no-restricted-properties': [
        'error',
        ...['window', 'globalThis', 'self'].flatMap((object) =>
          storageGlobals.map((property) => ({ object, property, message: storageMessage })),
        ),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression[source.value=/^(idb-keyval|pouchdb-)/]',
          message: storageMessage,
        },
      ],
    },
  },
  // Features are independent slices: they share code through catalogue/, tracking/, ui/ and lib/.
  ...['browse', 'series', 'episode', 'settings', 'search', 'stats', 'up-next', 'history'].map(
    (feature) => ({
      files: [`src/features/${feature}/**/*.{ts,tsx}`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            paths: storageImports,
            patterns: [
              {
                group: ['@/features/*', '!@/features/' + feature, '../*/**', '@/app/*'],
                message: 'Features do not import other features or the app shell.',
              },
            ],
          },
        ],
      },
    }),
  ),
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: storageImports,
          patterns: [
            {
              group: ['@/catalogue/*', '@/tracking/*', '@/features/*', '@/app/*'],
              message: 'ui/ is presentational: it knows nothing of the domain.',
            },
          ],
        },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
)
