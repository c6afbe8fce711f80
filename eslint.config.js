// @ts-check
// ESLint (flat config) + typescript-eslint's recommended rules over the server, the web app, the journeys and the
// bench. The architecture (which folder may import which) is checked by dependency-cruiser
// (.dependency-cruiser.cjs); both run in `npm run lint` (docs/decisions/023-lint-and-architecture-rules.md).
import eslint from '@eslint/js'
import { defineConfig } from 'eslint/config'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default defineConfig(
  { ignores: ['dist/', 'web/dist/', 'node_modules/', '.tmp/', 'data/', 'test-results/', 'playwright-report/', 'src/db/migrations/'] },
  eslint.configs.recommended,
  tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Unused bindings are errors, except the conventional `_name` for a deliberately ignored one.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // One way to import types: `import type`, so type-only arrows are visible (and erased at build).
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{js,mjs,ts}', 'bin/**/*.mjs', 'e2e/**/*.ts', '*.{js,cjs,mjs,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['web/src/**/*.{ts,tsx}', 'web/public/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Tests and their helpers walk untyped JSON (answers, OpenAPI documents, parsed calendars): `any` is the honest type there.
    files: ['**/*.test.{ts,tsx}', 'src/test/**/*.ts', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
)
