import { spawn, type ChildProcess } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base } from '@playwright/test'
import { DEMO_NOW, demoSeed } from './demo-seed.ts'

/**
 * The demo world on a server of the journey file's own: started on a fresh copy of the seed data
 * directory (support/demo-seed.ts) when a file's first test asks for `baseURL`, stopped when the
 * next file starts. Journeys import `test` and `expect` from here instead of '@playwright/test'.
 */
interface Running {
  file: string
  url: string
  process: ChildProcess
  dataDir: string
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

async function waitForHealth(running: Running): Promise<void> {
  for (let i = 0; i < 900; i++) {
    if (running.process.exitCode !== null) throw new Error(`the demo server for ${running.file} exited with ${running.process.exitCode}`)
    try {
      if ((await fetch(`${running.url}/api/health`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`the demo server for ${running.file} did not answer /api/health`)
}

async function stop(running: Running | null): Promise<void> {
  if (!running) return
  if (running.process.exitCode === null) {
    const exited = new Promise((r) => running.process.once('exit', r))
    running.process.kill('SIGTERM')
    await exited
  }
  rmSync(running.dataDir, { recursive: true, force: true })
}

class DemoServers {
  private current: Running | null = null

  async forFile(file: string): Promise<string> {
    if (this.current?.file === file) return this.current.url
    await stop(this.current)
    this.current = null
    const seed = demoSeed()
    const dataDir = mkdtempSync(join(tmpdir(), 'greenroom-e2e-'))
    cpSync(seed, dataDir, { recursive: true })
    const port = await freePort()
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), GREENROOM_DATA_DIR: dataDir, GREENROOM_NOW: DEMO_NOW, LOG_LEVEL: 'warn' }
    // Journeys test behaviour, not power cuts (src/db/durability.test.ts does): no fsync per commit.
    env.GREENROOM_PGLITE_DURABILITY = 'relaxed'
    delete env.DATABASE_URL
    const child = spawn(process.execPath, ['bin/greenroom.mjs', 'serve'], { env, stdio: ['ignore', 'inherit', 'inherit'] })
    this.current = { file, url: `http://localhost:${port}`, process: child, dataDir }
    await waitForHealth(this.current)
    return this.current.url
  }

  async close(): Promise<void> {
    await stop(this.current)
    this.current = null
  }
}

export const test = base.extend<object, { demoServers: DemoServers }>({
  demoServers: [
    // Playwright reads a fixture's dependencies from its first parameter: this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const servers = new DemoServers()
      await use(servers)
      await servers.close()
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ demoServers }, use, testInfo) => {
    // Starting a file's server is not part of its first journey: on a loaded 2-core machine it can
    // take longer than a whole journey may, so its time is added to that test's budget.
    const budget = testInfo.timeout
    testInfo.setTimeout(budget + 180_000)
    const started = Date.now()
    const url = await demoServers.forFile(testInfo.file)
    testInfo.setTimeout(budget + (Date.now() - started))
    await use(url)
  },
})

export { expect } from '@playwright/test'
export type { Browser, Page } from '@playwright/test'
