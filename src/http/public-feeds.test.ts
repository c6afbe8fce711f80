import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db/client.ts'
import { calendarFeeds } from '../db/schema/index.ts'
import { fixedClock } from '../domain/clock.ts'
import { readWithIcalJs, readWithNodeIcal, tzidsWithoutVtimezone } from '../test/ical-readers.ts'
import { addAct, addCommitment, addFeed, addPerson, addShow, addVenue, addWorkspace } from '../test/public-show-rows.ts'
import { freshDatabase } from '../test/test-database.ts'
import { buildApp, type App } from './app.ts'

describe("a person's private calendar feed", () => {
  let database: Database
  let app: App
  let feed: { id: string; token: string }
  const ids: Record<string, string> = {}
  const instants: Record<string, { startsAt: Date; endsAt: Date }> = {}

  beforeAll(async () => {
    database = await freshDatabase()
    const db = database.db
    const ws = await addWorkspace(db)
    const btr = await addAct(db, ws, { slug: 'big-time-rush', name: 'Big Time Rush' })
    const hd = await addAct(db, ws, { slug: 'heffron-drive', name: 'Heffron Drive' })
    const dustin = await addPerson(db, ws, 'Dustin Belt')
    const logan = await addPerson(db, ws, 'Logan Henderson')
    const rio = await addVenue(db, ws, {
      name: 'Citibank Hall',
      city: 'Rio de Janeiro',
      country: 'BR',
      timeZone: 'America/Sao_Paulo',
      latitude: -22.99,
      longitude: -43.36,
    })
    const berlin = await addVenue(db, ws, {
      name: 'Columbiahalle',
      city: 'Berlin',
      country: 'DE',
      timeZone: 'Europe/Berlin',
      latitude: 52.48,
      longitude: 13.39,
    })
    const secret = await addShow(db, ws, {
      actId: btr,
      venueId: rio,
      timeZone: 'America/Sao_Paulo',
      localDate: '2013-08-15',
      loadIn: '14:00',
      doors: '19:00',
      curfew: '23:00',
      announcement: 'unannounced',
      lineup: [{ personId: dustin, role: 'acoustic-guitar' }],
    })
    const hold = await addShow(db, ws, {
      actId: hd,
      venueId: berlin,
      timeZone: 'Europe/Berlin',
      localDate: '2013-03-31',
      soundcheck: '01:00',
      setStart: '01:30',
      curfew: '03:30',
      status: 'hold',
      lineup: [{ personId: dustin, role: 'guitar' }],
    })
    const notHis = await addShow(db, ws, {
      actId: btr,
      venueId: rio,
      timeZone: 'America/Sao_Paulo',
      localDate: '2013-08-16',
      doors: '19:00',
      lineup: [{ personId: logan, role: 'member' }],
    })
    const interview = await addCommitment(db, ws, {
      kind: 'promo-interview',
      title: 'Radio interview',
      timeZone: 'Europe/London',
      startDate: '2013-10-27',
      startTime: '00:30',
      endDate: '2013-10-27',
      endTime: '03:00',
      personIds: [dustin, logan],
    })
    const dayOff = await addCommitment(db, ws, {
      kind: 'day-off',
      title: 'Days off',
      timeZone: 'America/Los_Angeles',
      startDate: '2013-09-01',
      endDate: '2013-09-02',
      personIds: [dustin],
    })
    Object.assign(ids, { secret: secret.id, hold: hold.id, notHis: notHis.id, interview: interview.id, dayOff: dayOff.id })
    Object.assign(instants, { secret, hold, interview })
    feed = await addFeed(db, ws, dustin)
    app = await buildApp({ database, clock: fixedClock(new Date('2013-04-15T12:00:00Z')), logLevel: 'silent' })
  })
  afterAll(async () => {
    await app.close()
    await database.close()
  })

  const fetchFeed = (token = feed.token) => app.inject({ method: 'GET', url: `/feeds/${token}.ics` })

  it('has their shows, announced or not, and their commitments, and nobody else’s', async () => {
    const res = await fetchFeed()
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8')
    expect(res.headers['cache-control']).toBe('private, no-cache')
    const uids = readWithIcalJs(res.body)
      .map((e) => e.uid)
      .sort()
    expect(uids).toEqual([ids.secret, ids.hold, ids.interview, ids.dayOff].map((id) => `${id}@greenroom`).sort())
    expect(res.body).not.toContain(ids.notHis)
    expect(tzidsWithoutVtimezone(res.body)).toEqual([])
  })

  it.each([
    ['ical.js', readWithIcalJs],
    ['node-ical', readWithNodeIcal],
  ] as const)('gives %s the booked instants, whole days as dates', async (_, read) => {
    const events = new Map(read((await fetchFeed()).body).map((e) => [e.uid.split('@')[0]!, e]))
    for (const key of ['secret', 'hold', 'interview']) {
      const event = events.get(ids[key]!)!
      expect([event.start.toISOString(), event.end.toISOString()], key).toEqual([instants[key]!.startsAt.toISOString(), instants[key]!.endsAt.toISOString()])
    }
    const dayOff = events.get(ids.dayOff!)!
    expect(dayOff.isAllDay).toBe(true)
    // DTEND of an all-day event is the day after the last day (RFC 5545).
    expect([dayOff.startDate, dayOff.endDate]).toEqual(['2013-09-01', '2013-09-03'])
    expect(events.get(ids.hold!)!.status).toBe('TENTATIVE')
  })

  it('writes whole days as VALUE=DATE and says what is still secret', async () => {
    const body = (await fetchFeed()).body.replace(/\r\n /g, '')
    expect(body).toContain('DTSTART;VALUE=DATE:20130901\r\nDTEND;VALUE=DATE:20130903')
    expect(body).toContain('Not announced: keep it private.')
    expect(body).toContain('Your role: acoustic-guitar')
  })

  it('answers 404 for an unknown address, and for a revoked one from then on', async () => {
    const unknown = await fetchFeed('not-a-real-token')
    expect(unknown.statusCode).toBe(404)
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/)
    await database.db
      .update(calendarFeeds)
      .set({ revokedAt: new Date('2013-04-15T12:00:00Z') })
      .where(eq(calendarFeeds.id, feed.id))
    const revoked = await fetchFeed()
    expect(revoked.statusCode).toBe(404)
    expect(revoked.json()).toMatchObject({ code: 'not-found', status: 404 })
    expect(revoked.json().detail).not.toContain(feed.token)
  })
})
