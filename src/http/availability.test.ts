import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db/client.ts'
import { loadDemoWorld } from '../demo/load-demo-world.ts'
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD } from '../demo/world-2013.ts'
import { fixedClock } from '../domain/clock.ts'
import { DEFAULT_TRAVEL_POLICY } from '../domain/travel-estimate.ts'
import type { JobKind, JobQueue } from '../jobs/job-queue.ts'
import { availabilitySchedule, runAvailabilityNotice, scheduleAvailabilityJobs, type AvailabilityNotice } from '../usecases/availability/availability-jobs.ts'
import type { Deps } from '../usecases/deps.ts'
import { SmtpSink, until, type Received } from '../test/smtp-sink.ts'
import { ownerWithWorkspace, TEST_NOW, TestClient } from '../test/test-app.ts'
import { freshDatabase } from '../test/test-database.ts'
import { buildApp, type App } from './app.ts'

// Issue 14, point 4 (ADR 042): availability requests on the demo world, with a real SMTP server
// started here: Nadia asks, the asked answer signed in or from the email's signed link (a GET shows
// the page and changes nothing, only the POST answers), the table is the manager's alone, a "yes"
// becomes a commitment through the commitments use case, reminders and the deadline on a fixed clock.
const api = '/api/workspaces/demo'
const PUBLIC_URL = 'https://greenroom.example.org'
const address = (name: string) => `${name}@${DEMO_EMAIL_DOMAIN}`
const TV_SHOOT = {
  title: 'Nickelodeon holiday special shoot',
  startDate: '2013-06-03',
  endDate: '2013-06-04',
  answerBy: '2013-05-20',
  timeZone: 'America/Los_Angeles',
}

interface AnswerView {
  personId: string
  personName: string
  answer: string | null
  comment: string
  commitmentId: string | null
}
interface RequestView {
  id: string
  title: string
  open: boolean
  counts: { yes: number; maybe: number; no: number; unanswered: number }
  answers: AnswerView[]
  myAnswer: AnswerView | null
}

const fieldsOf = (res: { json(): { errors?: { path: string }[] } }) => (res.json().errors ?? []).map((e) => e.path)

