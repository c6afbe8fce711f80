import { defineConfig } from 'vitest/config'

// Names this run's template database (src/test/test-database.ts); workers inherit it.
process.env.GREENROOM_TEST_RUN ??= `${process.pid}${Date.now().toString(36)}`

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'web/src/**/*.test.ts', 'web/src/**/*.test.tsx'],
    globalSetup: ['src/test/global-setup.ts'],
    // fast-check from one seed (FC_SEED to change it): property tests are reproducible run to run.
    setupFiles: ['src/test/property-seed.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
})
