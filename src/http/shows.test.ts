import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { conflictOverrides } from '../db/schema/index.ts'
import { ownerWithWorkspace, startTestApp, type TestApp, type TestClient } from '../test/test-app.ts'
import { created } from '../test/workspace-fixtures.ts'
import { joinedClient } from '../test/role-clients.ts'

describe('shows', () => {
  let t: TestApp
  let client: TestClient
  let base: string
  let btr: { id: string }
  let victoria: { id: string }
  let heffron: { id: string }
  let kendall: { id: string }
  let dustin: { id: string }
  let chicago: { id: string }
  let chicagoClub: { id: string }
  let london: { id: string }
  let newYork: { id: string }
  beforeAll(async () => {
    t = await startTestApp()
    ;({ client, base } = await ownerWithWorkspace(t.app, 'Shows'))
    btr = await created(client, `${base}/acts`, { name: 'Big Time Rush', kind: 'group', isInternal: true })
    victoria = await created(client, `${base}/acts`, { name: 'Victoria Justice', kind: 'solo', isInternal: false })
    heffron = await created(client, `${base}/acts`, { name: 'Heffron Drive', kind: 'duo', isInternal: true })
    kendall = await created(client, `${base}/people`, { name: 'Kendall Schmidt' })
    dustin = await created(client, `${base}/people`, { name: 'Dustin Belt' })
    const venue = (name: string, city: string, country: string, latitude: number, longitude: number, timeZone: string) =>
      created(client, `${base}/venues`, { name, city, country, latitude, longitude, timeZone })
    chicago = await venue('Lakeside Arena', 'Chicago', 'US', 41.88, -87.63, 'America/Chicago')
    chicagoClub = await venue('North Side Club', 'Chicago', 'US', 41.94, -87.65, 'America/Chicago')
    london = await venue('Riverside Hall', 'London', 'GB', 51.5, -0.12, 'Europe/London')
    newYork = await venue('Harbour Theater', 'New York', 'US', 40.75, -73.99, 'America/New_York')
  })
  afterAll(() => t.close())

  const body = (over: Record<string, unknown> = {}) => ({
    actId: btr.id,
    venueId: chicago.id,
    localDate: '2013-07-12',
    doors: '19:00',
    curfew: '23:00',
    status: 'confirmed',
    announcement: 'announced',
    billing: [],
    lineup: [],
    ...over,
  })
  const errorsOf = async (over: Record<string, unknown>) => {
    const res = await client.post(`${base}/shows`, body(over))
    expect(res.statusCode).toBe(400)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    return res.json().errors
  }

  it('adds a show with local times, bill and lineup, and answers instants, visibility and conflicts', async () => {
    const res = await client.post(
      `${base}/shows`,
      body({
        loadIn: '12:00',
        soundcheck: '16:00',
        setStart: '20:30',
        billing: [{ actId: victoria.id, role: 'support' }],
        lineup: [
          { personId: kendall.id, role: 'member' },
          { personId: dustin.id, role: 'acoustic-guitar' },
        ],
        notes: 'DJ plays the tracks',
      }),
    )
    expect(res.statusCode).toBe(201)
    const show = res.json()
    expect(show).toMatchObject({
      actName: 'Big Time Rush',
      venueName: 'Lakeside Arena',
      city: 'Chicago',
      timeZone: 'America/Chicago',
      latitude: 41.88,
      localDate: '2013-07-12',
      times: { loadIn: '12:00', soundcheck: '16:00', doors: '19:00', setStart: '20:30', curfew: '23:00' },
      startsAt: '2013-07-12T17:00:00.000Z',
      endsAt: '2013-07-13T04:00:00.000Z',
      tourId: null,
      legId: null,
      announceAt: null,
      billing: [{ actId: victoria.id, actName: 'Victoria Justice', role: 'support' }],
      lineup: [
        { personId: kendall.id, personName: 'Kendall Schmidt', role: 'member' },
        { personId: dustin.id, personName: 'Dustin Belt', role: 'acoustic-guitar' },
      ],
      version: 1,
      conflicts: [],
      isPublic: true,
    })
    expect((await client.get(`${base}/shows/${show.id}`)).json()).toEqual(show)
    const supportShows = (await client.get(`${base}/shows?actId=${victoria.id}&from=2013-07-12&to=2013-07-12`)).json()
    expect(supportShows.map((s: { id: string }) => s.id)).toEqual([show.id])
    // A public show is cancelled, not deleted, so subscribed calendars see STATUS:CANCELLED.
    const refused = await client.delete(`${base}/shows/${show.id}`)
    expect(refused.statusCode).toBe(409)
    expect(refused.json().errors).toEqual([{ path: 'status', message: 'set to cancelled instead' }])
    const unannounced = await client.put(`${base}/shows/${show.id}`, { ...body({ announcement: 'unannounced' }), version: show.version })
    expect(unannounced.statusCode).toBe(200)
    expect((await client.delete(`${base}/shows/${show.id}`)).statusCode).toBe(204)
    expect((await client.get(`${base}/shows/${show.id}`)).statusCode).toBe(404)
  })

  it('refuses a curfew before doors, naming curfew', async () => {
    expect(await errorsOf({ localDate: '2013-07-01', doors: '19:00', curfew: '18:00' })).toEqual([
      {
        path: 'curfew',
        message:
          "curfew (18:00) is before doors (19:00); a show's times run load-in, soundcheck, doors, set start, curfew, and only up to 06:00 after midnight",
      },
    ])
    // Past 06:00 a time earlier than doors is a typo, not a seventeen-hour show.
    expect((await errorsOf({ localDate: '2013-07-01', doors: '19:00', curfew: '11:00' })).map((e: { path: string }) => e.path)).toEqual(['curfew'])
  })

  it('keeps a show past midnight: the curfew on the next day in the answer, the instants, and the conflict check (issue 15)', async () => {
    const res = await client.post(
      `${base}/shows`,
      body({
        venueId: chicagoClub.id,
        localDate: '2013-07-19',
        doors: '21:00',
        setStart: '23:00',
        curfew: '01:30',
        lineup: [{ personId: kendall.id, role: 'member' }],
      }),
    )
    expect(res.statusCode).toBe(201)
    const show = res.json()
    expect(show).toMatchObject({
      localDate: '2013-07-19',
      times: { doors: '21:00', setStart: '23:00', curfew: '01:30' },
      timesAfterMidnight: ['curfew'],
      startsAt: '2013-07-20T02:00:00.000Z',
      endsAt: '2013-07-20T06:30:00.000Z',
    })
    // A commitment at 01:00 the next morning overlaps it.
    const check = await client.post(`${base}/commitments/check-conflicts`, {
      kind: 'promo-interview',
      title: 'Late radio',
      timeZone: 'America/Chicago',
      startDate: '2013-07-20',
      startTime: '01:00',
      endDate: '2013-07-20',
      endTime: '02:00',
      latitude: 41.94,
      longitude: -87.65,
      personIds: [kendall.id],
    })
    expect(check.json().conflicts).toMatchObject([{ kind: 'overlap', with: { kind: 'show', id: show.id } }])
    expect((await client.delete(`${base}/shows/${show.id}`)).statusCode).toBe(409)
    const unannounced = await client.put(`${base}/shows/${show.id}`, {
      ...body({ venueId: chicagoClub.id, localDate: '2013-07-19', doors: '21:00', setStart: '23:00', curfew: '01:30', announcement: 'unannounced' }),
      lineup: [{ personId: kendall.id, role: 'member' }],
      version: show.version,
    })
    expect(unannounced.statusCode).toBe(200)
    expect(unannounced.json().timesAfterMidnight).toEqual(['curfew'])
    expect((await client.delete(`${base}/shows/${show.id}`)).statusCode).toBe(204)
  })

  it('refuses doors at 02:30 on the spring-forward day in New York with the domain message', async () => {
    expect(await errorsOf({ venueId: newYork.id, localDate: '2013-03-10', doors: '02:30', curfew: '05:00' })).toEqual([
      {
        path: 'doors',
        message: '02:30 does not exist on 2013-03-10 in America/New_York: the clocks jump forward then. Choose a time before or after the change.',
      },
    ])
  })

  it('refuses a lineup person of another workspace, a headliner billed again and a leg outside its tour', async () => {
    const elsewhere = await ownerWithWorkspace(t.app, 'Elsewhere')
    const stranger = await created(elsewhere.client, `${elsewhere.base}/people`, { name: 'Stranger' })
    expect(await errorsOf({ lineup: [{ personId: stranger.id, role: 'dj' }] })).toEqual([
      { path: 'lineup.0.personId', message: 'no such person in this workspace' },
    ])
    expect(await errorsOf({ billing: [{ actId: btr.id, role: 'support' }] })).toEqual([
      { path: 'billing.0.actId', message: 'the headliner is already on the bill; list only the other acts' },
    ])
    const tour = await created(client, `${base}/tours`, { actId: btr.id, name: 'Other Tour', legs: [{ name: 'Only Leg' }] })
    expect(await errorsOf({ legId: tour.legs[0].id })).toEqual([{ path: 'legId', message: 'a leg belongs to a tour; choose the tour too' }])
    const another = await created(client, `${base}/tours`, { actId: btr.id, name: 'Another Tour' })
    expect(await errorsOf({ tourId: another.id, legId: tour.legs[0].id })).toEqual([{ path: 'legId', message: 'this leg belongs to another tour' }])
  })

  it('asks an embargo for its announce time, keeps it private until then, and refuses an announce time without embargo', async () => {
    expect(await errorsOf({ announcement: 'embargoed' })).toEqual([
      { path: 'announceAt', message: 'an embargoed show needs the date and time it may be announced' },
    ])
    expect(await errorsOf({ announceAt: '2013-05-01T15:00:00Z' })).toEqual([
      { path: 'announceAt', message: 'only an embargoed show has an announce time; clear it or choose embargoed' },
    ])
    const later = await created(client, `${base}/shows`, body({ localDate: '2013-08-10', announcement: 'embargoed', announceAt: '2013-05-01T15:00:00Z' }))
    expect(later).toMatchObject({ announceAt: '2013-05-01T15:00:00.000Z', isPublic: false })
    const past = await created(client, `${base}/shows`, body({ localDate: '2013-08-11', announcement: 'embargoed', announceAt: '2013-04-01T15:00:00-05:00' }))
    expect(past).toMatchObject({ announceAt: '2013-04-01T20:00:00.000Z', isPublic: true })
  })

  it('refuses an overlapping booking with 409 listing the conflicts, shows them before saving, and saves an acknowledged one with a record', async () => {
    const first = await created(client, `${base}/shows`, body({ localDate: '2013-07-05', lineup: [{ personId: dustin.id, role: 'acoustic-guitar' }] }))
    const second = body({
      actId: heffron.id,
      venueId: chicagoClub.id,
      localDate: '2013-07-05',
      doors: '20:00',
      curfew: '23:30',
      lineup: [
        { personId: kendall.id, role: 'member' },
        { personId: dustin.id, role: 'guitar' },
      ],
    })
    const overlap = {
      kind: 'overlap',
      personId: dustin.id,
      personName: 'Dustin Belt',
      message: 'overlaps "Lakeside Arena, Chicago"',
      with: { kind: 'show', id: first.id, title: 'Lakeside Arena, Chicago', startsAt: first.startsAt, endsAt: first.endsAt },
    }

    const checked = await client.post(`${base}/shows/check-conflicts`, second)
    expect(checked.statusCode).toBe(200)
    expect(checked.json()).toEqual({ conflicts: [overlap] })
    const refused = await client.post(`${base}/shows`, second)
    expect(refused.statusCode).toBe(409)
    expect(refused.json()).toMatchObject({ code: 'conflict', conflicts: [overlap] })
    expect((await client.get(`${base}/shows?actId=${heffron.id}`)).json()).toEqual([])

    const saved = await client.post(`${base}/shows`, { ...second, acknowledgeConflicts: true })
    expect(saved.statusCode).toBe(201)
    expect(saved.json().conflicts).toEqual([overlap])
    const records = await t.database.db
      .select()
      .from(conflictOverrides)
      .where(and(eq(conflictOverrides.bookingKind, 'show'), eq(conflictOverrides.bookingId, saved.json().id)))
    expect(records).toHaveLength(1)
    expect(records[0]!.conflicts).toEqual([overlap])
    expect((await client.get(`${base}/shows/${first.id}`)).json().conflicts.map((c: { with: { id: string } }) => c.with.id)).toEqual([saved.json().id])
  })

  it('asks again only for the conflicts an edit brings, not for those already decided', async () => {
    await created(
      client,
      `${base}/shows`,
      body({
        localDate: '2013-07-15',
        lineup: [
          { personId: dustin.id, role: 'acoustic-guitar' },
          { personId: kendall.id, role: 'member' },
        ],
      }),
    )
    const lineup = [{ personId: dustin.id, role: 'guitar' }]
    const hd = body({ actId: heffron.id, venueId: chicagoClub.id, localDate: '2013-07-15', lineup })
    const saved = await created(client, `${base}/shows`, { ...hd, acknowledgeConflicts: true })
    const notesOnly = await client.put(`${base}/shows/${saved.id}`, { ...hd, notes: 'bring the acoustic', version: saved.version })
    expect(notesOnly.statusCode).toBe(200)
    const withKendall = await client.put(`${base}/shows/${saved.id}`, {
      ...hd,
      lineup: [...lineup, { personId: kendall.id, role: 'member' }],
      version: saved.version + 1,
    })
    expect(withKendall.statusCode).toBe(409)
    expect(withKendall.json().conflicts.map((c: { personName: string }) => c.personName)).toEqual(['Kendall Schmidt'])
  })

  it('does not count a show being edited as a conflict with itself', async () => {
    const draft = body({ localDate: '2013-07-08', lineup: [{ personId: kendall.id, role: 'member' }] })
    const show = await created(client, `${base}/shows`, draft)
    expect((await client.post(`${base}/shows/check-conflicts?showId=${show.id}`, { ...draft, doors: '18:00' })).json()).toEqual({ conflicts: [] })
    expect((await client.post(`${base}/shows/check-conflicts`, draft)).json().conflicts.map((c: { with: { id: string } }) => c.with.id)).toEqual([show.id])
    expect((await client.put(`${base}/shows/${show.id}`, { ...draft, doors: '18:00', version: show.version })).statusCode).toBe(200)
  })

  it('flags a travel conflict between London and Chicago on the same night', async () => {
    await created(
      client,
      `${base}/shows`,
      body({ actId: heffron.id, venueId: london.id, localDate: '2013-09-14', lineup: [{ personId: dustin.id, role: 'guitar' }] }),
    )
    const res = await client.post(`${base}/shows`, body({ localDate: '2013-09-14', lineup: [{ personId: dustin.id, role: 'acoustic-guitar' }] }))
    expect(res.statusCode).toBe(409)
    const [travel] = res.json().conflicts
    expect(travel).toMatchObject({ kind: 'travel', personName: 'Dustin Belt', with: { title: 'Riverside Hall, London' }, availableMinutes: 120 })
    expect(travel.distanceKm).toBeGreaterThan(6000)
    expect(travel.neededMinutes).toBeGreaterThan(600)
  })

  it('lets a cancelled show cause no conflicts', async () => {
    await created(client, `${base}/shows`, body({ localDate: '2013-09-20', lineup: [{ personId: kendall.id, role: 'member' }] }))
    const cancelled = await client.post(
      `${base}/shows`,
      body({ venueId: chicagoClub.id, localDate: '2013-09-20', status: 'cancelled', lineup: [{ personId: kendall.id, role: 'member' }] }),
    )
    expect(cancelled.statusCode).toBe(201)
    expect(cancelled.json().conflicts).toEqual([])
  })

  it('raises the version on a lineup-only change and refuses a stale edit with the current show', async () => {
    const show = await created(client, `${base}/shows`, body({ localDate: '2013-10-01' }))
    const edited = await client.put(
      `${base}/shows/${show.id}`,
      body({ localDate: '2013-10-01', lineup: [{ personId: kendall.id, role: 'member' }], version: show.version }),
    )
    expect(edited.statusCode).toBe(200)
    expect(edited.json()).toMatchObject({ version: show.version + 1, lineup: [{ personName: 'Kendall Schmidt' }] })
    const stale = await client.put(`${base}/shows/${show.id}`, body({ localDate: '2013-10-02', version: show.version }))
    expect(stale.statusCode).toBe(409)
    expect(stale.json().current).toMatchObject({ localDate: '2013-10-01', version: show.version + 1 })
  })

  it('lets a viewer read shows but not change them', async () => {
    const viewer = await joinedClient(t.app, client, base, 'viewer')
    expect((await viewer.get(`${base}/shows`)).statusCode).toBe(200)
    const res = await viewer.post(`${base}/shows`, body({ localDate: '2013-10-05' }))
    expect(res.statusCode).toBe(403)
  })
})
