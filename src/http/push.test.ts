import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db/client.ts'
import { pushDeliveries, pushKeys } from '../db/schema/index.ts'
import { fixedClock } from '../domain/clock.ts'
import { PushSink, TestDevice, verifyVapid } from '../test/push-sink.ts'
import { until } from '../test/smtp-sink.ts'
import { ownerWithWorkspace, TEST_NOW, type TestClient } from '../test/test-app.ts'
import { freshDatabase } from '../test/test-database.ts'
import { created } from '../test/workspace-fixtures.ts'
import { joinedClient } from '../test/role-clients.ts'
import { buildApp, type App } from './app.ts'

// Issue 14 point 6, Web Push (ADR 044), with real parts: a device's keys made here, a push service
// on 127.0.0.1 started here, the server encrypting and POSTing to it, and what arrived decrypted
// here by RFC 8291 (not by web-push) and its VAPID header verified with the served key.
const PUBLIC_URL = 'https://greenroom.example.org'

describe('Web Push', () => {
  let database: Database
  let app: App
  let sink: PushSink
  let owner: TestClient
  let member: TestClient
  let base: string
  let workspaceId: string
  let slug: string
  let actId: string
  let recordingId: string
  let serial = 0

  const newDevice = () => new TestDevice(`${sink.origin}/push/${++serial}-${Math.random().toString(36).slice(2, 8)}`)
  const problemFields = (res: { json(): { errors?: { path: string }[] } }) => (res.json().errors ?? []).map((e) => e.path)
  /** The member sends a set list round: the owner (the act's decider) is told, in the inbox and by push. */
  async function sendRound(title: string): Promise<string> {
    const proposal = await created(member, `${base}/setlists/proposals`, { actId, title, entries: [{ id: 'e1', type: 'song', recordingId }] })
    return proposal.id as string
  }
  const inboxLine = async (proposalId: string) =>
    ((await owner.get(`${base}/notifications`)).json() as { title: string; link: string }[]).find((n) => n.link === `/setlists/${proposalId}`)

  beforeAll(async () => {
    sink = await PushSink.started()
    database = await freshDatabase()
    app = await buildApp({
      database,
      clock: fixedClock(TEST_NOW),
      logLevel: 'silent',
      publicUrl: PUBLIC_URL,
      push: { allowLoopbackHttp: true, retrySeconds: 1, timeoutSeconds: 5 },
    })
    const ws = await ownerWithWorkspace(app, 'Push')
    owner = ws.client
    base = ws.base
    workspaceId = ws.workspaceId
    slug = ws.slug
    const act = await created(owner, `${base}/acts`, { name: 'Push Act', kind: 'group', isInternal: true })
    actId = act.id
    // the owner alone decides the act's set lists: every one sent round is theirs to answer
    const ownerPersonId = (await owner.get(base)).json().personId
    const settings = await owner.put(`${base}/acts/${actId}/setlist-settings`, { consensus: 'deciders', deciderPersonIds: [ownerPersonId], rules: {} })
    expect(settings.statusCode, settings.body).toBe(200)
    const work = await created(owner, `${base}/works`, { title: 'Push Song', writers: [] })
    recordingId = (await created(owner, `${base}/recordings`, { workId: work.id, actId, kind: 'master', durationSeconds: 200 })).id
    member = await joinedClient(app, owner, base, 'member')
    const personId = (await member.get(base)).json().personId as string
    await created(owner, `${base}/acts/${actId}/memberships`, { personId, role: 'member', instruments: [] })
  }, 120_000)
  afterAll(async () => {
    await app?.close()
    await database?.close()
    await sink?.stop()
  })

  it('a band from zero: the VAPID key is made on first use, kept, and the same for every role', async () => {
    const first = await owner.get(`${base}/push/vapid-public-key`)
    expect(first.statusCode, first.body).toBe(200)
    const key: string = first.json().publicKey
    expect(Buffer.from(key, 'base64url')).toHaveLength(65)
    expect(Buffer.from(key, 'base64url')[0]).toBe(0x04)
    expect((await member.get(`${base}/push/vapid-public-key`)).json().publicKey).toBe(key)
    const rows = await database.db.select().from(pushKeys)
    expect(rows.map((r) => r.publicKey)).toEqual([key])
    // nothing subscribed yet: an empty list, not an error
    expect((await owner.get(`${base}/me/push-subscriptions`)).json()).toEqual([])
  })

  it('a hostile client gets 400 naming the field, and nothing is kept', async () => {
    const good = newDevice().json()
    const cases: [unknown, string][] = [
      [{ ...good, endpoint: 'http://push.example.com/x' }, 'endpoint'],
      [{ ...good, endpoint: 'https://10.0.0.1/x' }, 'endpoint'],
      [{ ...good, endpoint: 'https://[::1]/x' }, 'endpoint'],
      [{ ...good, endpoint: 'https://localhost/x' }, 'endpoint'],
      [{ ...good, endpoint: 'https://user:pw@push.example.com/x' }, 'endpoint'],
      [{ ...good, endpoint: 'not a url' }, 'endpoint'],
      [{ ...good, endpoint: `https://push.example.com/${'a'.repeat(3000)}` }, 'endpoint'],
      [{ ...good, keys: { ...good.keys, p256dh: good.keys.p256dh.slice(0, 40) } }, 'keys.p256dh'],
      [{ ...good, keys: { ...good.keys, p256dh: `${good.keys.p256dh.slice(0, -2)}+/` } }, 'keys.p256dh'],
      [{ ...good, keys: { ...good.keys, p256dh: Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 7)]).toString('base64url') } }, 'keys.p256dh'],
      [{ ...good, keys: { ...good.keys, auth: Buffer.alloc(15).toString('base64url') } }, 'keys.auth'],
      [{ ...good, keys: { ...good.keys, auth: 12 } }, 'keys.auth'],
      [{ endpoint: good.endpoint }, 'keys'],
    ]
    for (const [body, field] of cases) {
      const res = await owner.post(`${base}/me/push-subscriptions`, body)
      expect(res.statusCode, `${field}: ${res.body}`).toBe(400)
      expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/)
      expect(problemFields(res), res.body).toContain(field)
    }
    expect((await owner.get(`${base}/me/push-subscriptions`)).json()).toEqual([])
    // a real push service's https endpoint is taken (it is never called: nothing is sent to the owner here)
    const real = await owner.post(`${base}/me/push-subscriptions`, { ...good, endpoint: 'https://updates.push.services.mozilla.com/wpush/v2/abc' })
    expect(real.statusCode, real.body).toBe(201)
    expect((await owner.delete(`${base}/me/push-subscriptions/${real.json().id}`)).statusCode).toBe(204)
  })

  it('the same endpoint twice is one device; only its person lists or removes it', async () => {
    const device = newDevice()
    const first = await owner.post(`${base}/me/push-subscriptions`, device.json())
    expect(first.statusCode, first.body).toBe(201)
    const again = await owner.post(`${base}/me/push-subscriptions`, device.json())
    expect(again.statusCode).toBe(200)
    expect(again.json().id).toBe(first.json().id)
    expect((await owner.get(`${base}/me/push-subscriptions`)).json().map((d: { id: string }) => d.id)).toEqual([first.json().id])
    // another person: not in their list, not theirs to remove, and the endpoint alone takes nobody's device
    expect((await member.get(`${base}/me/push-subscriptions`)).json()).toEqual([])
    expect((await member.delete(`${base}/me/push-subscriptions/${first.json().id}`)).statusCode).toBe(404)
    const stolen = await member.post(`${base}/me/push-subscriptions`, { ...device.json(), keys: newDevice().json().keys })
    expect(stolen.statusCode).toBe(409)
    expect((await owner.delete(`${base}/me/push-subscriptions/${first.json().id}`)).statusCode).toBe(204)
    expect((await owner.get(`${base}/me/push-subscriptions`)).json()).toEqual([])
  })

  it('a subscription the push service changed replaces the old device, keeping its name; only its own person’s, else 404 (ADR 047)', async () => {
    const old = newDevice()
    const first = await owner.post(`${base}/me/push-subscriptions`, { ...old.json(), label: 'Kendall’s phone' })
    expect(first.statusCode, first.body).toBe(201)
    const fresh = newDevice()
    // another person cannot replace it, and an endpoint nobody has is nothing to replace
    expect((await member.post(`${base}/me/push-subscriptions`, { ...fresh.json(), replaces: old.json().endpoint })).statusCode).toBe(404)
    const unknown = await owner.post(`${base}/me/push-subscriptions`, { ...fresh.json(), replaces: `${sink.origin}/push/none` })
    expect(unknown.statusCode).toBe(404)
    expect(unknown.headers['content-type']).toContain('application/problem+json')
    const replaced = await owner.post(`${base}/me/push-subscriptions`, { ...fresh.json(), replaces: old.json().endpoint })
    expect(replaced.statusCode, replaced.body).toBe(201)
    const mine = (await owner.get(`${base}/me/push-subscriptions`)).json() as { id: string; endpoint: string; label: string }[]
    expect(mine.map((d) => [d.endpoint, d.label])).toEqual([[fresh.json().endpoint, 'Kendall’s phone']])
    expect((await member.get(`${base}/me/push-subscriptions`)).json()).toEqual([])
    await owner.delete(`${base}/me/push-subscriptions/${mine[0]!.id}`)
  })

  it('a notification reaches the device once, encrypted to it (RFC 8291) and signed with the served key (RFC 8292)', async () => {
    const device = newDevice()
    expect((await owner.post(`${base}/me/push-subscriptions`, device.json())).statusCode).toBe(201)
    const proposalId = await sendRound('Push, first draft')
    await until('the push arrives', () => sink.to(device.path).length >= 1, 60)
    const [push] = sink.to(device.path)
    expect(push!.headers['content-encoding']).toBe('aes128gcm')
    expect(Number(push!.headers.ttl)).toBeGreaterThan(0)
    const payload = JSON.parse(device.decrypt(push!.body))
    const line = await inboxLine(proposalId)
    expect(line).toBeDefined()
    expect(payload).toEqual({ title: expect.stringMatching(/^Push /), body: line!.title, url: `/w/${slug}/setlists/${proposalId}`, tag: push!.headers.topic })
    const publicKey = (await owner.get(`${base}/push/vapid-public-key`)).json().publicKey
    const claims = verifyVapid(push!.headers.authorization as string, publicKey)
    expect(claims.aud).toBe(sink.origin)
    expect(claims.sub).toMatch(/^(mailto:|https:)/)
    expect(claims.exp * 1000).toBeGreaterThan(Date.now())
    expect(claims.exp * 1000).toBeLessThanOrEqual(Date.now() + 24 * 3600 * 1000)
    // the delivery is done: no second push of this event to this device
    await until('the delivery is marked sent', async () => (await deliveriesOf(proposalId)).every((d) => d.status === 'sent'), 30)
    expect(sink.to(device.path)).toHaveLength(1)
    expect((await owner.get(`${base}/me/push-subscriptions`)).json()[0].lastSentAt).not.toBeNull()
    await owner.delete(`${base}/me/push-subscriptions/${(await owner.get(`${base}/me/push-subscriptions`)).json()[0].id}`)
  }, 90_000)

  const deliveriesOf = async (proposalId: string) =>
    database.db
      .select()
      .from(pushDeliveries)
      .where(and(eq(pushDeliveries.workspaceId, workspaceId), eq(pushDeliveries.dedupeKey, `proposal.sent:${await latestVersionOf(proposalId)}`)))
  const latestVersionOf = async (proposalId: string) => (await owner.get(`${base}/setlists/proposals/${proposalId}`)).json().latestVersion.id as string

  it('a push service answering 500 is tried again with backoff; the push then arrives', async () => {
    const device = newDevice()
    expect((await owner.post(`${base}/me/push-subscriptions`, device.json())).statusCode).toBe(201)
    sink.scripts.set(device.path, [500])
    const proposalId = await sendRound('Push, after a failure')
    await until('the retry arrives', () => sink.to(device.path).length >= 2, 90)
    const [failed, retried] = sink.to(device.path)
    // both tries carry the same event; the second one was accepted and decrypts
    expect(JSON.parse(device.decrypt(retried!.body)).url).toBe(`/w/${slug}/setlists/${proposalId}`)
    expect(failed!.headers.topic).toBe(retried!.headers.topic)
    await until('the delivery is marked sent', async () => (await deliveriesOf(proposalId)).some((d) => d.status === 'sent'), 30)
    const [delivery] = await deliveriesOf(proposalId)
    expect(delivery!.attempts).toBe(2)
    expect(sink.to(device.path)).toHaveLength(2)
  }, 120_000)

  it('a push service answering 410 (gone) removes the subscription', async () => {
    const device = newDevice()
    const sub = await owner.post(`${base}/me/push-subscriptions`, device.json())
    expect(sub.statusCode).toBe(201)
    sink.scripts.set(device.path, [410])
    await sendRound('Push, to a device gone')
    await until('the push is tried', () => sink.to(device.path).length >= 1, 60)
    const gone = async () => !((await owner.get(`${base}/me/push-subscriptions`)).json() as { id: string }[]).some((d) => d.id === sub.json().id)
    await until('the device is forgotten', gone, 30)
    expect(sink.to(device.path)).toHaveLength(1)
  }, 90_000)

  it('push turned off for a kind sends nothing of that kind; the email preferences stay as they were', async () => {
    const device = newDevice()
    expect((await owner.post(`${base}/me/push-subscriptions`, device.json())).statusCode).toBe(201)
    const off = await owner.put(`${base}/me/notification-preferences`, { preferences: [{ kind: 'proposal.sent', channel: 'push', setting: 'off' }] })
    expect(off.statusCode, off.body).toBe(200)
    const settings = off.json().preferences as { kind: string; channel: string; setting: string }[]
    expect(settings.find((p) => p.kind === 'proposal.sent' && p.channel === 'email')?.setting).toBe('immediately')
    const quiet = await sendRound('Push, not pushed')
    await until('the owner is told in the app', async () => (await inboxLine(quiet)) !== undefined, 60)
    // The inbox line is written before the job mails and pushes: wait for the job itself to finish, or
    // turning push on again below could reach it before it reads the preference.
    await until(
      'the notify job of the first round has finished',
      async () => {
        const { rows } = await database.executeSql(`select state from pgboss.job where name = 'notify' and data->>'proposalId' = $1`, [quiet])
        return rows.length > 0 && rows.every((r) => (r as { state: string }).state === 'completed')
      },
      60,
    )
    // on again: the next one arrives
    await owner.put(`${base}/me/notification-preferences`, { preferences: [{ kind: 'proposal.sent', channel: 'push', setting: 'immediately' }] })
    const loud = await sendRound('Push, pushed')
    await until('the second push arrives', () => sink.to(device.path).length >= 1, 60)
    expect(sink.to(device.path).map((r) => JSON.parse(device.decrypt(r.body)).url)).toEqual([`/w/${slug}/setlists/${loud}`])
    expect(await deliveriesOf(quiet)).toEqual([])
  }, 90_000)

  it('every role subscribes its own device and sees only its own', async () => {
    for (const role of ['manager', 'crew', 'viewer'] as const) {
      const client = await joinedClient(app, owner, base, role)
      const device = newDevice()
      const res = await client.post(`${base}/me/push-subscriptions`, device.json())
      expect(res.statusCode, `${role}: ${res.body}`).toBe(201)
      const mine = (await client.get(`${base}/me/push-subscriptions`)).json() as { endpoint: string }[]
      expect(mine.map((d) => d.endpoint)).toEqual([device.endpoint])
      expect((await client.get(`${base}/push/vapid-public-key`)).statusCode).toBe(200)
    }
  }, 90_000)
})
