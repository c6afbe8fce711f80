/**
 * The durable job queue (ADR 029): jobs per second through pg-boss on PGlite (in memory, as the tests
 * run it) and PostgreSQL, beside a bare insert of the same rows through the same connection in the
 * same run: sending N jobs one by one vs inserting N rows one by one; then working them (a handler
 * that does nothing, one worker, woken after each job) vs the bare inserts again.
 */
import pg from 'pg'
import { createDb, type Database } from '../src/db/client.ts'
import { PgBossJobQueue } from '../src/jobs/pg-boss-queue.ts'

const PG_ADMIN = process.env.GREENROOM_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const WS = '01900000-0000-7000-8000-000000000001'

export interface JobsBenchRow {
  database: 'pglite' | 'postgres'
  jobs: number
  bareInsertsPerSecond: number
  sendsPerSecond: number
  workedPerSecond: number
  sendRatio: string
  workRatio: string
}

async function measure(database: Database, kind: 'pglite' | 'postgres', jobs: number): Promise<JobsBenchRow> {
  await database.executeSql('CREATE TABLE bench_jobs (id serial PRIMARY KEY, data jsonb NOT NULL)')
  let t0 = performance.now()
  for (let n = 0; n < jobs; n++) await database.executeSql('INSERT INTO bench_jobs (data) VALUES ($1)', [JSON.stringify({ workspaceId: WS, n })])
  const bare = jobs / ((performance.now() - t0) / 1000)

  const queue = await PgBossJobQueue.start(database)
  const kindOf = { name: 'bench', retryLimit: 0, retryDelaySeconds: 1, expireInSeconds: 60, concurrency: 1 }
  await queue.declare(kindOf)
  t0 = performance.now()
  for (let n = 0; n < jobs; n++) await queue.send(kindOf, { workspaceId: WS, n })
  const sends = jobs / ((performance.now() - t0) / 1000)

  let done = 0
  let finished!: () => void
  const all = new Promise<void>((r) => (finished = r))
  t0 = performance.now()
  await queue.work(kindOf, async () => {
    if (++done === jobs) finished()
  })
  await all
  const worked = jobs / ((performance.now() - t0) / 1000)
  await queue.close()
  return {
    database: kind,
    jobs,
    bareInsertsPerSecond: Math.round(bare),
    sendsPerSecond: Math.round(sends),
    workedPerSecond: Math.round(worked),
    sendRatio: `${(sends / bare).toFixed(2)}× the bare insert rate`,
    workRatio: `${(worked / bare).toFixed(2)}× the bare insert rate`,
  }
}

export async function benchJobs(opts: { withPostgres: boolean; jobs?: number }): Promise<JobsBenchRow[]> {
  const jobs = opts.jobs ?? 500
  const rows: JobsBenchRow[] = []
  const pglite = await createDb({ kind: 'pglite-memory' })
  try {
    rows.push(await measure(pglite, 'pglite', jobs))
  } finally {
    await pglite.close()
  }
  if (opts.withPostgres) {
    const name = `greenroom_bench_jobs_${Date.now()}`
    const admin = new pg.Client({ connectionString: PG_ADMIN })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    const database = await createDb({ kind: 'postgres', url: PG_ADMIN.replace(/\/[^/]*$/, `/${name}`) })
    try {
      rows.push(await measure(database, 'postgres', jobs))
    } finally {
      await database.close()
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await admin.end()
    }
  }
  return rows
}
