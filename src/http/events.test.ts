import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp, type App } from './app.ts'
import { MAX_STREAMS_PER_SESSION } from './routes/events.routes.ts'
import { createDb, type Database } from '../db/client.ts'
import { fixedClock } from '../domain/clock.ts'
import { InProcessEventBus, PostgresEventBus, createEventBus } from '../events/index.ts'
import { decodeEvent, encodeEvent } from '../events/bus.ts'
import { freshDatabase, testDbKind } from '../test/test-database.ts'
import { ownerWithWorkspace, signUpClient, TEST_NOW, type TestClient } from '../test/test-app.ts'
import { buildWorkspaceFixtures } from '../test/workspace-fixtures.ts'
import { joinedClient } from '../test/role-clients.ts'

/**
 * How long a test waits for something that must happen. A deadline, not a measurement: how fast
 * events arrive is a figure of `npm run bench` (SSE fan-out), never an assertion on a shared machine.
 */
const WAIT_MS = 10_000

const PASSWORD = 'correct horse battery'

async function listening(app: App): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' })
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
}

/** Logs in over real HTTP (the session is in the database, so it works on any instance). */
async function loginCookie(origin: string, email: string): Promise<string> {
  const res = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  expect(res.status).toBe(200)
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
}

interface Frame {
  event: string
  data: any
}

/** An SSE client as a browser's EventSource would be: reads frames as they arrive. */
async function openStream(url: string, cookie: string) {
  const abort = new AbortController()
  const res = await fetch(url, { headers: { accept: 'text/event-stream', cookie }, signal: abort.signal })
  const frames: Frame[] = []
  const raw: string[] = []
  const waiters: (() => void)[] = []
  let ended = false
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
          raw.push(block)
          const event = /^event: (.*)$/m.exec(block)?.[1]
          const data = /^data: (.*)$/m.exec(block)?.[1]
          if (event && data) frames.push({ event, data: JSON.parse(data) })
          for (const w of waiters.splice(0)) w()
        }
      }
    } catch {
      // aborted
    }
    ended = true
    for (const w of waiters.splice(0)) w()
  })()
  return {
    res,
    frames,
    raw,
    get ended() {
      return ended
    },
    /** The first frame matching `match`, or a rejection after `ms`. */
    async next(match: (f: Frame) => boolean, ms = WAIT_MS): Promise<Frame> {
      const deadline = Date.now() + ms
      for (;;) {
        const found = frames.find(match)
        if (found) return found
        if (ended) throw new Error(`stream ended; frames: ${JSON.stringify(frames)}`)
        const left = deadline - Date.now()
        if (left <= 0) throw new Error(`no matching frame within ${ms} ms; frames: ${JSON.stringify(frames)}`)
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, left)
          waiters.push(() => {
            clearTimeout(t)
            resolve()
          })
        })
      }
    },
    async close() {
      abort.abort()
      await reading
    },
    done: reading,
  }
}

async function until(check: () => boolean, ms = WAIT_MS) {
  const deadline = Date.now() + ms
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((r) => setTimeout(r, 10))
  }
}

describe('event encoding', () => {
  it('round-trips ids and refuses payloads NOTIFY could not carry', () => {
    const event = { workspaceId: 'w1', kind: 'setlist.answer', proposalId: 'p1', versionId: 'v1' }
    expect(decodeEvent(encodeEvent(event))).toEqual(event)
    expect(() => encodeEvent({ workspaceId: 'w', kind: 'x', big: 'a'.repeat(8000) })).toThrow(/ids only/)
    expect(decodeEvent('not json')).toBeNull()
    expect(decodeEvent(JSON.stringify({ workspaceId: 'w', kind: 'k', nested: { a: 1 } }))).toBeNull()
  })
})

