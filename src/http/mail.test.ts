import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db/client.ts'
import { loadDemoWorld } from '../demo/load-demo-world.ts'
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD } from '../demo/world-2013.ts'
import { fixedClock } from '../domain/clock.ts'
import { SmtpSink, until } from '../test/smtp-sink.ts'
import { TEST_NOW, TestClient } from '../test/test-app.ts'
import { freshDatabase } from '../test/test-database.ts'
import { buildApp, type App } from './app.ts'

// Issue 14, email (ADR 033), on the demo world and a real SMTP server started here: Kendall's draft
// sent round reaches James, Carlos and Logan by email (HTML and text parts, List-Unsubscribe, links
// to the public URL); the one-click unsubscribe turns a kind off with no login; an invite mails its
// link; a 550 bounces and is marked on the person; owners read the outbox, nobody else.
const api = '/api/workspaces/demo'
const PUBLIC_URL = 'https://greenroom.example.org'
const address = (name: string) => `${name}@${DEMO_EMAIL_DOMAIN}`

interface OutboxMail {
  id: string
  kind: string
  to: string
  subject: string
  status: string
  attempts: number
  lastError: string | null
  sentAt: string | null
  messageId: string
}

describe('email over SMTP (demo world, a real SMTP server)', () => {
  let database: Database
  let app: App
  let sink: SmtpSink
  const as: Record<string, TestClient> = {}
  let btr: string
  let entries: unknown[]
  let owner: string
  let manager: string

  const outbox = async () => (await as[owner]!.get(`${api}/mail/outbox?limit=100`)).json() as OutboxMail[]
  const sendRound = async (title: string) => {
    const sent = await as.kendall!.post(`${api}/setlists/proposals`, { actId: btr, title, entries })
    expect(sent.statusCode, sent.body).toBe(201)
    return sent.json().id as string
  }
  const bySubject = (who: string, subject: string) => sink.to(address(who)).filter((m) => m.subject === subject)

  beforeAll(async () => {
    sink = await SmtpSink.started()
    database = await freshDatabase()
    const loaded = await loadDemoWorld(database.db, { clock: fixedClock(TEST_NOW) })
    owner = loaded.logins.find((l) => l.role === 'owner')!.email.split('@')[0]!
    manager = loaded.logins.find((l) => l.role === 'manager')!.email.split('@')[0]!
    app = await buildApp({
      database,
      clock: fixedClock(TEST_NOW),
      logLevel: 'silent',
      publicUrl: PUBLIC_URL,
      mail: { smtpUrl: sink.url, from: 'Greenroom <band@greenroom.example.org>', retrySeconds: 1, timeoutSeconds: 5 },
    })
    for (const name of new Set(['kendall', 'james', 'carlos', 'logan', 'victoria', owner, manager])) {
      as[name] = new TestClient(app)
      expect((await as[name].post('/api/auth/login', { email: address(name), password: DEMO_PASSWORD })).statusCode).toBe(200)
    }
    btr = (await as.kendall!.get(`${api}/acts/big-time-rush`)).json().id
    const [first] = (await as.kendall!.get(`${api}/setlists/proposals?actId=${btr}`)).json()
    entries = (await as.kendall!.get(`${api}/setlists/proposals/${first.id}`)).json().latestVersion.entries
  }, 120_000)
  afterAll(async () => {
    await app?.close()
    await database?.close()
    await sink?.stop()
  })

  it("mails Kendall's draft sent round to James, Carlos and Logan: subject, both parts, List-Unsubscribe, links to the public URL", async () => {
    const proposalId = await sendRound('Summer 2013, first draft')
    const subject = 'Set list for Big Time Rush sent round'
    await until('the three voters have the email', () => ['james', 'carlos', 'logan'].every((who) => bySubject(who, subject).length === 1))
    for (const who of ['james', 'carlos', 'logan']) {
      const [mail] = bySubject(who, subject)
      expect(mail!.headers.get('from')).toMatchObject({ value: [{ name: 'Greenroom', address: 'band@greenroom.example.org' }] })
      expect(mail!.text).toContain('Kendall Schmidt sent round “Summer 2013, first draft” for Big Time Rush')
      expect(mail!.text).toContain(`${PUBLIC_URL}/w/demo/setlists/${proposalId}`)
      expect(mail!.html).toContain(`href="${PUBLIC_URL}/w/demo/setlists/${proposalId}"`)
      expect(mail!.html).toMatch(/^<!DOCTYPE html>/)
      // every link in both parts leads to the public URL
      for (const url of [...mail!.text.matchAll(/https?:\/\/[^\s"<>]+/g), ...mail!.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? m[0])) {
        expect(new URL(url).origin, url).toBe(PUBLIC_URL)
      }
      const unsubscribe = mail!.raw('list-unsubscribe')!
      expect(unsubscribe).toMatch(new RegExp(`^<${PUBLIC_URL}/unsubscribe/[A-Za-z0-9_.-]+>$`))
      expect(mail!.raw('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
      expect(mail!.text).toContain(unsubscribe.slice(1, -1))
    }
    // the author, a viewer and the owner outside the act get nothing
    for (const who of ['kendall', 'victoria']) expect(bySubject(who, subject), who).toEqual([])
    // the owner's outbox shows each as sent, once, on the first try
    const rows = (await outbox()).filter((r) => r.subject === subject)
    expect(rows.map((r) => r.to).sort()).toEqual(['carlos', 'james', 'logan'].map(address))
    for (const r of rows) expect(r).toMatchObject({ status: 'sent', attempts: 1, lastError: null, kind: 'proposal.sent' })
    expect(new Set(sink.received.filter((m) => m.subject === subject).map((m) => m.messageId))).toEqual(new Set(rows.map((r) => r.messageId)))
  }, 60_000)

  it("mails Logan's counter-proposal to Kendall", async () => {
    const [draft] = (await as.kendall!.get(`${api}/setlists/proposals?actId=${btr}`))
      .json()
      .filter((p: { title: string }) => p.title === 'Summer 2013, first draft')
    const versionId = (await as.logan!.get(`${api}/setlists/proposals/${draft.id}`)).json().latestVersion.id
    const counter = await as.logan!.post(`${api}/setlists/versions/${versionId}/answers`, { kind: 'counter', text: "let's do this", entries })
    expect(counter.statusCode, counter.body).toBe(201)
    const subject = 'Logan Henderson made a counter-proposal to your set list for Big Time Rush'
    await until('Kendall has the email', () => bySubject('kendall', subject).length === 1)
    expect(bySubject('kendall', subject)[0]!.text).toContain(`${PUBLIC_URL}/w/demo/setlists/${draft.id}`)
  }, 60_000)

  it('unsubscribes with one click and no login: the GET only asks, the POST turns that kind off', async () => {
    const [mail] = bySubject('james', 'Set list for Big Time Rush sent round')
    const url = new URL(mail!.raw('list-unsubscribe')!.slice(1, -1))
    const anonymous = new TestClient(app)
    const page = await anonymous.get(url.pathname)
    expect(page.statusCode).toBe(200)
    expect(page.headers['content-type']).toContain('text/html')
    expect(page.body).toContain('<form method="post">')
    const setting = async () =>
      (await as.james!.get(`${api}/me/notification-preferences`)).json().preferences.find((p: { kind: string }) => p.kind === 'proposal.sent').setting
    expect(await setting()).toBe('immediately') // a prefetch changes nothing
    // a forged or altered link is a 404 problem, and changes nothing
    const [payload, signature] = url.pathname.split('/').pop()!.split('.')
    const altered = `${payload}.${signature!.slice(0, -2)}${signature!.endsWith('AA') ? 'BB' : 'AA'}`
    expect(
      (await anonymous.request('POST', `/unsubscribe/${altered}`, 'List-Unsubscribe=One-Click', { 'content-type': 'application/x-www-form-urlencoded' }))
        .statusCode,
    ).toBe(404)
    expect((await anonymous.post('/unsubscribe/not-a-token', {})).statusCode).toBe(404)
    expect(await setting()).toBe('immediately')
    // RFC 8058: the mail client POSTs List-Unsubscribe=One-Click
    const done = await anonymous.request('POST', url.pathname, 'List-Unsubscribe=One-Click', { 'content-type': 'application/x-www-form-urlencoded' })
    expect(done.statusCode, done.body).toBe(200)
    expect(done.body).toContain('no longer receive emails about set lists sent round')
    expect(await setting()).toBe('off')
    // the next round reaches Carlos and Logan by email, not James (his inbox still has it)
    await sendRound('Summer 2013, second draft')
    const subject = 'Set list for Big Time Rush sent round'
    await until('Carlos and Logan have the second email', () => bySubject('carlos', subject).length === 2 && bySubject('logan', subject).length === 2)
    expect(bySubject('james', subject)).toHaveLength(1)
    const inbox = (await as.james!.get(`${api}/notifications`)).json() as { title: string }[]
    expect(inbox.some((n) => n.title.includes('second draft'))).toBe(true)
    // James turns it on again himself; only he can
    const on = await as.james!.put(`${api}/me/notification-preferences`, { preferences: [{ kind: 'proposal.sent', channel: 'email', setting: 'immediately' }] })
    expect(on.statusCode, on.body).toBe(200)
    expect(await setting()).toBe('immediately')
    const bad = await as.james!.put(`${api}/me/notification-preferences`, { preferences: [{ kind: 'proposal.sent', channel: 'email', setting: 'sometimes' }] })
    expect(bad.statusCode).toBe(400)
    expect(bad.headers['content-type']).toContain('application/problem+json')
  }, 60_000)

  it('mails an invite made for an address its link, which only shows the invite on a GET', async () => {
    const made = await as[owner]!.post(`${api}/invites`, { role: 'viewer', email: 'new.friend@example.net' })
    expect(made.statusCode, made.body).toBe(201)
    await until('the invitee has the email', () => sink.to('new.friend@example.net').length === 1)
    const [mail] = sink.to('new.friend@example.net')
    expect(mail!.subject).toMatch(/^You are invited to .+ on Greenroom$/)
    const token = made.json().token as string
    expect(mail!.text).toContain(`${PUBLIC_URL}/invite/${token}`)
    expect(mail!.raw('list-unsubscribe')).toBeUndefined()
    // following the link (a prefetch) joins nobody: the invite is still open
    await new TestClient(app).get(`/api/invites/${token}`)
    const invites = (await as[owner]!.get(`${api}/invites`)).json() as { email: string; acceptedAt: string | null }[]
    expect(invites.find((i) => i.email === 'new.friend@example.net')?.acceptedAt).toBeNull()
  }, 60_000)

  it('marks an address the server refuses for good (550) on the person, and mails it no more', async () => {
    sink.refuse.add(address('carlos'))
    await sendRound('Summer 2013, third draft')
    const bounced = async () => (await outbox()).find((r) => r.to === address('carlos') && r.status === 'bounced')
    await until('the email to Carlos bounced', async () => !!(await bounced()), 30).catch(async (err) => {
      throw new Error(`${err}: ${JSON.stringify((await outbox()).filter((r) => r.to === address('carlos')))}`)
    })
    expect((await bounced())!.lastError).toContain('550')
    expect((await as.carlos!.get(`${api}/me/notification-preferences`)).json().bouncedAddresses).toEqual([address('carlos')])
    expect((await as.james!.get(`${api}/me/notification-preferences`)).json().bouncedAddresses).toEqual([])
    await sendRound('Summer 2013, fourth draft')
    await until('the fourth round is in the outbox', async () => (await outbox()).filter((r) => r.status === 'sent' && r.to !== address('carlos')).length >= 9)
    await until('the email to Carlos is suppressed', async () => (await outbox()).some((r) => r.to === address('carlos') && r.status === 'suppressed'))
  }, 60_000)

  it('shows the outbox to owners only', async () => {
    for (const who of ['kendall', 'james', 'victoria', manager]) {
      const res = await as[who]!.get(`${api}/mail/outbox`)
      expect(res.statusCode, who).toBe(403)
    }
    expect((await as[owner]!.get(`${api}/mail/outbox?limit=0`)).statusCode).toBe(400)
  })
})

describe('email when the SMTP server is down, then back', () => {
  let database: Database
  let app: App
  let sink: SmtpSink
  let kendall: TestClient
  let owner: TestClient

  beforeAll(async () => {
    sink = await SmtpSink.onFreePort() // not listening: connections are refused
    database = await freshDatabase()
    const loaded = await loadDemoWorld(database.db, { clock: fixedClock(TEST_NOW) })
    app = await buildApp({
      database,
      clock: fixedClock(TEST_NOW),
      logLevel: 'silent',
      publicUrl: PUBLIC_URL,
      mail: { smtpUrl: sink.url, retrySeconds: 1, timeoutSeconds: 5 },
    })
    kendall = new TestClient(app)
    owner = new TestClient(app)
    await kendall.post('/api/auth/login', { email: address('kendall'), password: DEMO_PASSWORD })
    await owner.post('/api/auth/login', { email: loaded.logins.find((l) => l.role === 'owner')!.email, password: DEMO_PASSWORD })
  }, 120_000)
  afterAll(async () => {
    await app?.close()
    await database?.close()
    await sink?.stop()
  })

  it('retries with backoff, shows the failure in the outbox, and delivers each email once when the server is back', async () => {
    const btr = (await kendall.get(`${api}/acts/big-time-rush`)).json().id
    const [first] = (await kendall.get(`${api}/setlists/proposals?actId=${btr}`)).json()
    const entries = (await kendall.get(`${api}/setlists/proposals/${first.id}`)).json().latestVersion.entries
    expect((await kendall.post(`${api}/setlists/proposals`, { actId: btr, title: 'While the mail is down', entries })).statusCode).toBe(201)
    const mine = async () => ((await owner.get(`${api}/mail/outbox`)).json() as OutboxMail[]).filter((r) => r.kind === 'proposal.sent' && r.status !== 'kept') // the demo's own mail is kept (demo-notify.ts)
    await until('every email failed at least twice', async () => {
      const rows = await mine()
      return rows.length === 3 && rows.every((r) => r.attempts >= 2)
    })
    for (const r of await mine()) {
      expect(r.status).toMatch(/^(failed|sending)$/)
      expect(r.sentAt).toBeNull()
    }
    expect((await mine()).some((r) => /ECONNREFUSED|connect/i.test(r.lastError ?? ''))).toBe(true)
    await sink.start()
    await until('all three are sent', async () => (await mine()).every((r) => r.status === 'sent'), 90)
    const rows = await mine()
    for (const who of ['james', 'carlos', 'logan']) {
      const got = sink.to(address(who))
      expect(got, who).toHaveLength(1)
      expect(rows.find((r) => r.to === address(who))!.messageId).toBe(got[0]!.messageId)
    }
    // nothing more arrives later (a late retry finds the row sent)
    await new Promise((r) => setTimeout(r, 3000))
    expect(sink.received).toHaveLength(3)
  }, 150_000)
})
