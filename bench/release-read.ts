/**
 * The hot path (issue 12 point 5), each figure beside a baseline measured in the same run:
 *   - reading a release (GET /api/workspaces/demo/release-groups/{24/Seven}) on PGlite and on PostgreSQL
 *     vs a bare Fastify route that runs the SAME SQL statements by hand through the same driver: the
 *     statements the app ran for one such request are recorded (createDb's onQuery), and the bare route
 *     replays them with their parameters (on PostgreSQL as named prepared statements, as a careful hand
 *     would) and answers the rows as JSON. The ratio is what the app costs beyond its data. Goal ≥ 0.70.
 *   - /api/health and /api/me (signed in) vs a bare Fastify hello route. Goal ≥ 0.25.
 * All with autocannon at 10 connections in this process, p50 and p99 printed. The machine is shared
 * and its load changes within seconds, so the five targets of a database (hello, same SQL, release,
 * health, me) are measured interleaved, one second each per round, and each figure is the mean of
 * its rounds (p50 and p99: the median of the rounds'): a ratio compares the same moments.
 */
import Fastify from 'fastify'
import pg from 'pg'
import { createHash } from 'node:crypto'
import { createDb, type Database, type DbConfig } from '../src/db/client.ts'
import { migrate } from '../src/db/migrate.ts'
import { buildApp } from '../src/http/app.ts'
import { fixedClock } from '../src/domain/clock.ts'
import { loadDemoWorld } from '../src/demo/load-demo-world.ts'
import { load, type LoadResult } from './http-load.ts'

const CONNECTIONS = 10
const PG_ADMIN = process.env.GREENROOM_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

export type HotPathRow = LoadResult & {
  name: string
  baseline: string
  ratio: number | null
  goal: number | null
  /** The ratio in each round (the target's second ÷ its baseline's second of the same round): median, lowest, highest. */
  roundRatios?: { median: number; min: number; max: number }
}

interface Statement {
  text: string
  params: unknown[]
}

async function listen(app: { listen(o: { port: number; host: string }): Promise<string>; server: { address(): unknown } }) {
  await app.listen({ port: 0, host: '127.0.0.1' })
  return `http://127.0.0.1:${(app.server.address() as { port: number }).port}`
}

/** Drives each target one second per round, interleaved; a target's figure is the mean of its rounds. */
async function measureInterleaved(
  targets: { url: string; headers?: Record<string, string> }[],
  rounds: number,
): Promise<(LoadResult & { rounds: number[] })[]> {
  for (const t of targets) await load(t.url, { seconds: 1, connections: CONNECTIONS, headers: t.headers }) // warm-up
  const slices: LoadResult[][] = targets.map(() => [])
  for (let r = 0; r < rounds; r++)
    for (const [i, t] of targets.entries()) slices[i]!.push(await load(t.url, { seconds: 1, connections: CONNECTIONS, headers: t.headers }))
  return slices.map((runs) => ({
    rounds: runs.map((x) => x.requestsPerSecond),
    requestsPerSecond: runs.reduce((sum, x) => sum + x.requestsPerSecond, 0) / runs.length,
    p50Ms: median(runs.map((x) => x.p50Ms)),
    p99Ms: median(runs.map((x) => x.p99Ms)),
    errors: runs.reduce((sum, x) => sum + x.errors, 0),
    non2xx: runs.reduce((sum, x) => sum + x.non2xx, 0),
  }))
}

async function helloServer() {
  const app = Fastify()
  app.get('/hello', async () => ({ hello: 'world' }))
  return { url: `${await listen(app)}/hello`, close: () => app.close() }
}