describe('live updates in one instance (in-process bus)', () => {
  let database: Database
  let app: App
  const bus = new InProcessEventBus()
  let origin: string
  let owner: TestClient
  let base: string
  let workspaceId: string
  let ids: Record<string, string>
  let memberCookie: string
  let memberEmail: string
  let outsiderCookie: string

  beforeAll(async () => {
    database = await freshDatabase()
    app = await buildApp({ database, clock: fixedClock(TEST_NOW), logLevel: 'silent', events: bus })
    ;({ client: owner, base, workspaceId } = await ownerWithWorkspace(app, 'Live'))
    ids = await buildWorkspaceFixtures(owner, base)
    const member = (await joinedClient(app, owner, base, 'member')) as TestClient & { email: string }
    const outsider = await signUpClient(app, 'Outsider')
    origin = await listening(app)
    memberCookie = await loginCookie(origin, member.email)
    memberEmail = member.email
    outsiderCookie = await loginCookie(origin, outsider.email)
  })
  afterAll(async () => {
    await app.close()
    await bus.close()
    await database.close()
  })

  it("brings another member's answer to an open stream", async () => {
    const stream = await openStream(`${origin}${base}/events`, memberCookie)
    expect(stream.res.status).toBe(200)
    expect(stream.res.headers.get('content-type')).toMatch(/^text\/event-stream/)
    await until(() => bus.listenerCount(workspaceId) === 1)
    const answer = await owner.post(`${base}/setlists/versions/${ids.versionId}/answers`, { kind: 'comment', text: 'Open with Windows Down?' })
    expect(answer.statusCode).toBe(201)
    const frame = await stream.next((f) => f.event === 'setlist.answer')
    // Ids only: the comment's text never travels in the event.
    expect(frame.data).toEqual({ workspaceId, kind: 'setlist.answer', proposalId: ids.proposalId, versionId: ids.versionId, answerId: answer.json().id })
    expect(stream.raw[0]).toContain('retry: 2000')
    await stream.close()
    await until(() => bus.listenerCount(workspaceId) === 0)
  })

  it('publishes proposals, edits and applications too', async () => {
    const stream = await openStream(`${origin}${base}/events`, memberCookie)
    await until(() => bus.listenerCount(workspaceId) === 1)
    const proposal = await owner.post(`${base}/setlists/proposals`, {
      actId: ids.actId,
      title: 'Live set',
      targetKind: 'none',
      entries: [{ id: 'e1', type: 'song', recordingId: ids.recordingId }],
    })
    expect(proposal.statusCode).toBe(201)
    const versionId = proposal.json().latestVersion.id
    await stream.next((f) => f.event === 'setlist.proposal' && f.data.versionId === versionId)
    const edit = await owner.put(`${base}/setlists/versions/${versionId}`, {
      revision: proposal.json().latestVersion.revision,
      entries: [{ id: 'e2', type: 'song', recordingId: ids.recordingId }],
    })
    expect(edit.statusCode).toBe(200)
    await stream.next((f) => f.event === 'setlist.version' && f.data.versionId === versionId)
    const apply = await owner.post(`${base}/setlists/apply`, { versionId: ids.versionId, targetKind: 'show', targetId: ids.showId })
    expect(apply.statusCode).toBe(200)
    await stream.next((f) => f.event === 'setlist.applied' && f.data.targetId === ids.showId)
    await stream.close()
  })

  it('keeps each workspace to itself', async () => {
    const other = await ownerWithWorkspace(app, 'Elsewhere')
    await other.client.get(other.base)
    const stream = await openStream(`${origin}${base}/events`, memberCookie)
    await until(() => bus.listenerCount(workspaceId) === 1)
    await bus.publish({ workspaceId: other.workspaceId, kind: 'setlist.answer', versionId: 'x' })
    await bus.publish({ workspaceId, kind: 'marker' })
    await stream.next((f) => f.event === 'marker')
    // Only this workspace's frames: the other one's answer never arrives. (Background jobs of the fixtures,
    // a planner run finishing or a notification written, may send frames of this workspace meanwhile.)
    expect(stream.frames.map((f) => f.event)).toContain('marker')
    expect(stream.frames.filter((f) => f.data.workspaceId !== workspaceId)).toEqual([])
    expect(stream.frames.filter((f) => f.data.versionId === 'x')).toEqual([])
    await stream.close()
  })

  it('answers an outsider 404, stream or not, and subscribes nothing', async () => {
    for (const accept of ['text/event-stream', 'application/json']) {
      const res = await fetch(`${origin}${base}/events`, { headers: { accept, cookie: outsiderCookie } })
      expect(res.status).toBe(404)
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
      await res.text()
    }
    expect(bus.listenerCount(workspaceId)).toBe(0)
  })

  it('describes the stream to a request that does not ask for one', async () => {
    const res = await owner.get(`${base}/events`)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ stream: 'text/event-stream', retryMs: 2000, heartbeatSeconds: 15, maxSeconds: 300 })
  })

  it('ends the stream after maxSeconds and unsubscribes, so the reconnect re-checks membership', async () => {
    const stream = await openStream(`${origin}${base}/events?maxSeconds=1`, memberCookie)
    await until(() => bus.listenerCount(workspaceId) === 1)
    await stream.done
    expect(stream.ended).toBe(true)
    expect(bus.listenerCount(workspaceId)).toBe(0)
  })

  it('holds a bounded number of streams per session: the next one gets 429, a closed one frees its place', async () => {
    const cookie = await loginCookie(origin, memberEmail)
    const streams = []
    for (let i = 0; i < MAX_STREAMS_PER_SESSION; i++) {
      const stream = await openStream(`${origin}${base}/events`, cookie)
      expect(stream.res.status).toBe(200)
      streams.push(stream)
    }
    const refused = await fetch(`${origin}${base}/events`, { headers: { accept: 'text/event-stream', cookie } })
    expect(refused.status).toBe(429)
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    await refused.text()
    // Another session (another tab logged in elsewhere) has its own allowance.
    const other = await openStream(`${origin}${base}/events`, await loginCookie(origin, memberEmail))
    expect(other.res.status).toBe(200)
    await other.close()
    await streams.pop()!.close()
    await until(() => bus.listenerCount(workspaceId) === MAX_STREAMS_PER_SESSION - 1)
    const again = await openStream(`${origin}${base}/events`, cookie)
    expect(again.res.status).toBe(200)
    for (const stream of [...streams, again]) await stream.close()
    await until(() => bus.listenerCount(workspaceId) === 0)
  })

  it('lets the app close while streams are open', async () => {
    const db2 = await freshDatabase()
    const bus2 = new InProcessEventBus()
    const app2 = await buildApp({ database: db2, clock: fixedClock(TEST_NOW), logLevel: 'silent', events: bus2 })
    const ws = await ownerWithWorkspace(app2, 'Closing')
    const origin2 = await listening(app2)
    const cookie = await loginCookie(origin2, (ws.client as TestClient & { email: string }).email)
    const stream = await openStream(`${origin2}${ws.base}/events`, cookie)
    await until(() => bus2.listenerCount() === 1)
    await app2.close()
    await stream.done
    expect(bus2.listenerCount()).toBe(0)
    await db2.close()
  })
})

