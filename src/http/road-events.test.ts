import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp, type App } from './app.ts'
import type { Database } from '../db/client.ts'
import { fixedClock } from '../domain/clock.ts'
import { InProcessEventBus } from '../events/index.ts'
import { freshDatabase } from '../test/test-database.ts'
import { ownerWithWorkspace, TEST_NOW, type TestClient } from '../test/test-app.ts'
import { created } from '../test/workspace-fixtures.ts'
import { joinedClient } from '../test/role-clients.ts'

/** A deadline for what must arrive, never a measurement. */
const WAIT_MS = 10_000
const PASSWORD = 'correct horse battery'

interface Frame {
  event: string
  data: Record<string, string>
}

/** An EventSource-like reader of the workspace's stream. */
async function openStream(url: string, cookie: string) {
  const abort = new AbortController()
  const res = await fetch(url, { headers: { accept: 'text/event-stream', cookie }, signal: abort.signal })
  const frames: Frame[] = []
  const reading = (async () => {
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader()
    let buffer = ''
    try {
      for (;;) {
        const { value, done } = await reader.read()
        if (done) break
        buffer += value
        let cut
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut)
          buffer = buffer.slice(cut + 2)
          const event = /^event: (.*)$/m.exec(block)?.[1]
          const data = /^data: (.*)$/m.exec(block)?.[1]
          if (event && data) frames.push({ event, data: JSON.parse(data) })
        }
      }
    } catch {
      // aborted
    }
  })()
  return {
    frames,
    async next(match: (f: Frame) => boolean): Promise<Frame> {
      const deadline = Date.now() + WAIT_MS
      for (;;) {
        const found = frames.find(match)
        if (found) return found
        if (Date.now() > deadline) throw new Error(`no matching frame; frames: ${JSON.stringify(frames)}`)
        await new Promise((r) => setTimeout(r, 20))
      }
    },
    async close() {
      abort.abort()
      await reading
    },
  }
}

/**
 * ADR 050: a hotel stay's and a journey's changes reach open day sheets live, but only of the people
 * who may read them: every whole reader of the road, and of the viewers only the stay's guests and the
 * journey's passengers. The people it concerns never travel to the browser.
 */
