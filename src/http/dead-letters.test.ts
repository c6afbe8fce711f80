import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db/client.ts'
import { loadDemoWorld } from '../demo/load-demo-world.ts'
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD } from '../demo/world-2013.ts'
import { fixedClock } from '../domain/clock.ts'
import type { JobKind } from '../jobs/job-queue.ts'
import { PgBossJobQueue } from '../jobs/pg-boss-queue.ts'
import { TEST_NOW, TestClient } from '../test/test-app.ts'
import { freshDatabase } from '../test/test-database.ts'
import { buildApp, type App } from './app.ts'

// ADR 029: a background job that failed its last try is a dead letter that owners and managers read
// in their own workspace; members do not, and no workspace reads another's.
const api = '/api/workspaces/demo'
const FAILS: JobKind = { name: 'test-always-fails', retryLimit: 1, retryDelaySeconds: 1, expireInSeconds: 60, concurrency: 1 }

describe('dead letters in the product', () => {
  let database: Database
  let queue: PgBossJobQueue
  let app: App
  const as: Record<string, TestClient> = {}
  let workspaceId: string

  beforeAll(async () => {
    database = await freshDatabase()
    await loadDemoWorld(database.db, { clock: fixedClock(TEST_NOW) })
    queue = await PgBossJobQueue.start(database)
    app = await buildApp({ database, clock: fixedClock(TEST_NOW), logLevel: 'silent', jobs: queue })
    for (const name of ['sam', 'nadia', 'kendall']) {
      as[name] = new TestClient(app)
      expect((await as[name].post('/api/auth/login', { email: `${name}@${DEMO_EMAIL_DOMAIN}`, password: DEMO_PASSWORD })).statusCode).toBe(200)
    }
    workspaceId = (await as.sam!.get(api)).json().id
  }, 120_000)
  afterAll(async () => {
    await app?.close()
    await queue?.close()
    await database?.close()
  })

  it('shows owners and managers a job that failed every try, with what it said; members get 403', async () => {
    expect((await as.sam!.get(`${api}/jobs/dead-letters`)).json()).toEqual([])
    await queue.work<{ workspaceId: string }>(FAILS, async () => {
      throw new Error('the mail server is unreachable')
    })
    await queue.send(FAILS, { workspaceId })
    await queue.send(FAILS, { workspaceId: '01900000-0000-7000-8000-0000000000ff' })
    let dead: { kind: string; error: string; tries: number }[] = []
    for (let i = 0; i < 300 && dead.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 100))
      dead = (await as.nadia!.get(`${api}/jobs/dead-letters`)).json()
    }
    expect(dead).toHaveLength(1) // the other workspace's job is not here
    expect(dead[0]).toMatchObject({ kind: 'test-always-fails', error: 'the mail server is unreachable', tries: 2 })
    expect((await as.sam!.get(`${api}/jobs/dead-letters`)).json()).toHaveLength(1)
    const member = await as.kendall!.get(`${api}/jobs/dead-letters`)
    expect(member.statusCode).toBe(403)
    expect(member.headers['content-type']).toContain('application/problem+json')
  }, 60_000)
})
