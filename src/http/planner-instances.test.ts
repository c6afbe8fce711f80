import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb, type Database } from '../db/client.ts'
import { loadDemoWorld } from '../demo/load-demo-world.ts'
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD } from '../demo/world-2013.ts'
import { fixedClock } from '../domain/clock.ts'
import { TEST_NOW, TestClient } from '../test/test-app.ts'
import { freshDatabase, testDbKind } from '../test/test-database.ts'
import { buildApp, type App } from './app.ts'

// ADR 029 on the product: planner runs wait in the durable job queue, so a run outlives the
// instance that queued it, any instance that works jobs takes it, a cancel asked on one instance
// stops it on another, and a run whose instance closes mid-plan is finished elsewhere. On PostgreSQL
// each instance has its own connection pool; on PGlite they share the one in-process database.
const api = '/api/workspaces/demo'

interface Run {
  id: string
  status: string
  error: string | null
}

describe(`planner runs across instances (${testDbKind()})`, () => {
  let database: Database
  let second: Database
  const apps: App[] = []
  let btr: string
  let showId: string
  let tourId: string

  const instance = async (db: Database, workJobs: boolean) => {
    const app = await buildApp({ database: db, clock: fixedClock(TEST_NOW), logLevel: 'silent', workJobs })
    apps.push(app)
    const kendall = new TestClient(app)
    expect((await kendall.post('/api/auth/login', { email: `kendall@${DEMO_EMAIL_DOMAIN}`, password: DEMO_PASSWORD })).statusCode).toBe(200)
    return { app, kendall }
  }
  const read = async (client: TestClient, runId: string) => (await client.get(`${api}/planner/runs/${runId}`)).json() as Run
  async function until(client: TestClient, runId: string, ok: (run: Run) => boolean): Promise<Run> {
    for (let i = 0; i < 900; i++) {
      const run = await read(client, runId)
      if (ok(run)) return run
      await new Promise((r) => setTimeout(r, 100))
    }
    throw new Error(`run ${runId}: gave up waiting`)
  }
  const proposals = async (client: TestClient) => (await client.get(`${api}/setlists/proposals?actId=${btr}`)).json().length as number

  beforeAll(async () => {
    database = await freshDatabase()
    await loadDemoWorld(database.db, { clock: fixedClock(TEST_NOW) })
    second = database.kind === 'postgres' ? await createDb({ kind: 'postgres', url: database.url!, max: 4 }) : database
    const { kendall } = await instance(database, false)
    btr = (await kendall.get(`${api}/acts/big-time-rush`)).json().id
    const summer = (await kendall.get(`${api}/tours`)).json().find((t: { name: string }) => /Summer Break/.test(t.name))
    tourId = summer.id
    showId = (await kendall.get(`${api}/tours/${summer.id}`)).json().shows.find((s: { status: string }) => s.status !== 'cancelled').id
  }, 120_000)
  afterAll(async () => {
    for (const app of apps) await app.close()
    if (second !== database) await second?.close()
    await database?.close()
  })

  it('a run queued by an instance that closed is planned by the next instance to start', async () => {
    const front = await instance(database, false)
    const started = await front.kendall.post(`${api}/planner/runs`, { actId: btr, targetKind: 'show', targetId: showId, budgetMs: 300, seed: 5 })
    expect(started.statusCode).toBe(202)
    await new Promise((r) => setTimeout(r, 1000))
    expect((await read(front.kendall, started.json().id)).status).toBe('queued') // nobody works jobs yet
    await front.app.close()
    const back = await instance(second, true)
    const run = await until(back.kendall, started.json().id, (r) => r.status !== 'queued' && r.status !== 'running')
    expect(run.status, run.error ?? '').toBe('done')
    await back.app.close()
  }, 120_000)

  it('a cancel asked on one instance stops the run another instance is planning', async () => {
    const front = await instance(database, false)
    const back = await instance(second, true)
    const before = await proposals(front.kendall)
    const started = await front.kendall.post(`${api}/planner/runs`, { actId: btr, targetKind: 'tour', targetId: tourId, budgetMs: 30000 })
    await until(front.kendall, started.json().id, (r) => r.status === 'running')
    const cancel = await front.kendall.post(`${api}/planner/runs/${started.json().id}/cancel`)
    expect(cancel.statusCode).toBe(200)
    const run = await until(front.kendall, started.json().id, (r) => r.status !== 'running')
    expect(run.status).toBe('cancelled')
    expect(await proposals(front.kendall)).toBe(before)
    await back.app.close()
    await front.app.close()
  }, 120_000)

  it('a run whose instance closes mid-plan goes back to the queue and another instance finishes it', async () => {
    const first = await instance(database, true)
    const started = await first.kendall.post(`${api}/planner/runs`, { actId: btr, targetKind: 'tour', targetId: tourId, budgetMs: 3000, seed: 9 })
    await until(first.kendall, started.json().id, (r) => r.status === 'running')
    await first.app.close()
    const next = await instance(second, true)
    expect(['queued', 'running']).toContain((await read(next.kendall, started.json().id)).status)
    const run = await until(next.kendall, started.json().id, (r) => r.status !== 'queued' && r.status !== 'running')
    expect(run.status, run.error ?? '').toBe('done')
    await next.app.close()
  }, 180_000)
})