describe('live road events: hotels and travel, to those who may see them', () => {
  let database: Database
  let app: App
  const bus = new InProcessEventBus()
  let origin: string
  let owner: TestClient
  let base: string
  let workspaceId: string
  const id: Record<string, string> = {}
  const cookie: Record<string, string> = {}

  beforeAll(async () => {
    database = await freshDatabase()
    app = await buildApp({ database, clock: fixedClock(TEST_NOW), logLevel: 'silent', events: bus })
    ;({ client: owner, base, workspaceId } = await ownerWithWorkspace(app, 'Road live'))
    await app.listen({ port: 0, host: '127.0.0.1' })
    origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
    for (const [name, role] of [
      ['guest', 'viewer'],
      ['stranger', 'viewer'],
      ['member', 'member'],
      ['crew', 'crew'],
    ] as const) {
      const client = (await joinedClient(app, owner, base, role)) as TestClient & { email: string }
      id[name] = (await client.get(base)).json().personId
      const res = await fetch(`${origin}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: client.email, password: PASSWORD }),
      })
      expect(res.status).toBe(200)
      cookie[name] = res.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ')
    }
  }, 300_000)
  afterAll(async () => {
    await app?.close()
    await bus.close()
    await database.close()
  })

  const stay = (guests: string[]) => ({
    name: 'The Hoxton',
    timeZone: 'Europe/London',
    checkInDate: '2013-06-19',
    checkOutDate: '2013-06-20',
    rooms: [{ label: 'Double', confirmationNumber: 'HOX-1', guests: guests.map((personId) => ({ personId })) }],
  })
  const journey = (passengerIds: string[]) => ({
    passengerIds,
    segments: [
      {
        mode: 'air',
        from: { iata: 'LHR' },
        to: { iata: 'JFK' },
        departureDate: '2013-06-20',
        departureTime: '09:00',
        arrivalDate: '2013-06-20',
        arrivalTime: '12:00',
      },
    ],
  })

  async function streams() {
    const open = {
      guest: await openStream(`${origin}${base}/events`, cookie.guest!),
      stranger: await openStream(`${origin}${base}/events`, cookie.stranger!),
      member: await openStream(`${origin}${base}/events`, cookie.member!),
      crew: await openStream(`${origin}${base}/events`, cookie.crew!),
    }
    const deadline = Date.now() + WAIT_MS
    while (bus.listenerCount(workspaceId) < 4) {
      if (Date.now() > deadline) throw new Error('streams not subscribed')
      await new Promise((r) => setTimeout(r, 20))
    }
    return open
  }

  it('brings a stay’s creation, edit and removal to its guests and whole readers, never to another viewer', async () => {
    const s = await streams()
    const made = await created(owner, `${base}/hotels`, stay([id.guest!]))
    for (const who of ['guest', 'member', 'crew'] as const) {
      const frame = await s[who].next((f) => f.event === 'road.hotel' && f.data.stayId === made.id)
      // Ids only, and not who the stay concerns.
      expect(frame.data).toEqual({ workspaceId, kind: 'road.hotel', stayId: made.id })
    }
    const edit = await owner.put(`${base}/hotels/${made.id}`, { ...stay([id.guest!]), checkInTime: '14:00', version: made.version })
    expect(edit.statusCode).toBe(200)
    await s.guest.next((f) => f.event === 'road.hotel' && f.data.stayId === made.id && s.guest.frames.filter((g) => g.event === 'road.hotel').length === 2)
    // A stale version writes nothing and publishes nothing.
    expect((await owner.put(`${base}/hotels/${made.id}`, { ...stay([id.guest!]), version: made.version })).statusCode).toBe(409)
    expect((await owner.delete(`${base}/hotels/${made.id}`)).statusCode).toBe(204)
    await s.member.next(() => s.member.frames.filter((g) => g.event === 'road.hotel').length === 3)
    await s.guest.next(() => s.guest.frames.filter((g) => g.event === 'road.hotel').length === 3)
    // A stay of the stranger's own afterwards: the first event they hear of a hotel is that one.
    const theirs = await created(owner, `${base}/hotels`, stay([id.stranger!]))
    await s.stranger.next((f) => f.event === 'road.hotel')
    expect(s.stranger.frames.filter((f) => f.event.startsWith('road.')).map((f) => f.data.stayId)).toEqual([theirs.id])
    for (const open of Object.values(s)) await open.close()
  })

  it('tells a guest moved out of a stay, so the hotel leaves their open sheet', async () => {
    const made = await created(owner, `${base}/hotels`, stay([id.guest!]))
    const s = await streams()
    const edit = await owner.put(`${base}/hotels/${made.id}`, { ...stay([id.stranger!]), version: made.version })
    expect(edit.statusCode).toBe(200)
    await s.guest.next((f) => f.event === 'road.hotel' && f.data.stayId === made.id)
    await s.stranger.next((f) => f.event === 'road.hotel' && f.data.stayId === made.id)
    for (const open of Object.values(s)) await open.close()
  })

  it('brings a journey’s changes to its passengers and whole readers, never to another viewer', async () => {
    const s = await streams()
    const made = await created(owner, `${base}/journeys`, journey([id.guest!]))
    for (const who of ['guest', 'member', 'crew'] as const) {
      const frame = await s[who].next((f) => f.event === 'road.travel' && f.data.journeyId === made.id)
      expect(frame.data).toEqual({ workspaceId, kind: 'road.travel', journeyId: made.id })
    }
    const edit = await owner.put(`${base}/journeys/${made.id}`, { ...journey([id.guest!]), version: made.version })
    expect(edit.statusCode).toBe(200)
    expect((await owner.delete(`${base}/journeys/${made.id}`)).statusCode).toBe(204)
    await s.guest.next(() => s.guest.frames.filter((g) => g.event === 'road.travel').length === 3)
    const theirs = await created(owner, `${base}/journeys`, journey([id.stranger!]))
    await s.stranger.next((f) => f.event === 'road.travel')
    expect(s.stranger.frames.filter((f) => f.event.startsWith('road.')).map((f) => f.data.journeyId)).toEqual([theirs.id])
    for (const open of Object.values(s)) await open.close()
  })

  it('tells a passenger moved from one segment to another (ADR 050 amended), never a viewer off the journey', async () => {
    const two = (guestOn: 0 | 1) => {
      const [first] = journey([]).segments
      const second = { ...first!, from: { iata: 'JFK' }, to: { iata: 'BUR' }, departureTime: '14:00', arrivalTime: '17:30' }
      return {
        passengerIds: [id.guest!, id.member!],
        segments: [
          { ...first!, passengerIds: guestOn === 0 ? [id.guest!, id.member!] : [id.member!] },
          { ...second, passengerIds: guestOn === 1 ? [id.guest!, id.member!] : [id.member!] },
        ],
      }
    }
    const made = await created(owner, `${base}/journeys`, two(0))
    const s = await streams()
    const edit = await owner.put(`${base}/journeys/${made.id}`, { ...two(1), version: made.version })
    expect(edit.statusCode, edit.body).toBe(200)
    expect(edit.json().segments.map((x: { passengerIds: string[] }) => x.passengerIds.includes(id.guest!))).toEqual([false, true])
    await s.guest.next((f) => f.event === 'road.travel' && f.data.journeyId === made.id)
    await s.member.next((f) => f.event === 'road.travel' && f.data.journeyId === made.id)
    // The stranger hears of it only once something of theirs follows: their first road.travel is that one.
    const theirs = await created(owner, `${base}/journeys`, journey([id.stranger!]))
    await s.stranger.next((f) => f.event === 'road.travel')
    expect(s.stranger.frames.filter((f) => f.event === 'road.travel').map((f) => f.data.journeyId)).toEqual([theirs.id])
    for (const open of Object.values(s)) await open.close()
  })

  it('splits a long audience over several events, each within NOTIFY’s limit', async () => {
    const people: string[] = []
    for (let i = 0; i < 160; i++) people.push((await created(owner, `${base}/people`, { name: `Crew ${i}` })).id)
    const published: Record<string, string>[] = []
    const off = bus.subscribe(workspaceId, (e) => published.push(e))
    const rooms = [...Array(8).keys()].map((r) => ({ label: `Room ${r}`, guests: people.slice(r * 20, r * 20 + 20).map((personId) => ({ personId })) }))
    const made = await created(owner, `${base}/hotels`, { ...stay([id.guest!]), rooms: [...stay([id.guest!]).rooms, ...rooms] })
    off()
    const mine = published.filter((e) => e.stayId === made.id)
    expect(mine).toHaveLength(2)
    expect(mine.flatMap((e) => e.audience!.split(' ')).sort()).toEqual([...people, id.guest!].sort())
  })
})