/** A bare Fastify route running `statements` in order through `run`, answering every result's rows. */
async function sameSqlServer(statements: Statement[], run: (s: Statement) => Promise<unknown[]>) {
  const app = Fastify()
  app.get('/same-sql', async () => {
    const results: unknown[][] = []
    for (const s of statements) results.push(await run(s))
    return results
  })
  return { url: `${await listen(app)}/same-sql`, close: () => app.close() }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const ratioOf = (a: LoadResult, b: LoadResult) => Number((a.requestsPerSecond / b.requestsPerSecond).toFixed(3))
/** Round by round: the two seconds of a round are the closest in time, so their ratio sees the least of the host's drift. */
function roundRatiosOf(a: { rounds: number[] }, b: { rounds: number[] }) {
  const each = a.rounds.map((x, i) => x / b.rounds[i]!)
  const fixed = (x: number) => Number(x.toFixed(3))
  return { median: fixed(median(each)), min: fixed(Math.min(...each)), max: fixed(Math.max(...each)) }
}

async function measureDatabase(label: string, config: DbConfig, seconds: number): Promise<HotPathRow[]> {
  let recording: Statement[] | null = null
  const database: Database = await createDb({ ...config, onQuery: (text, params) => recording?.push({ text, params: [...params] }) })
  const clock = fixedClock(new Date('2013-04-15T12:00:00Z'))
  await migrate(database)
  await loadDemoWorld(database.db, { clock })
  const app = await buildApp({ database, clock, logLevel: 'silent' })
  const base = await listen(app)
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'kendall@demo.greenroom.test', password: 'greenroom-demo' }),
  })
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!
  const groups = (await (await fetch(`${base}/api/workspaces/demo/release-groups?q=24`, { headers: { cookie } })).json()) as { id: string }[]
  const url = `${base}/api/workspaces/demo/release-groups/${groups[0]!.id}`
  recording = []
  const check = (await (await fetch(url, { headers: { cookie } })).json()) as { editions: unknown[] }
  const statements: Statement[] = recording
  recording = null
  if (check.editions.length < 2) throw new Error('the demo album should have two editions')

  const headers = { cookie }

  let run: (s: Statement) => Promise<unknown[]>
  let closeBaseline = async () => {}
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.url, max: 10 })
    pool.on('error', () => {}) // an idle connection ended by DROP DATABASE … FORCE after the run
    const names = new Map(statements.map((s) => [s.text, `bench_${createHash('sha1').update(s.text).digest('hex').slice(0, 20)}`]))
    run = async (s) => (await pool.query({ name: names.get(s.text), text: s.text, values: s.params })).rows
    closeBaseline = () => pool.end()
  } else {
    const client = (database.db as unknown as { $client: { query(text: string, params: unknown[]): Promise<{ rows: unknown[] }> } }).$client
    run = async (s) => (await client.query(s.text, s.params)).rows
  }
  const hello = await helloServer()
  const sameSqlRoute = await sameSqlServer(statements, run)
  const [helloResult, sameSql, release, health, me] = await measureInterleaved(
    [{ url: hello.url }, { url: sameSqlRoute.url }, { url, headers }, { url: `${base}/api/health` }, { url: `${base}/api/me`, headers }],
    seconds,
  )
  await hello.close()
  await sameSqlRoute.close()
  await app.close()
  await closeBaseline()
  await database.close()

  const sqlBaseline = `same ${statements.length} SQL statements by hand`
  const row = ({ rounds: _rounds, ...result }: LoadResult & { rounds: number[] }) => result
  return [
    { name: `${label}: bare Fastify hello route`, ...row(helloResult!), baseline: 'baseline', ratio: null, goal: null },
    { name: `${label}: bare route, same SQL`, ...row(sameSql!), baseline: 'baseline', ratio: null, goal: null },
    {
      name: `${label}: release read`,
      ...row(release!),
      baseline: sqlBaseline,
      ratio: ratioOf(release!, sameSql!),
      goal: 0.7,
      roundRatios: roundRatiosOf(release!, sameSql!),
    },
    { name: `${label}: /api/health`, ...row(health!), baseline: 'bare hello', ratio: ratioOf(health!, helloResult!), goal: 0.25 },
    { name: `${label}: /api/me`, ...row(me!), baseline: 'bare hello', ratio: ratioOf(me!, helloResult!), goal: 0.25 },
  ]
}

export async function benchRelease(opts: { seconds: number; withPostgres: boolean }): Promise<HotPathRow[]> {
  const rows: HotPathRow[] = []
  rows.push(...(await measureDatabase('PGlite', { kind: 'pglite-memory' }, opts.seconds)))
  if (opts.withPostgres) {
    const name = `greenroom_bench_${Date.now()}`
    const admin = new pg.Client({ connectionString: PG_ADMIN })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    try {
      rows.push(...(await measureDatabase('PostgreSQL', { kind: 'postgres', url: PG_ADMIN.replace(/\/[^/]*$/, `/${name}`) }, opts.seconds)))
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await admin.end()
    }
  }
  return rows
}
