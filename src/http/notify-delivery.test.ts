import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db/client.ts'
import { loadDemoWorld } from '../demo/load-demo-world.ts'
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD } from '../demo/world-2013.ts'
import { fixedClock } from '../domain/clock.ts'
import { SmtpSink, until } from '../test/smtp-sink.ts'
import { TEST_NOW, TestClient } from '../test/test-app.ts'
import { freshDatabase } from '../test/test-database.ts'
import { buildApp, type App } from './app.ts'

// Issue 14 points 2 and 3 (ADR 041), on the demo world and a real SMTP server: a show booked,
// re-timed and re-timed again tells its lineup (the first email at once, the next changes bundled
// into one after quiet seconds); a viewer on the lineup of an unannounced show hears nothing; quiet
// hours and the daily digest hold mail until their time, on the person's clock; the settings
// work before anything is saved and refuse odd values naming the field.
const api = '/api/workspaces/demo'
const address = (name: string) => `${name}@${DEMO_EMAIL_DOMAIN}`
const BUNDLE_SECONDS = 3

interface Prefs {
  preferences: { kind: string; channel: string; setting: string }[]
  delivery: { zone: string; digestTime: string; quietHours: { start: string; end: string } | null }
  waiting: { kind: string; title: string; dueAt: string; reason: string }[]
}

