import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import { eq } from 'drizzle-orm'
import type { Database } from '../db/client.ts'
import { listPersonBlockouts, listPersonBookings } from '../db/queries/bookings.ts'
import { listPersonJourneys } from '../db/queries/travel.ts'
import * as schema from '../db/schema/index.ts'
import { fixedClock } from '../domain/clock.ts'
import { conflictsOf, type Conflict } from '../domain/conflicts.ts'
import { DEFAULT_TRAVEL_POLICY } from '../domain/travel-estimate.ts'
import { timeZoneProblem } from '../domain/local-time.ts'
import { isPublic } from '../domain/public-shows.ts'
import { freshDatabase } from '../test/test-database.ts'
import { commitmentSpan, showSpan } from './demo-times.ts'
import { demoWorldIssues } from './demo-world-issues.ts'
import { demoWorldRows } from './demo-world-rows.ts'
import { loadDemoWorld, type LoadedDemoWorld } from './load-demo-world.ts'
import { world2013 as world, type DemoShow, type DemoWorld } from './world-2013.ts'

/** Spring 2013, when the interview took place: the summer tour is ahead, Heffron Drive just back from Europe. */
const SPRING_2013 = new Date('2013-05-20T17:00:00.000Z')
const venue = (ref: string) => world.venues.find((v) => v.ref === ref)!
const legShows = (leg: string) => world.shows.filter((s) => s.leg === leg)
const lineupOf = (s: DemoShow) => s.lineup.map((l) => l.person)
let n = 0
const rows = demoWorldRows(world, { now: SPRING_2013, passwordHash: 'x', newId: () => `id-${++n}` })
/** The row of a show: rows come in the order of the data. */
const rowOf = (show: DemoShow) => rows.shows[world.shows.indexOf(show)]!

