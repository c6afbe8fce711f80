import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The demo's clock: 2013-04-15 at noon UTC, as the journeys expect. */
export const DEMO_NOW = '2013-04-15T12:00:00Z'

/** One seed per Playwright run (named by the runner's process id), shared by its workers. */
export function seedDirOf(runnerPid: number): string {
  return join(tmpdir(), `greenroom-e2e-seed-${runnerPid}`)
}

/**
 * The demo world loaded once per run into a PGlite data directory, the first time a journey needs
 * it (the band-from-zero journey alone never does). Built aside and renamed into place, so a
 * worker never copies a half-loaded seed.
 */
export function demoSeed(): string {
  const seed = seedDirOf(process.ppid)
  if (existsSync(join(seed, '.ready'))) return seed
  const building = `${seed}.building-${process.pid}`
  rmSync(building, { recursive: true, force: true })
  mkdirSync(building, { recursive: true })
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GREENROOM_DATA_DIR: building,
    GREENROOM_NOW: DEMO_NOW,
    LOG_LEVEL: 'warn',
    GREENROOM_PGLITE_DURABILITY: 'relaxed',
  }
  delete env.DATABASE_URL
  execFileSync(process.execPath, ['bin/greenroom.mjs', 'demo'], { stdio: ['ignore', 'ignore', 'inherit'], env })
  writeFileSync(join(building, '.ready'), DEMO_NOW)
  rmSync(seed, { recursive: true, force: true })
  renameSync(building, seed)
  return seed
}
