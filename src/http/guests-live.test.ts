import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp, type App } from './app.ts'
import type { Database } from '../db/client.ts'
import { fixedClock } from '../domain/clock.ts'
import type { LiveEvent } from '../events/bus.ts'
import { InProcessEventBus } from '../events/index.ts'
import { freshDatabase } from '../test/test-database.ts'
import { ownerWithWorkspace, TEST_NOW, type TestClient } from '../test/test-app.ts'
import { summerShow } from '../test/workspace-fixtures.ts'
import { joinedClient } from '../test/role-clients.ts'

/** Issue 16 point 3 (ADR 048): guest requests, decisions and check-ins tell open pages, ids only. */
describe('guest-list live events', () => {
  let database: Database
  let app: App
  const bus = new InProcessEventBus()
  let owner: TestClient
  let member: TestClient
  let base: string
  let workspaceId: string
  let showId: string
  const heard: LiveEvent[] = []
  let off = () => {}

  beforeAll(async () => {
    database = await freshDatabase()
    app = await buildApp({ database, clock: fixedClock(TEST_NOW), logLevel: 'silent', events: bus })
    ;({ client: owner, base, workspaceId } = await ownerWithWorkspace(app, 'Live guests'))
    ;({ showId } = await summerShow(owner, base))
    member = await joinedClient(app, owner, base, 'member')
    off = bus.subscribe(workspaceId, (e) => heard.push(e))
  })
  afterAll(async () => {
    off()
    await app.close()
    await bus.close()
    await database.close()
  })

  const guestEvents = () => heard.filter((e) => e.kind === 'guests.list')

  it('publishes a request, its approval, the check-in and its undo, each carrying the show id only', async () => {
    const guests = `${base}/shows/${showId}/guests`
    const asked = await member.post(`${guests}/requests`, { name: 'Ciara Bravo', plusN: 1, passType: 'guest', note: 'cousin' })
    expect(asked.statusCode, asked.body).toBe(201)
    expect(guestEvents()).toEqual([{ workspaceId, kind: 'guests.list', showId }])
    const r = asked.json()
    const approved = await owner.post(`${guests}/requests/${r.id}/decision`, { version: r.version, decision: 'approved' })
    expect(approved.statusCode, approved.body).toBe(200)
    const tap = { checkInId: 'door-phone-tap-0001', device: 'Door phone', admittedAt: TEST_NOW.toISOString() }
    expect((await owner.post(`${guests}/requests/${r.id}/check-in`, tap)).statusCode).toBe(200)
    // the same tap again changes nothing and says nothing
    expect((await owner.post(`${guests}/requests/${r.id}/check-in`, tap)).statusCode).toBe(200)
    expect((await owner.delete(`${guests}/requests/${r.id}/check-in`)).statusCode).toBe(200)
    expect(guestEvents()).toHaveLength(4)
    for (const e of guestEvents()) expect(Object.keys(e).sort()).toEqual(['kind', 'showId', 'workspaceId'])
    // no name, note or pass type travels
    expect(JSON.stringify(heard)).not.toMatch(/Ciara|cousin/)
  })

  it('publishes nothing for a refused write', async () => {
    const before = guestEvents().length
    const res = await member.post(`${base}/shows/${showId}/guests/requests`, { name: 'Too many', plusN: 20, passType: 'guest', note: '' })
    expect(res.statusCode).toBeGreaterThanOrEqual(400)
    expect(guestEvents()).toHaveLength(before)
  })
})