describe('the 2013 demo world on the road', () => {
  it('has no issues the loader would refuse', () => {
    expect(demoWorldIssues(world)).toEqual([])
  })

  it('plays 12 or more North American shows in summer 2013, each with Victoria Justice as support', () => {
    const na = legShows('leg-north-america')
    expect(na.length).toBeGreaterThanOrEqual(12)
    for (const s of na) {
      expect(s).toMatchObject({ act: 'btr', status: 'confirmed', announcement: 'announced', billing: [{ act: 'victoria-justice', role: 'support' }] })
      expect(s.date >= '2013-06-20' && s.date <= '2013-08-15').toBe(true)
      expect(venue(s.venue).country).toMatch(/^(US|CA)$/)
    }
  })

  it('puts the four members, the DJ and Dustin on acoustic guitar in every Big Time Rush lineup', () => {
    for (const s of world.shows.filter((s) => s.act === 'btr')) {
      expect(s.lineup).toEqual(
        expect.arrayContaining([
          { person: 'marcus', role: 'dj' },
          { person: 'dustin', role: 'acoustic-guitar' },
        ]),
      )
      expect(s.lineup.filter((l) => l.role === 'member').map((l) => l.person)).toEqual(['kendall', 'james', 'logan', 'carlos'])
    }
    expect(world.memberships).toContainEqual(expect.objectContaining({ act: 'btr', person: 'marcus', role: 'dj' }))
  })

  it('keeps the South America leg out of public view in spring 2013: unannounced, or embargoed until later', () => {
    const sa = legShows('leg-south-america')
    expect(sa.length).toBeGreaterThanOrEqual(3)
    expect(sa.every((s) => s.date.startsWith('2013-08-'))).toBe(true)
    expect(sa.filter((s) => s.announcement === 'announced')).toEqual([])
    const embargoed = sa.filter((s) => s.announcement === 'embargoed')
    expect(embargoed).toHaveLength(1)
    expect(new Date(embargoed[0]!.announceAt!).getTime()).toBeGreaterThan(SPRING_2013.getTime())
    for (const s of sa) expect(isPublic({ ...s, announceAt: s.announceAt ? new Date(s.announceAt) : null }, SPRING_2013)).toBe(false)
    // The embargoed show goes public at its announce time, by itself.
    const at = new Date(embargoed[0]!.announceAt!)
    expect(isPublic({ ...embargoed[0]!, announceAt: at }, at)).toBe(true)
  })

  it('comes back to the United States in late September', () => {
    const us = legShows('leg-back-in-the-us')
    expect(us.length).toBeGreaterThanOrEqual(1)
    for (const s of us) expect(s.date >= '2013-09-20' && s.date <= '2013-09-30' && venue(s.venue).country === 'US').toBe(true)
  })

  it('has Heffron Drive back from a European tour of club shows, Kendall and Dustin on stage', () => {
    const eu = world.shows.filter((s) => s.act === 'hd')
    expect(eu.length).toBeGreaterThanOrEqual(5)
    for (const s of eu) {
      expect(venue(s.venue).timeZone).toMatch(/^Europe\//)
      expect(s.date >= '2013-01-01' && s.date < '2013-04-01').toBe(true)
      expect(s).toMatchObject({ status: 'played', announcement: 'announced', tour: 'hd-europe-2013' })
      expect(lineupOf(s)).toEqual(['kendall', 'dustin'])
    }
  })

  it('has Dustin in the lineups of both acts', () => {
    const acts = new Set(world.shows.filter((s) => lineupOf(s).includes('dustin')).map((s) => s.act))
    expect(acts).toEqual(new Set(['btr', 'hd']))
  })

  it('gives every venue and commitment a known IANA zone and coordinates in range', () => {
    for (const v of world.venues) {
      expect(timeZoneProblem(v.timeZone)).toBeNull()
      expect(Math.abs(v.latitude)).toBeLessThanOrEqual(90)
      expect(Math.abs(v.longitude)).toBeLessThanOrEqual(180)
    }
    for (const c of rows.commitments) expect(timeZoneProblem(c.timeZone)).toBeNull()
  })

  it('derives every show and commitment span from local times at the place (ADR 005)', () => {
    for (const r of [...rows.shows, ...rows.commitments]) expect(r.startsAt.getTime()).toBeLessThan(r.endsAt.getTime())
    // Load-in at 10:00 to curfew at 23:00, on the venue's clock.
    const sanDiego = rowOf(world.shows.find((s) => s.venue === 'na-san-diego')!)
    expect([sanDiego.startsAt.toISOString(), sanDiego.endsAt.toISOString()]).toEqual(['2013-06-28T17:00:00.000Z', '2013-06-29T06:00:00.000Z'])
    const phoenix = rowOf(world.shows.find((s) => s.venue === 'na-phoenix')!) // no daylight saving in Arizona
    expect(phoenix.startsAt.toISOString()).toBe('2013-07-01T17:00:00.000Z')
    const london = rowOf(world.shows.find((s) => s.venue === 'eu-london')!)
    expect([london.startsAt.toISOString(), london.endsAt.toISOString()]).toEqual(['2013-03-08T15:00:00.000Z', '2013-03-08T23:00:00.000Z'])
  })

  it('ends a show at set start + 2 h without a curfew, at the end of its day without either, and refuses a time lost to DST', () => {
    const zone = 'America/New_York'
    expect(showSpan('2013-07-09', { doors: '18:00', setStart: '20:00' }, zone)).toMatchObject({
      ok: true,
      startsAt: new Date('2013-07-09T22:00:00Z'),
      endsAt: new Date('2013-07-10T02:00:00Z'),
    })
    expect(showSpan('2013-07-09', { doors: '18:00' }, zone)).toMatchObject({ ok: true, endsAt: new Date('2013-07-10T04:00:00Z') })
    expect(showSpan('2013-07-09', { curfew: '23:00' }, zone)).toMatchObject({
      ok: true,
      startsAt: new Date('2013-07-09T04:00:00Z'),
      endsAt: new Date('2013-07-10T03:00:00Z'),
    })
    expect(showSpan('2013-03-10', { loadIn: '02:30', curfew: '23:00' }, zone)).toMatchObject({ ok: false, issues: [{ path: 'times.loadIn' }] })
    expect(commitmentSpan({ startDate: '2013-07-26', endDate: '2013-07-26' }, 'America/Chicago')).toMatchObject({
      ok: true,
      startsAt: new Date('2013-07-26T05:00:00Z'),
      endsAt: new Date('2013-07-27T05:00:00Z'),
    })
  })

  it('sends the band on one promo trip to several outlets, with embargo notes about South America', () => {
    const promo = world.commitments.filter((c) => c.kind === 'promo-interview' && c.act === 'btr')
    expect(new Set(promo.map((c) => c.outlet)).size).toBeGreaterThanOrEqual(3)
    expect(new Set(promo.map((c) => c.locationName)).size).toBe(1)
    for (const c of promo) {
      expect(c.journalist).toBeTruthy()
      expect(c.embargoNotes).toMatch(/South America/)
      expect(c.invented).toEqual(expect.arrayContaining(['outlet', 'journalist']))
    }
    const kinds = new Set(world.commitments.map((c) => c.kind))
    for (const kind of ['rehearsal', 'tv-shoot', 'promo-interview', 'songwriting', 'travel', 'day-off']) expect(kinds).toContain(kind)
  })

  it('marks invented fields with names the records have, or "record"', () => {
    const records = [...world.venues, ...world.tours, ...world.tours.flatMap((t) => t.legs), ...world.shows, ...world.commitments, ...world.blockouts]
    for (const r of records) for (const field of r.invented ?? []) expect(field === 'record' || field in r).toBe(true)
  })

  it('names the broken field when the touring data has a mistake', () => {
    const [first, second] = world.shows
    const broken: DemoWorld = {
      ...world,
      venues: world.venues.map((v) => (v.ref === 'na-san-diego' ? { ...v, timeZone: 'America/San_Diego' } : v)),
      shows: [{ ...first!, leg: 'leg-europe', times: { doors: '18:00', curfew: '17:00' } }, { ...second!, announcement: 'embargoed' }, ...world.shows.slice(2)],
      commitments: [{ ...world.commitments[0]!, people: ['dustn'] }, ...world.commitments.slice(1)],
    }
    const paths = demoWorldIssues(broken).map((i) => i.path)
    expect(world.venues[1]!.ref).toBe('na-san-diego')
    expect(paths).toEqual(expect.arrayContaining(['venues.1.timeZone', 'shows.0.leg', 'shows.0.times.curfew', 'shows.1.announceAt', 'commitments.0.people.0']))
  })
})

describe('the 2013 demo world loaded: calendars and conflicts', () => {
  let database: Database
  let loaded: LoadedDemoWorld
  const personId = async (name: string) => (await database.db.select({ id: schema.people.id }).from(schema.people).where(eq(schema.people.name, name)))[0]!.id
  const YEAR = [new Date('2013-01-01T00:00:00Z'), new Date('2014-01-01T00:00:00Z')] as const

  /** Every conflict of every booking of a person in 2013, as the product's conflict check sees it. */
  async function conflictsOfPerson(id: string): Promise<{ booking: string; conflict: Conflict }[]> {
    const bookings = await listPersonBookings(database.db, loaded.workspaceId, id, ...YEAR)
    const blockouts = await listPersonBlockouts(database.db, loaded.workspaceId, id, '2013-01-01', '2013-12-31')
    const journeys = await listPersonJourneys(database.db, loaded.workspaceId, id, ...YEAR)
    return bookings.flatMap((b) =>
      conflictsOf(b, bookings, blockouts, DEFAULT_TRAVEL_POLICY, { showReasons: true, journeys }).map((conflict) => ({ booking: b.title, conflict })),
    )
  }

  beforeAll(async () => {
    database = await freshDatabase()
    loaded = await loadDemoWorld(database.db, { clock: fixedClock(SPRING_2013) })
  })
  afterAll(async () => {
    await database?.close()
  })

  it('has a Heffron Drive club show in Madrid that ends past midnight, stored on the next day (issue 15)', async () => {
    const madrid = world.shows.find((s) => s.ref === 'hd-2013-03-17')!
    expect(madrid.times.curfew).toBe('00:30')
    const [row] = await database.db.select().from(schema.shows).where(eq(schema.shows.localDate, '2013-03-17'))
    // 00:30 CET on 18 March is 23:30 UTC on the 17th.
    expect(row!.endsAt.toISOString()).toBe('2013-03-17T23:30:00.000Z')
    expect(row!.startsAt.getTime()).toBeLessThan(row!.endsAt.getTime())
  })

  it('stores every show with its start before its end (row counts: world-2013.test.ts)', async () => {
    const stored = await database.db.select().from(schema.shows)
    // This year's shows, and one of the last tour kept as set-list history (world-2013-setlists.test.ts).
    expect(stored).toHaveLength(world.shows.length + 1)
    for (const s of stored) expect(s.startsAt.getTime()).toBeLessThan(s.endsAt.getTime())
    expect(loaded.rows).toMatchObject({ tours: 3, tourLegs: 4, blockouts: 1 })
    expect(loaded.rows).not.toHaveProperty('calendarFeeds')
  })

  it('books Dustin for both acts across the year', async () => {
    const bookings = await listPersonBookings(database.db, loaded.workspaceId, await personId('Dustin Belt'), ...YEAR)
    const acts = await database.db.select({ id: schema.acts.id, slug: schema.acts.slug }).from(schema.acts)
    const slugs = new Set(bookings.map((b) => acts.find((a) => a.id === b.actId)?.slug))
    expect(slugs).toEqual(expect.objectContaining(new Set(['big-time-rush', 'heffron-drive'])))
    expect(bookings.filter((b) => b.kind === 'show').length).toBeGreaterThan(20)
  })

  it('has a real conflict for Dustin: a radio session in London on a rehearsal day in Los Angeles', async () => {
    const found = await conflictsOfPerson(await personId('Dustin Belt'))
    expect(found.length).toBeGreaterThanOrEqual(1)
    const london = found.filter((f) => f.booking === 'Heffron Drive: live acoustic radio session')
    expect(london.map((f) => f.conflict)).toContainEqual(
      expect.objectContaining({
        kind: 'travel',
        with: expect.objectContaining({ title: 'Tour rehearsal: new set with the DJ and the acoustic section', startsAt: '2013-06-20T17:00:00.000Z' }),
      }),
    )
    const travel = london.find((f) => f.conflict.kind === 'travel' && f.conflict.with.startsAt === '2013-06-20T17:00:00.000Z')!.conflict as Extract<
      Conflict,
      { kind: 'travel' }
    >
    expect(travel.distanceKm).toBeGreaterThan(8000)
    expect(travel.neededMinutes).toBeGreaterThan(travel.availableMinutes)
    // Concrete (ADR 036): his booked flights through New York land in Burbank at 22:50, after the rehearsal began.
    expect(travel.journeyId).toEqual(expect.any(String))
    expect(travel.message).toMatch(/LHR → JFK → BUR arrives 2013-06-20 22:50 America\/Los_Angeles, too late/)
  })

  it('has no other conflict anywhere: every one involves the London session', async () => {
    const everyone = await database.db.select({ id: schema.people.id, name: schema.people.name }).from(schema.people)
    for (const p of everyone) {
      for (const { booking, conflict } of await conflictsOfPerson(p.id)) {
        const other = 'with' in conflict ? conflict.with.title : `blockout ${conflict.blockoutId}`
        expect([booking, other], `${p.name}: ${booking} / ${conflict.message}`).toContain('Heffron Drive: live acoustic radio session')
      }
    }
  })

  it('blocks out dates for a member, with a reason only managers are shown', async () => {
    const logan = await personId('Logan Henderson')
    const blockouts = await listPersonBlockouts(database.db, loaded.workspaceId, logan, '2013-09-01', '2013-09-30')
    expect(blockouts).toEqual([expect.objectContaining({ startDate: '2013-09-07', endDate: '2013-09-09', reason: expect.stringMatching(/\S/) })])
    // A booking on those dates: managers see why, others only that the dates are blocked.
    const [booking] = await listPersonBookings(database.db, loaded.workspaceId, logan, new Date('2013-09-26T00:00:00Z'), new Date('2013-09-27T12:00:00Z'))
    const onBlockout = { ...booking!, localDates: { first: '2013-09-08', last: '2013-09-08' } }
    expect(conflictsOf(onBlockout, [], blockouts, DEFAULT_TRAVEL_POLICY, { showReasons: true })[0]).toMatchObject({
      kind: 'blockout',
      reason: blockouts[0]!.reason,
    })
    expect(conflictsOf(onBlockout, [], blockouts, DEFAULT_TRAVEL_POLICY, { showReasons: false })[0]).toMatchObject({ kind: 'blockout', reason: null })
  })
})
