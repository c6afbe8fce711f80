import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

/** Starts a command and resolves with the ms until `url` answers 200, then stops it. */
async function timeUntilUp(command: string, args: string[], env: Record<string, string>, url: string): Promise<number> {
  const started = performance.now()
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'ignore' })
  try {
    for (;;) {
      if (performance.now() - started > 60_000) throw new Error(`${args.join(' ')} did not start within 60 s`)
      const ok = await fetch(url).then((r) => r.ok, () => false)
      if (ok) return Math.round(performance.now() - started)
      await new Promise((r) => setTimeout(r, 20))
    }
  } finally {
    child.kill('SIGTERM')
    await new Promise((r) => child.once('exit', r))
  }
}

export async function benchStart() {
  const dataDir = mkdtempSync(join(tmpdir(), 'greenroom-bench-start-'))
  const port = 3400 + Math.floor(Math.random() * 500)
  const env = { GREENROOM_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' }
  const health = `http://127.0.0.1:${port}/api/health`
  // The first start creates and migrates the data directory; the figure is the second start.
  await timeUntilUp('node', ['bin/greenroom.mjs', 'serve', '--demo'], env, health)
  const greenroomMs = await timeUntilUp('node', ['bin/greenroom.mjs', 'serve'], env, health)
  const bareMs = await timeUntilUp('node', ['-e', `require('fastify')().get('/api/health',async()=>({})).listen({port:${port}})`], {}, health)
  rmSync(dataDir, { recursive: true, force: true })
  return { greenroomMs, bareMs, ratio: `${(greenroomMs / bareMs).toFixed(1)}× bare` }
}