describe.skipIf(testDbKind() !== 'postgres')('live updates across two app instances on PostgreSQL (LISTEN/NOTIFY)', () => {
  // Skipped on PGlite: it is one process by construction, and has no LISTEN connection of its own
  // to share between instances. Run with GREENROOM_TEST_DB=postgres.
  let database: Database
  let databaseB: Database
  let a: App
  let b: App
  let busA: PostgresEventBus
  let busB: PostgresEventBus
  let originB: string
  let owner: TestClient
  let base: string
  let workspaceId: string
  let ids: Record<string, string>
  let memberCookieB: string

  beforeAll(async () => {
    database = await freshDatabase()
    // Instance B has a pool of its own, as a second process would.
    databaseB = await createDb({ kind: 'postgres', url: database.url!, max: 2 })
    busA = (await createEventBus(database)) as PostgresEventBus
    busB = (await createEventBus(databaseB)) as PostgresEventBus
    expect(busA).toBeInstanceOf(PostgresEventBus)
    a = await buildApp({ database, clock: fixedClock(TEST_NOW), logLevel: 'silent', events: busA })
    b = await buildApp({ database: databaseB, clock: fixedClock(TEST_NOW), logLevel: 'silent', events: busB })
    ;({ client: owner, base, workspaceId } = await ownerWithWorkspace(a, 'TwoInstances'))
    ids = await buildWorkspaceFixtures(owner, base)
    const member = (await joinedClient(a, owner, base, 'member')) as TestClient & { email: string }
    originB = await listening(b)
    memberCookieB = await loginCookie(originB, member.email)
  })
  afterAll(async () => {
    await a?.close()
    await b?.close()
    await busA?.close()
    await busB?.close()
    await databaseB?.close()
    await database?.close()
  })

  it('brings an answer posted on instance A to an SSE client of instance B', async () => {
    const stream = await openStream(`${originB}${base}/events`, memberCookieB)
    await until(() => busB.listenerCount(workspaceId) === 1)
    const answer = await owner.post(`${base}/setlists/versions/${ids.versionId}/answers`, { kind: 'comment', text: 'From instance A' })
    expect(answer.statusCode).toBe(201)
    const frame = await stream.next((f) => f.event === 'setlist.answer')
    expect(frame.data).toEqual({ workspaceId, kind: 'setlist.answer', proposalId: ids.proposalId, versionId: ids.versionId, answerId: answer.json().id })
    await stream.close()
  })

  it('delivers each event once on each instance, including the publishing one', async () => {
    const gotA: string[] = []
    const gotB: string[] = []
    // Counted by kind: background jobs of the fixtures (a planner run finishing, notifications written) may
    // publish events of this workspace meanwhile, each of which must arrive once too.
    const offA = busA.subscribe(workspaceId, (e) => {
      if (e.kind === 'once') gotA.push(e.kind)
    })
    const offB = busB.subscribe(workspaceId, (e) => {
      if (e.kind === 'once') gotB.push(e.kind)
    })
    await busA.publish({ workspaceId, kind: 'once' })
    await until(() => gotA.length === 1 && gotB.length === 1)
    await new Promise((r) => setTimeout(r, 100))
    expect([gotA, gotB]).toEqual([['once'], ['once']])
    offA()
    offB()
  })

  it('reconnects a broken LISTEN connection and tells open screens to refetch', async () => {
    const got: string[] = []
    const off = busB.subscribe(workspaceId, (e) => got.push(e.kind))
    await busB.simulateDisconnect()
    expect(busB.listening).toBe(false)
    await until(() => busB.listening)
    await until(() => got.includes('resync'))
    await busA.publish({ workspaceId, kind: 'after-reconnect' })
    await until(() => got.includes('after-reconnect'))
    off()
  })
})
