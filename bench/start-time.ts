import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

/** Starts a command and resolves with the ms until `url` answers 200, then stops it. */
async function timeUntilUp(command: string, args: string[], env: Record<string, string>, url: string, limitMs = 60_000): Promise<number> {
  const started = performance.now()
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'ignore' })
  try {
    for (;;) {
      if (performance.now() - started > limitMs) throw new Error(`${args.join(' ')} did not start within ${limitMs / 1000} s`)
      const ok = await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
      if (ok) return Math.round(performance.now() - started)
      await new Promise((r) => setTimeout(r, 20))
    }
  } finally {
    child.kill('SIGTERM')
    await new Promise((r) => child.once('exit', r))
  }
}

/** A bare Fastify start that first opens a PGlite data directory and asks it one query. */
const barePgliteScript = (dataDir: string, port: number) =>
  `import { PGlite } from '@electric-sql/pglite'; import Fastify from 'fastify';
   const db = new PGlite(${JSON.stringify(join(dataDir, 'pg'))}); await db.query('select 1');
   await Fastify().get('/api/health', async () => ({})).listen({ port: ${port} })`

/** A bare Fastify start that first opens a pg pool and asks it one query: what a start on PostgreSQL cannot avoid. */
const barePgScript = (url: string, port: number) =>
  `import pg from 'pg'; import Fastify from 'fastify';
   const pool = new pg.Pool({ connectionString: ${JSON.stringify(url)} }); await pool.query('select 1');
   await Fastify().get('/api/health', async () => ({})).listen({ port: ${port} })`

const PG_ADMIN = process.env.GREENROOM_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

/** Medians of `runs` starts each, greenroom and bare Fastify interleaved so both see the same machine. */
export async function benchStart(runs = 5, opts: { withPostgres?: boolean } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'greenroom-bench-start-'))
  const port = 3400 + Math.floor(Math.random() * 500)
  const env = { GREENROOM_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' }
  const health = `http://127.0.0.1:${port}/api/health`
  // The first start creates and migrates the data directory (and compiles dist/ when stale); the figures are later starts.
  // (loading the demo world takes minutes on a loaded machine)
  await timeUntilUp('node', ['bin/greenroom.mjs', 'serve', '--demo'], env, health, 300_000)
  const greenroom: number[] = []
  const bare: number[] = []
  const barePglite: number[] = []
  for (let i = 0; i < runs; i++) {
    greenroom.push(await timeUntilUp('node', ['bin/greenroom.mjs', 'serve'], env, health))
    bare.push(await timeUntilUp('node', ['-e', `require('fastify')().get('/api/health',async()=>({})).listen({port:${port}})`], {}, health))
    // The part of Greenroom's start the bare baseline does not pay: the same data directory opened by
    // PGlite (WASM instantiation, recovery) and one query answered, then the same bare route.
    barePglite.push(await timeUntilUp('node', ['--input-type=module', '-e', barePgliteScript(dataDir, port)], {}, health))
  }
  rmSync(dataDir, { recursive: true, force: true })
  const postgres = opts.withPostgres ? await benchStartPostgres(runs, port, health) : null
  const greenroomMs = median(greenroom)
  const bareMs = median(bare)
  const barePgliteMs = median(barePglite)
  return {
    runs,
    greenroomMs,
    bareMs,
    barePgliteMs,
    greenroomAllMs: greenroom,
    bareAllMs: bare,
    barePgliteAllMs: barePglite,
    ratio: `${(greenroomMs / bareMs).toFixed(1)}× bare`,
    pgliteRatio: `${(greenroomMs / barePgliteMs).toFixed(1)}× bare Fastify that opens the same PGlite directory first`,
    postgres,
  }
}

/**
 * The same on PostgreSQL (a database of its own, migrated by the first start, dropped after): `greenroom
 * serve` with DATABASE_URL against a bare Fastify start and one that opens a pg pool and runs `select 1`.
 */
async function benchStartPostgres(runs: number, port: number, health: string) {
  const name = `greenroom_bench_start_${Date.now()}`
  const admin = new pg.Client({ connectionString: PG_ADMIN })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  try {
    const url = PG_ADMIN.replace(/\/[^/]*$/, `/${name}`)
    const env = { DATABASE_URL: url, PORT: String(port), LOG_LEVEL: 'warn' }
    await timeUntilUp('node', ['bin/greenroom.mjs', 'serve'], env, health, 300_000)
    const greenroom: number[] = []
    const bare: number[] = []
    const barePg: number[] = []
    for (let i = 0; i < runs; i++) {
      greenroom.push(await timeUntilUp('node', ['bin/greenroom.mjs', 'serve'], env, health))
      bare.push(await timeUntilUp('node', ['-e', `require('fastify')().get('/api/health',async()=>({})).listen({port:${port}})`], {}, health))
      barePg.push(await timeUntilUp('node', ['--input-type=module', '-e', barePgScript(url, port)], {}, health))
    }
    const greenroomMs = median(greenroom)
    const bareMs = median(bare)
    const barePgMs = median(barePg)
    return {
      greenroomMs,
      bareMs,
      barePgMs,
      greenroomAllMs: greenroom,
      bareAllMs: bare,
      barePgAllMs: barePg,
      ratio: `${(greenroomMs / bareMs).toFixed(1)}× bare`,
      pgRatio: `${(greenroomMs / barePgMs).toFixed(1)}× bare Fastify that opens a pg pool and runs select 1 first`,
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await admin.end()
  }
}
