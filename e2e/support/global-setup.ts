import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { seedDirOf } from './demo-seed.ts'

/** Once per run: the web app and the server built (a no-op when they are current). */
export default function globalSetup() {
  execFileSync(process.execPath, ['scripts/ensure-web-built.mjs'], { stdio: 'inherit' })
  execFileSync(process.execPath, ['scripts/ensure-server-built.mjs'], { stdio: 'inherit' })
  // The run's demo seed (support/demo-seed.ts) is removed when the run ends.
  return () => rmSync(seedDirOf(process.pid), { recursive: true, force: true })
}
