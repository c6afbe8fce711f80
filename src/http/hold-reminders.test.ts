import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db/client.ts'
import { loadDemoWorld } from '../demo/load-demo-world.ts'
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD } from '../demo/world-2013.ts'
import { fixedClock } from '../domain/clock.ts'
import { DEFAULT_TRAVEL_POLICY } from '../domain/travel-estimate.ts'
import { until } from '../test/smtp-sink.ts'
import { TestClient } from '../test/test-app.ts'
import { freshDatabase } from '../test/test-database.ts'
import { holdSweepId, sendHoldReminders } from '../usecases/notifications/hold-reminders.ts'
import { buildApp, type App } from './app.ts'

// Issue 14 point 2, ADR 047: the daily hold reminders on the demo world, on a fixed clock. Kendall
// wrote "Halfway There": the label's hold on it ends on 2013-06-10, then the label's option holds it
// until 2013-12-11, then it is free and clear. The daily job tells its writer 30 and 7 days before a
// last day and the day it is free (not when another hold takes over), once, however often it runs or
// the app restarts; a role that does not read rights is never told.
const api = '/api/workspaces/demo'
const HOLD = 'Halfway There'

interface Line {
  kind: string
  title: string
  link: string
}

describe('the daily hold reminders (demo world, fixed clock)', () => {
  let database: Database
  let workspaceId: string
  const apps: App[] = []

  const start = async (now: string, holdReminders = true) => {
    const app = await buildApp({ database, clock: fixedClock(new Date(now)), logLevel: 'silent', holdReminders })
    apps.push(app)
    return app
  }
  const inboxOf = async (app: App, name: string): Promise<Line[]> => {
    const client = new TestClient(app)
    expect((await client.post('/api/auth/login', { email: `${name}@${DEMO_EMAIL_DOMAIN}`, password: DEMO_PASSWORD })).statusCode).toBe(200)
    return ((await client.get(`${api}/notifications?limit=100`)).json() as Line[]).filter((n) => n.kind === 'hold.ending')
  }
  const jobs = async (name: string, state?: string) =>
    (
      await database.executeSql(
        `select id::text as id, state, data from pgboss.job where name = $1 ${state ? 'and state = $2' : ''}`,
        state ? [name, state] : [name],
      )
    ).rows as { id: string; state: string; data: { workspaceId: string; day: string } }[]
  const deps = (now: string) => ({ db: database.db, clock: fixedClock(new Date(now)), travel: DEFAULT_TRAVEL_POLICY })

  beforeAll(async () => {
    database = await freshDatabase()
    const loaded = await loadDemoWorld(database.db, { clock: fixedClock(new Date('2013-05-20T09:00:00Z')) })
    workspaceId = loaded.workspaceId
  }, 120_000)
  afterAll(async () => {
    for (const app of apps) await app.close()
    await database?.close()
  })

  it('tells nobody and queues nothing when turned off', async () => {
    const app = await start('2013-05-20T09:00:00Z', false)
    expect(await jobs('hold-sweep')).toEqual([])
    expect(await inboxOf(app, 'kendall')).toEqual([])
    await app.close()
  }, 120_000)

  it('runs the day’s sweep at start: the writer hears of the hold ending within 30 days, and tomorrow’s sweep waits', async () => {
    const app = await start('2013-05-20T09:00:00Z')
    await until(
      'the workspace’s reminders job of 2013-05-20 has finished',
      async () => (await jobs('hold-reminders', 'completed')).some((j) => j.data.workspaceId === workspaceId && j.data.day === '2013-05-20'),
      90,
    )
    const lines = await inboxOf(app, 'kendall')
    const line = lines.find((l) => l.title.includes(HOLD))
    expect(line?.title).toMatch(/hold on “Halfway There” ends on 2013-06-10 \(within 30 days\)$/)
    expect(line?.link).toMatch(/^\/songs\//)
    // James wrote no held song; Ryan Tedder (a viewer) reads no rights
    expect((await inboxOf(app, 'james')).some((l) => l.title.includes(HOLD))).toBe(false)
    expect(await inboxOf(app, 'ryan')).toEqual([])
    const sweeps = await jobs('hold-sweep')
    expect(sweeps.find((j) => j.data.day === '2013-05-20')?.state).toBe('completed')
    expect(sweeps.find((j) => j.data.day === '2013-05-21')).toMatchObject({ id: holdSweepId('2013-05-21'), state: 'created' })

    // a restart the same day queues nothing twice and tells nobody again
    await app.close()
    const again = await start('2013-05-20T15:00:00Z')
    expect((await jobs('hold-sweep')).length).toBe(2)
    expect((await jobs('hold-reminders')).filter((j) => j.data.workspaceId === workspaceId).length).toBe(1)
    expect(await inboxOf(again, 'kendall')).toEqual(lines)
    await again.close()
  }, 180_000)

  it('sends each stage once: 7 days before, not “free” while the option holds it, free and clear the day after the option', async () => {
    const count = async () =>
      (await database.executeSql(`select count(*)::int as n from notifications where kind = 'hold.ending' and title like '%Halfway There%'`)).rows[0] as {
        n: number
      }
    const before = (await count()).n
    expect(await sendHoldReminders(deps('2013-05-20T12:00:00Z'), workspaceId)).toBe(0) // the same day again: nothing
    expect(await sendHoldReminders(deps('2013-06-03T12:00:00Z'), workspaceId)).toBeGreaterThan(0) // 7 days before
    expect(await sendHoldReminders(deps('2013-06-05T12:00:00Z'), workspaceId)).toBe(0) // still the same stage
    await sendHoldReminders(deps('2013-06-11T12:00:00Z'), workspaceId) // the hold ended, the option holds it: not free
    const mid = await database.executeSql(`select title from notifications where kind = 'hold.ending' and title like '%Halfway There%' order by created_at`)
    expect((mid.rows as { title: string }[]).map((r) => r.title).filter((t) => t.includes('free and clear'))).toEqual([])
    expect((await count()).n).toBe(before + 1)
    expect(await sendHoldReminders(deps('2013-11-15T12:00:00Z'), workspaceId)).toBeGreaterThan(0) // the option's last day is 2013-12-11: within 30 days
    expect(await sendHoldReminders(deps('2013-12-12T12:00:00Z'), workspaceId)).toBeGreaterThan(0) // the day after: free and clear
    await sendHoldReminders(deps('2013-12-13T12:00:00Z'), workspaceId) // free and clear again: not twice (the count below)
    const all = await database.executeSql(`select title from notifications where kind = 'hold.ending' and title like '%Halfway There%' order by created_at, id`)
    const titles = (all.rows as { title: string }[]).map((r) => r.title)
    expect(titles.filter((t) => t.includes('free and clear')).length).toBe(1)
    expect(titles.at(-1)).toMatch(/hold ended on 2013-12-11$/)
    expect((await count()).n).toBe(before + 3)
  }, 120_000)
})