describe('availability requests (demo world, a real SMTP server)', () => {
  let database: Database
  let app: App
  let sink: SmtpSink
  const as: Record<string, TestClient> = {}
  const person: Record<string, string> = {}
  let btr: string
  let tvShoot: RequestView

  const login = async (name: string) => {
    as[name] = new TestClient(app)
    const res = await as[name].post('/api/auth/login', { email: address(name), password: DEMO_PASSWORD })
    expect(res.statusCode, `${name}: ${res.body}`).toBe(200)
  }
  const table = async (id: string) => (await as.nadia!.get(`${api}/availability-requests/${id}`)).json() as RequestView
  const answerOf = async (id: string, who: string) => (await table(id)).answers.find((a) => a.personId === person[who])
  const mailTo = (who: string, subject: string): Received | undefined => sink.to(address(who)).find((m) => m.subject === subject)
  const answerLinkOf = (mail: Received) => mail.text.match(new RegExp(`${PUBLIC_URL}/answer/[A-Za-z0-9_.-]+`))?.[0]

  beforeAll(async () => {
    sink = await SmtpSink.started()
    database = await freshDatabase()
    await loadDemoWorld(database.db, { clock: fixedClock(TEST_NOW) })
    app = await buildApp({
      database,
      clock: fixedClock(TEST_NOW),
      logLevel: 'silent',
      publicUrl: PUBLIC_URL,
      mail: { smtpUrl: sink.url, from: 'Greenroom <band@greenroom.example.org>', retrySeconds: 1, timeoutSeconds: 5 },
    })
    for (const name of ['nadia', 'sam', 'kendall', 'james', 'carlos', 'logan', 'dustin', 'victoria', 'tess']) await login(name)
    for (const p of (await as.nadia!.get(`${api}/people`)).json() as { id: string; name: string }[]) person[p.name.split(' ')[0]!.toLowerCase()] = p.id
    btr = (await as.nadia!.get(`${api}/acts/big-time-rush`)).json().id
  }, 120_000)
  afterAll(async () => {
    await app?.close()
    await database?.close()
    await sink?.stop()
  })

  it("shows the demo's South America request: the manager reads every answer, one maybe and one unanswered", async () => {
    const list = (await as.nadia!.get(`${api}/availability-requests`)).json() as RequestView[]
    const sa = list.find((r) => r.title === 'South America leg')!
    expect(sa.counts).toEqual({ yes: 3, maybe: 1, no: 0, unanswered: 1 })
    expect(sa.answers.find((a) => a.personName === 'Carlos PenaVega')).toMatchObject({ answer: 'maybe', comment: expect.stringContaining('season 4') })
    expect(sa.answers.find((a) => a.personName === 'Dustin Belt')).toMatchObject({ answer: null })
    // Dustin's home: it waits for his answer
    const home = (await as.dustin!.get(`${api}/home`)).json()
    expect(home.availability).toEqual([expect.objectContaining({ requestId: sa.id, answer: null, answerBy: '2013-05-10' })])
  })

  it("lets someone asked read the request, their own answer and the counts, never another's comment; anyone else gets nothing", async () => {
    const [sa] = (await as.james!.get(`${api}/availability-requests`)).json() as RequestView[]
    expect(sa).toMatchObject({ title: 'South America leg', counts: { yes: 3, maybe: 1, unanswered: 1 }, myAnswer: { answer: 'yes' } })
    expect(sa!.answers.map((a) => a.personName)).toEqual(['James Maslow'])
    const one = await as.james!.get(`${api}/availability-requests/${sa!.id}`)
    expect(one.statusCode).toBe(200)
    expect(one.body).not.toContain('season 4')
    expect(one.body).not.toContain('Carlos')
    // a viewer and a crew member not asked: an empty list, and a 404 for the request
    for (const who of ['victoria', 'tess']) {
      expect((await as[who]!.get(`${api}/availability-requests`)).json(), who).toEqual([])
      const res = await as[who]!.get(`${api}/availability-requests/${sa!.id}`)
      expect(res.statusCode, who).toBe(404)
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/)
      expect((await as[who]!.get(`${api}/home`)).json().availability, who).toEqual([])
    }
  })

  it('lets only owners and managers ask, close and make commitments (403 for members, crew and viewers)', async () => {
    const body = { ...TV_SHOOT, personIds: [person.james] }
    for (const who of ['kendall', 'tess', 'victoria']) {
      const res = await as[who]!.post(`${api}/availability-requests`, body)
      expect(res.statusCode, who).toBe(403)
    }
    const [sa] = (await as.james!.get(`${api}/availability-requests`)).json() as RequestView[]
    expect((await as.james!.post(`${api}/availability-requests/${sa!.id}/close`)).statusCode).toBe(403)
    expect((await as.james!.post(`${api}/availability-requests/${sa!.id}/commitment`, {})).statusCode).toBe(403)
    expect((await as.james!.delete(`${api}/availability-requests/${sa!.id}`)).statusCode).toBe(403)
  })

  it('refuses bad input with problem+json naming the field, and stores nothing', async () => {
    const cases: [object, string][] = [
      [{ ...TV_SHOOT, endDate: '2013-06-02', personIds: [person.james] }, 'endDate'],
      [{ ...TV_SHOOT, answerBy: '2013-06-04', personIds: [person.james] }, 'answerBy'],
      [{ ...TV_SHOOT, answerBy: '2013-04-01', personIds: [person.james] }, 'answerBy'],
      [{ ...TV_SHOOT, personIds: ['01890000-0000-7000-8000-000000000000'] }, 'personIds.0'],
      [{ ...TV_SHOOT, actIds: ['01890000-0000-7000-8000-000000000000'] }, 'actIds.0'],
      [{ ...TV_SHOOT, showIds: ['01890000-0000-7000-8000-000000000000'] }, 'showIds.0'],
      [{ ...TV_SHOOT }, 'personIds'],
      [{ ...TV_SHOOT, timeZone: 'Mars/Olympus', personIds: [person.james] }, 'timeZone'],
      [{ ...TV_SHOOT, title: 5, personIds: [person.james] }, 'title'],
      [{ ...TV_SHOOT, startDate: '2013-02-30', personIds: [person.james] }, 'startDate'],
    ]
    for (const [body, field] of cases) {
      const res = await as.nadia!.post(`${api}/availability-requests`, body)
      expect(res.statusCode, `${field}: ${res.body}`).toBe(400)
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/)
      expect(fieldsOf(res), res.body).toContain(field)
    }
    const titles = ((await as.nadia!.get(`${api}/availability-requests`)).json() as RequestView[]).map((r) => r.title)
    expect(titles).not.toContain(TV_SHOOT.title)
  })

  it('asks an act and a named person: each asked gets the email at the SMTP server with a signed answer link', async () => {
    const res = await as.nadia!.post(`${api}/availability-requests`, { ...TV_SHOOT, note: 'Two days in Burbank.', actIds: [btr], personIds: [person.dustin] })
    expect(res.statusCode, res.body).toBe(201)
    tvShoot = res.json()
    // the act's current people (the four, Dustin on guitar, Marcus the DJ) and Dustin by name, once
    expect(tvShoot.answers.map((a) => a.personName).sort()).toEqual([
      'Carlos PenaVega',
      'Dustin Belt',
      'James Maslow',
      'Kendall Schmidt',
      'Logan Henderson',
      'Marcus Vance',
    ])
    expect(tvShoot.counts).toEqual({ yes: 0, maybe: 0, no: 0, unanswered: 6 })
    const subject = `Can you do ${TV_SHOOT.title} (2013-06-03 to 2013-06-04)?`
    await until('the five asked have the email', () => ['kendall', 'james', 'carlos', 'logan', 'dustin'].every((who) => mailTo(who, subject)))
    const mail = mailTo('dustin', subject)!
    expect(mail.text).toContain('Nadia Ferreira asks whether you can do')
    expect(mail.text).toContain('Two days in Burbank.')
    expect(answerLinkOf(mail)).toBeDefined()
    expect(mail.html).toContain(`href="${answerLinkOf(mail)}"`)
    expect(mail.raw('list-unsubscribe')).toMatch(new RegExp(`^<${PUBLIC_URL}/unsubscribe/`))
    // the manager who asked and people not asked get nothing
    for (const who of ['nadia', 'victoria', 'tess']) expect(mailTo(who, subject), who).toBeUndefined()
    // the inbox too, and the home lists it
    const inbox = (await as.dustin!.get(`${api}/notifications?limit=100`)).json() as { kind: string; link: string }[]
    expect(inbox.filter((n) => n.link === `/availability/${tvShoot.id}`)).toEqual([expect.objectContaining({ kind: 'availability' })])
    expect((await as.dustin!.get(`${api}/home`)).json().availability.map((a: { requestId: string }) => a.requestId)).toContain(tvShoot.id)
  }, 60_000)

  it('answers from the email: the GET shows the page and changes nothing, the POST answers, a tampered link is a 404', async () => {
    const link = answerLinkOf(mailTo('dustin', `Can you do ${TV_SHOOT.title} (2013-06-03 to 2013-06-04)?`)!)!
    const path = new URL(link).pathname
    const anonymous = new TestClient(app)
    const page = await anonymous.get(path)
    expect(page.statusCode).toBe(200)
    expect(page.headers['content-type']).toMatch(/text\/html/)
    expect(page.body).toContain(TV_SHOOT.title)
    expect(page.body).toContain('name="answer" value="yes"')
    // a second GET (a mail client's prefetch) changes nothing either
    await anonymous.get(path)
    expect(await answerOf(tvShoot.id, 'dustin')).toMatchObject({ answer: null, comment: '' })

    const [payload, signature] = path.slice('/answer/'.length).split('.')
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1)
    for (const tampered of [`${flip(payload!, 50)}.${signature}`, `${payload}.${flip(signature!, 3)}`, `${payload}`, `${payload}.${signature}.x`]) {
      const post = await app.inject({
        method: 'POST',
        url: `/answer/${tampered}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'answer=yes',
      })
      expect(post.statusCode, tampered).toBe(404)
      expect((await anonymous.get(`/answer/${tampered}`)).statusCode).toBe(404)
    }
    expect(await answerOf(tvShoot.id, 'dustin')).toMatchObject({ answer: null })

    const form = (body: string) => app.inject({ method: 'POST', url: path, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: body })
    const odd = await form('answer=perhaps')
    expect(odd.statusCode).toBe(400)
    expect(odd.headers['content-type']).toMatch(/application\/problem\+json/)
    expect(odd.json().errors.map((e: { path: string }) => e.path)).toContain('answer')
    const posted = await form(`answer=maybe&comment=${encodeURIComponent('If the HD dates move')}`)
    expect(posted.statusCode, posted.body).toBe(200)
    expect(posted.body).toContain('is recorded')
    expect(await answerOf(tvShoot.id, 'dustin')).toMatchObject({ answer: 'maybe', comment: 'If the HD dates move' })
    // he changes his mind before the deadline
    expect((await form('answer=yes')).statusCode).toBe(200)
    expect(await answerOf(tvShoot.id, 'dustin')).toMatchObject({ answer: 'yes', comment: '' })
  })

  it('takes answers signed in, refuses an odd answer (400 answer), shows the summary counts', async () => {
    const odd = await as.james!.put(`${api}/availability-requests/${tvShoot.id}/answer`, { answer: 'sure' })
    expect(odd.statusCode).toBe(400)
    expect(fieldsOf(odd)).toContain('answer')
    const yes = await as.james!.put(`${api}/availability-requests/${tvShoot.id}/answer`, { answer: 'yes', comment: 'Fine by me' })
    expect(yes.statusCode, yes.body).toBe(200)
    expect(yes.json()).toMatchObject({ myAnswer: { answer: 'yes', comment: 'Fine by me' }, counts: { yes: 2, unanswered: 4 } })
    expect((await as.logan!.put(`${api}/availability-requests/${tvShoot.id}/answer`, { answer: 'no', comment: 'Table read' })).statusCode).toBe(200)
    // someone not asked cannot answer (404), a viewer neither
    expect((await as.tess!.put(`${api}/availability-requests/${tvShoot.id}/answer`, { answer: 'yes' })).statusCode).toBe(404)
    expect((await as.victoria!.put(`${api}/availability-requests/${tvShoot.id}/answer`, { answer: 'yes' })).statusCode).toBe(404)
    expect((await table(tvShoot.id)).counts).toEqual({ yes: 2, maybe: 0, no: 1, unanswered: 3 })
  })

  it('makes the "yes" answers a commitment through the commitments use case; a no cannot be one', async () => {
    const refused = await as.nadia!.post(`${api}/availability-requests/${tvShoot.id}/commitment`, { personIds: [person.logan] })
    expect(refused.statusCode).toBe(409)
    expect(fieldsOf(refused)).toContain('personIds.0')
    const made = await as.nadia!.post(`${api}/availability-requests/${tvShoot.id}/commitment`, { kind: 'tv-shoot', acknowledgeConflicts: true })
    expect(made.statusCode, made.body).toBe(201)
    const { commitment, request } = made.json()
    expect(commitment).toMatchObject({
      kind: 'tv-shoot',
      title: TV_SHOOT.title,
      startDate: '2013-06-03',
      endDate: '2013-06-04',
      timeZone: 'America/Los_Angeles',
    })
    expect(commitment.people.map((p: { personName: string }) => p.personName).sort()).toEqual(['Dustin Belt', 'James Maslow'])
    expect(
      (request as RequestView).answers
        .filter((a) => a.commitmentId === commitment.id)
        .map((a) => a.personName)
        .sort(),
    ).toEqual(['Dustin Belt', 'James Maslow'])
    expect((await as.nadia!.get(`${api}/commitments/${commitment.id}`)).statusCode).toBe(200)
    // every yes is a commitment now: nothing left to make one of
    expect((await as.nadia!.post(`${api}/availability-requests/${tvShoot.id}/commitment`, {})).statusCode).toBe(409)
  })

  it("refuses a commitment that conflicts (409) unless acknowledged, as for any commitment: the South America leg's shows", async () => {
    const [sa] = ((await as.nadia!.get(`${api}/availability-requests`)).json() as RequestView[]).filter((r) => r.title === 'South America leg')
    const refused = await as.nadia!.post(`${api}/availability-requests/${sa!.id}/commitment`, { personIds: [person.kendall] })
    expect(refused.statusCode, refused.body).toBe(409)
    expect((await answerOf(sa!.id, 'kendall'))!.commitmentId).toBeNull()
  })

  it('reminds only those who have not answered, on a fixed clock, and the deadline tells the manager the summary', async () => {
    const deps = (at: string): Deps => ({ db: database.db, clock: fixedClock(new Date(at)), travel: DEFAULT_TRAVEL_POLICY })
    const reminderTitle = `Reminder: can you do “${TV_SHOOT.title}” (2013-06-03 to 2013-06-04)? Answers are needed by 2013-05-20`
    const inboxTitles = async (who: string) => ((await as[who]!.get(`${api}/notifications?limit=100`)).json() as { title: string }[]).map((n) => n.title)
    // two days before, 09:00 in Los Angeles: Kendall and Carlos (Marcus has no account: nobody to tell)
    const notice: AvailabilityNotice = { workspaceId: (await as.nadia!.get(api)).json().id, requestId: tvShoot.id, step: 'reminder', daysBefore: 2 }
    expect(await runAvailabilityNotice(deps('2013-05-18T16:00:00Z'), notice)).toBe(2)
    expect(await runAvailabilityNotice(deps('2013-05-18T16:00:05Z'), notice)).toBe(0) // a retry tells nobody twice
    for (const who of ['kendall', 'carlos']) expect(await inboxTitles(who), who).toContain(reminderTitle)
    for (const who of ['james', 'logan', 'dustin', 'nadia']) expect(await inboxTitles(who), who).not.toContain(reminderTitle)
    // Carlos answers; the reminder on the day goes to Kendall alone
    expect((await as.carlos!.put(`${api}/availability-requests/${tvShoot.id}/answer`, { answer: 'maybe' })).statusCode).toBe(200)
    expect(await runAvailabilityNotice(deps('2013-05-20T16:00:00Z'), { ...notice, daysBefore: 0 })).toBe(1)
    // the deadline: the end of 2013-05-20 in Los Angeles; Nadia, who asked, gets the summary
    expect(await runAvailabilityNotice(deps('2013-05-21T07:00:00Z'), { ...notice, step: 'deadline' })).toBe(1)
    expect(await inboxTitles('nadia')).toContain(`Answers for “${TV_SHOOT.title}” (2013-06-03 to 2013-06-04) are in: 2 yes, 1 maybe, 1 no, 2 not answered`)
  })

  it('refuses an answer once the request is closed (409 naming answer), from the app and from the link', async () => {
    expect((await as.nadia!.post(`${api}/availability-requests/${tvShoot.id}/close`)).statusCode).toBe(200)
    expect((await as.nadia!.post(`${api}/availability-requests/${tvShoot.id}/close`)).statusCode).toBe(409)
    const late = await as.kendall!.put(`${api}/availability-requests/${tvShoot.id}/answer`, { answer: 'yes' })
    expect(late.statusCode).toBe(409)
    expect(fieldsOf(late)).toContain('answer')
    const link = answerLinkOf(mailTo('kendall', `Can you do ${TV_SHOOT.title} (2013-06-03 to 2013-06-04)?`)!)!
    const post = await app.inject({
      method: 'POST',
      url: new URL(link).pathname,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'answer=yes',
    })
    expect(post.statusCode).toBe(409)
    expect(await answerOf(tvShoot.id, 'kendall')).toMatchObject({ answer: null })
    expect((await as.kendall!.get(new URL(link).pathname)).body).toContain('takes no more answers')
    // a closed request leaves the home
    expect((await as.kendall!.get(`${api}/home`)).json().availability.map((a: { requestId: string }) => a.requestId)).not.toContain(tvShoot.id)
  })
})

describe('availability reminders: when they are queued (fixed clock)', () => {
  it('queues the reminders 2 days before and on the answer-by day at 09:00 local, and the deadline, skipping what is past', async () => {
    const sent: { data: AvailabilityNotice; startAfterSeconds?: number }[] = []
    const jobs = {
      send: async (_kind: JobKind, data: AvailabilityNotice, opts?: { startAfterSeconds?: number }) => {
        sent.push({ data, startAfterSeconds: opts?.startAfterSeconds })
        return 'job'
      },
    } as unknown as JobQueue
    const now = new Date('2013-05-01T00:00:00Z')
    const deps = { clock: fixedClock(now), jobs } as unknown as Deps
    await scheduleAvailabilityJobs(deps, { workspaceId: 'w', requestId: 'r', answerBy: '2013-05-10', timeZone: 'America/Los_Angeles' })
    expect(sent.map((s) => [s.data.step, s.data.daysBefore, new Date(now.getTime() + s.startAfterSeconds! * 1000).toISOString()])).toEqual([
      ['reminder', 2, '2013-05-08T16:00:00.000Z'],
      ['reminder', 0, '2013-05-10T16:00:00.000Z'],
      ['deadline', undefined, '2013-05-11T07:00:00.000Z'],
    ])
    // asked on the answer-by day's afternoon: only the deadline is left
    expect(availabilitySchedule('2013-05-10', 'America/Los_Angeles', new Date('2013-05-10T20:00:00Z')).map((s) => s.step)).toEqual(['deadline'])
  })
})

describe('availability requests in a band from zero', () => {
  it('answers before anything is saved, then asks the first person with the defaults', async () => {
    const database = await freshDatabase()
    const app = await buildApp({ database, clock: fixedClock(TEST_NOW), logLevel: 'silent' })
    try {
      const { client, base } = await ownerWithWorkspace(app, 'Zero')
      expect((await client.get(`${base}/availability-requests`)).json()).toEqual([])
      expect((await client.get(`${base}/home`)).json().availability).toEqual([])
      const drummer = await client.post(`${base}/people`, { name: 'Dana Drummer' })
      expect(drummer.statusCode, drummer.body).toBe(201)
      const res = await client.post(`${base}/availability-requests`, {
        title: 'First gig',
        startDate: '2013-05-04',
        endDate: '2013-05-04',
        answerBy: '2013-05-01',
        personIds: [drummer.json().id],
      })
      expect(res.statusCode, res.body).toBe(201)
      expect(res.json()).toMatchObject({ timeZone: 'UTC', note: '', open: true, counts: { unanswered: 1 }, deadlineAt: '2013-05-02T00:00:00.000Z' })
    } finally {
      await app.close()
      await database.close()
    }
  }, 60_000)
})
