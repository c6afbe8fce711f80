import { defineConfig } from '@playwright/test'

// Each journey file runs against a demo server of its own (e2e/support/demo-server.ts), started on
// a copy of the demo world loaded once by the global setup; the band-from-zero journey starts its own
// on an empty database (port E2E_PORT + 1).
// Debian's Chromium: Playwright cannot download its own browser on these machines.
export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/support/global-setup.ts',
  timeout: 60_000,
  // A shared, busy 2-core machine: a page may take more than the default 5 s to show what it loads.
  expect: { timeout: 15_000 },
  retries: 0,
  workers: 1,
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
})