describe('notification settings and booking notifications (demo world, a real SMTP server)', () => {
  let database: Database
  let app: App
  let sink: SmtpSink
  const as: Record<string, TestClient> = {}
  let manager: string
  let show: Record<string, unknown> & { id: string; version: number }
  let body: Record<string, unknown>

  const prefs = async (who: string) => (await as[who]!.get(`${api}/me/notification-preferences`)).json() as Prefs
  const inbox = async (who: string) => (await as[who]!.get(`${api}/notifications?limit=100`)).json() as { title: string; link: string }[]
  const retime = async (setStart: string) => {
    const res = await as[manager]!.put(`${api}/shows/${show.id}`, { ...body, setStart, version: show.version })
    expect(res.statusCode, res.body).toBe(200)
    show = res.json()
  }

  beforeAll(async () => {
    sink = await SmtpSink.started()
    database = await freshDatabase()
    const loaded = await loadDemoWorld(database.db, { clock: fixedClock(TEST_NOW) })
    manager = loaded.logins.find((l) => l.role === 'manager')!.email.split('@')[0]!
    app = await buildApp({
      database,
      clock: fixedClock(TEST_NOW),
      logLevel: 'silent',
      publicUrl: 'https://greenroom.example.org',
      mail: { smtpUrl: sink.url, retrySeconds: 1, timeoutSeconds: 5, bundleSeconds: BUNDLE_SECONDS },
    })
    for (const name of new Set(['james', 'victoria', 'carlos', manager])) {
      as[name] = new TestClient(app)
      expect((await as[name].post('/api/auth/login', { email: address(name), password: DEMO_PASSWORD })).statusCode).toBe(200)
    }
    const people = (await as[manager]!.get(`${api}/people`)).json() as { id: string; name: string }[]
    const person = (n: string) => people.find((p) => p.name.startsWith(n))!.id
    const btr = (await as[manager]!.get(`${api}/acts/big-time-rush`)).json().id
    const [venue] = (await as[manager]!.get(`${api}/venues`)).json() as { id: string }[]
    body = {
      actId: btr,
      venueId: venue!.id,
      localDate: '2013-11-20',
      setStart: '20:00',
      status: 'confirmed',
      announcement: 'unannounced',
      billing: [],
      lineup: [
        { personId: person('James'), role: 'member' },
        { personId: person('Victoria'), role: 'guest' },
      ],
    }
  }, 300_000)
  afterAll(async () => {
    await app?.close()
    await database?.close()
    await sink?.stop()
  })

  it('works before anything is saved: every kind at once, a digest at 08:00 UTC, no quiet hours, nothing waiting', async () => {
    const p = await prefs('carlos')
    expect(p.delivery).toEqual({ zone: 'UTC', digestTime: '08:00', quietHours: null })
    expect(p.waiting).toEqual([])
    expect(p.preferences.map((x) => x.kind)).toEqual(
      expect.arrayContaining(['proposal.sent', 'show.changed', 'commitment.changed', 'conflict.new', 'hold.ending']),
    )
    expect(new Set(p.preferences.map((x) => x.setting))).toEqual(new Set(['immediately']))
  })

  it('refuses odd settings naming the field, and keeps what was saved', async () => {
    const saved = await as.carlos!.put(`${api}/me/notification-preferences`, {
      delivery: { zone: 'Europe/Madrid', digestTime: '07:15', quietHours: { start: '23:00', end: '07:00' } },
    })
    expect(saved.statusCode, saved.body).toBe(200)
    for (const [field, bad] of [
      ['zone', { zone: 'Mars/Olympus_Mons', digestTime: '07:00', quietHours: null }],
      ['digestTime', { zone: 'UTC', digestTime: '25:00', quietHours: null }],
      ['start', { zone: 'UTC', digestTime: '07:00', quietHours: { start: '7pm', end: '07:00' } }],
    ] as const) {
      const res = await as.carlos!.put(`${api}/me/notification-preferences`, { delivery: bad })
      expect(res.statusCode, field).toBe(400)
      expect(res.headers['content-type']).toContain('application/problem+json')
      expect(res.body, field).toContain(field)
    }
    const weekly = await as.carlos!.put(`${api}/me/notification-preferences`, { preferences: [{ kind: 'show.changed', channel: 'email', setting: 'weekly' }] })
    expect(weekly.statusCode).toBe(400)
    expect((await prefs('carlos')).delivery).toEqual({ zone: 'Europe/Madrid', digestTime: '07:15', quietHours: { start: '23:00', end: '07:00' } })
  })

  it('tells the lineup of a show booked, then bundles the changes that follow into one email; a viewer on an unannounced show hears nothing', async () => {
    const created = await as[manager]!.post(`${api}/shows`, body)
    expect(created.statusCode, created.body).toBe(201)
    show = created.json()
    const city = show.city as string
    const booked = `The ${city} show on 2013-11-20 is booked at ${show.venueName as string}`
    await until('James has the booking email', () => sink.to(address('james')).some((m) => m.subject === booked))
    expect((await inbox('james')).some((n) => n.title === booked)).toBe(true)
    // the same job wrote every inbox row before the email: the viewer was left out, not late
    expect((await inbox('victoria')).some((n) => n.link === `/shows/${show.id}`)).toBe(false)

    await retime('21:00')
    await retime('21:30')
    const bundle = `2 changes to the ${city} show`
    await until('James has the bundle', () => sink.to(address('james')).some((m) => m.subject === bundle))
    const [mail] = sink.to(address('james')).filter((m) => m.subject === bundle)
    expect(mail!.text).toContain('now 2013-11-20')
    expect(mail!.text).toContain('set 21:00')
    expect(mail!.text).toContain('set 21:30')
    // one email for the booking and one for the two changes, none for each change alone
    expect(
      sink
        .to(address('james'))
        .filter((m) => m.subject.includes(city))
        .map((m) => m.subject),
    ).toEqual([booked, bundle])
    expect(sink.to(address('victoria')).filter((m) => m.subject.includes(city))).toEqual([])
  }, 90_000)

  it('holds mail in quiet hours until they end, and a digest until its time, on the person’s own clock', async () => {
    // 12:00 UTC is 08:00 in New York: James's quiet hours (06:00–09:00 there) hold the next change until 09:00 (13:00Z)
    const quiet = await as.james!.put(`${api}/me/notification-preferences`, {
      delivery: { zone: 'America/New_York', digestTime: '18:30', quietHours: { start: '06:00', end: '09:00' } },
    })
    expect(quiet.statusCode, quiet.body).toBe(200)
    await retime('22:00')
    await until('the change waits for the end of quiet hours', async () => (await prefs('james')).waiting.some((w) => w.title.includes('set 22:00')))
    expect((await prefs('james')).waiting.find((w) => w.title.includes('set 22:00'))).toMatchObject({ reason: 'quiet', dueAt: '2013-04-15T13:00:00.000Z' })

    const digest = await as.james!.put(`${api}/me/notification-preferences`, { preferences: [{ kind: 'show.changed', channel: 'email', setting: 'digest' }] })
    expect(digest.statusCode).toBe(200)
    await retime('22:15')
    await until('the change waits for the digest', async () => (await prefs('james')).waiting.some((w) => w.title.includes('set 22:15')))
    // 18:30 EDT on 15 April 2013 is 22:30Z
    expect((await prefs('james')).waiting.find((w) => w.title.includes('set 22:15'))).toMatchObject({ reason: 'digest', dueAt: '2013-04-15T22:30:00.000Z' })
    // still in the inbox at once
    expect((await inbox('james')).some((n) => n.title.includes('set 22:15'))).toBe(true)
  }, 90_000)

  it('refuses a digest on push naming the field (push has no digest: ADR 047), and takes immediately or off', async () => {
    const digest = await as.carlos!.put(`${api}/me/notification-preferences`, { preferences: [{ kind: 'show.changed', channel: 'push', setting: 'digest' }] })
    expect(digest.statusCode).toBe(400)
    expect(digest.headers['content-type']).toContain('application/problem+json')
    expect(digest.json().errors).toEqual([expect.objectContaining({ path: 'preferences.0.setting', message: expect.stringContaining('push has no digest') })])
    expect((await prefs('carlos')).preferences.find((p) => p.kind === 'show.changed' && p.channel === 'push')?.setting).toBe('immediately')
    const off = await as.carlos!.put(`${api}/me/notification-preferences`, { preferences: [{ kind: 'show.changed', channel: 'push', setting: 'off' }] })
    expect(off.statusCode, off.body).toBe(200)
    expect((await prefs('carlos')).preferences.find((p) => p.kind === 'show.changed' && p.channel === 'push')?.setting).toBe('off')
    // email keeps its digest
    const email = await as.carlos!.put(`${api}/me/notification-preferences`, { preferences: [{ kind: 'show.changed', channel: 'email', setting: 'digest' }] })
    expect(email.statusCode, email.body).toBe(200)
  })

  it('tells the people on a commitment that it was deleted, in the inbox and by email (the row is gone when the job runs)', async () => {
    const people = (await as[manager]!.get(`${api}/people`)).json() as { id: string; name: string }[]
    const carlos = people.find((p) => p.name.startsWith('Carlos'))!.id
    const created = await as[manager]!.post(`${api}/commitments`, {
      kind: 'promo-interview',
      title: 'Radio promo day',
      outlet: 'KIIS FM',
      timeZone: 'America/Los_Angeles',
      startDate: '2013-12-29',
      startTime: '09:00',
      endDate: '2013-12-29',
      endTime: '17:00',
      personIds: [carlos],
    })
    expect(created.statusCode, created.body).toBe(201)
    const id = (created.json() as { id: string }).id
    await until('Carlos hears of the booking', async () => (await inbox('carlos')).some((n) => n.link === `/commitments/${id}`))
    expect((await as[manager]!.delete(`${api}/commitments/${id}`)).statusCode).toBe(204)
    const cancelled = '“Radio promo day” on 2013-12-29 was cancelled'
    await until('Carlos hears it was deleted', async () => (await inbox('carlos')).some((n) => n.title === cancelled))
    expect((await inbox('carlos')).find((n) => n.title === cancelled)?.link).toBe('/commitments')
    await until('and by email', () => sink.to(address('carlos')).some((m) => m.text.includes(cancelled)))
    // deleting it again is a 404 and tells nobody twice
    expect((await as[manager]!.delete(`${api}/commitments/${id}`)).statusCode).toBe(404)
    expect((await inbox('carlos')).filter((n) => n.title === cancelled)).toHaveLength(1)
  }, 90_000)
})
