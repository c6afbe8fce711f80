import Fastify from 'fastify'
import { createDb, type Database } from '../src/db/client.ts'
import { migrate } from '../src/db/migrate.ts'
import { buildApp } from '../src/http/app.ts'
import { fixedClock } from '../src/domain/clock.ts'
import { loadDemoWorld } from '../src/demo/load-demo-world.ts'
import { load, type LoadResult } from './http-load.ts'
import pg from 'pg'

const CONNECTIONS = 10
const PG_ADMIN = process.env.GREENROOM_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

async function measureApp(database: Database, seconds: number): Promise<LoadResult> {
  const clock = fixedClock(new Date('2013-04-15T12:00:00Z'))
  await migrate(database)
  await loadDemoWorld(database.db, { clock })
  const app = await buildApp({ database, clock, logLevel: 'silent' })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`
  const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'kendall@demo.greenroom.test', password: 'greenroom-demo' }) })
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!
  const groups = (await (await fetch(`${base}/api/workspaces/demo/release-groups?q=24`, { headers: { cookie } })).json()) as { id: string }[]
  const url = `${base}/api/workspaces/demo/release-groups/${groups[0]!.id}`
  const check = (await (await fetch(url, { headers: { cookie } })).json()) as { editions: unknown[] }
  if (check.editions.length < 2) throw new Error('the demo album should have two editions')
  await load(url, { seconds: 1, connections: CONNECTIONS, headers: { cookie } }) // warm-up
  const result = await load(url, { seconds, connections: CONNECTIONS, headers: { cookie } })
  await app.close()
  await database.close()
  return result
}

async function measureBare(seconds: number): Promise<LoadResult> {
  const app = Fastify()
  app.get('/hello', async () => ({ hello: 'world' }))
  await app.listen({ port: 0, host: '127.0.0.1' })
  const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/hello`
  await load(url, { seconds: 1, connections: CONNECTIONS })
  const result = await load(url, { seconds, connections: CONNECTIONS })
  await app.close()
  return result
}

export async function benchRelease(opts: { seconds: number; withPostgres: boolean }) {
  const bare = await measureBare(opts.seconds)
  const rows: (LoadResult & { name: string; ratio: string })[] = [{ name: 'bare Fastify route', ...bare, ratio: 'baseline' }]
  const pglite = await measureApp(await createDb({ kind: 'pglite-memory' }), opts.seconds)
  rows.push({ name: 'release read on PGlite', ...pglite, ratio: `${(pglite.requestsPerSecond / bare.requestsPerSecond).toFixed(3)}× bare` })
  if (opts.withPostgres) {
    const name = `greenroom_bench_${Date.now()}`
    const admin = new pg.Client({ connectionString: PG_ADMIN })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    try {
      const pgResult = await measureApp(await createDb({ kind: 'postgres', url: PG_ADMIN.replace(/\/[^/]*$/, `/${name}`) }), opts.seconds)
      rows.push({ name: 'release read on PostgreSQL', ...pgResult, ratio: `${(pgResult.requestsPerSecond / bare.requestsPerSecond).toFixed(3)}× bare` })
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await admin.end()
    }
  }
  return rows
}
