import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ownerWithWorkspace, startTestApp, type TestApp, type TestClient } from '../test/test-app.ts'
import { commitmentAt, created, PLACES } from '../test/workspace-fixtures.ts'
import { everyRole, type JoinedRole } from '../test/role-clients.ts'

/** Issue 15 point 4 (ADR 036): journeys of travel segments, who reads a booking reference, and booked travel in the conflict check. */
describe('travel on the road', () => {
  let t: TestApp
  let owner: TestClient
  let base: string
  let as: Record<JoinedRole, TestClient>
  const id: Record<string, string> = {}

  beforeAll(async () => {
    t = await startTestApp()
    ;({ client: owner, base } = await ownerWithWorkspace(t.app, 'Travel'))
    for (const name of ['Kendall Schmidt', 'Logan Henderson', 'Carlos Pena']) id[name] = (await created(owner, `${base}/people`, { name })).id
    const roles = await everyRole(t.app, owner, base)
    as = roles.as
    Object.assign(id, roles.personIds)
    id.act = (await created(owner, `${base}/acts`, { name: 'Heffron Drive', kind: 'group', isInternal: true })).id
    const other = await ownerWithWorkspace(t.app, 'Elsewhere')
    id.outsider = (await created(other.client, `${other.base}/people`, { name: 'Someone Else' })).id
  })
  afterAll(() => t.close())

  // London to Burbank through New York, the afternoon after a London radio session (invented flights).
  const flights = (o: Record<string, unknown> = {}) => ({
    title: 'London to Burbank',
    notes: 'Aisle seats asked for.',
    passengerIds: [id.viewer, id['Kendall Schmidt']],
    segments: [
      {
        mode: 'air',
        from: { iata: 'LHR' },
        to: { iata: 'jfk' },
        departureDate: '2013-06-20',
        departureTime: '15:00',
        arrivalDate: '2013-06-20',
        arrivalTime: '17:55',
        number: 'GR 117',
        carrier: 'Greenroom Air',
        bookingReference: 'QX7P2L',
        confirmed: true,
      },
      {
        mode: 'air',
        from: { iata: 'JFK' },
        to: { iata: 'BUR' },
        departureDate: '2013-06-20',
        departureTime: '19:40',
        arrivalDate: '2013-06-20',
        arrivalTime: '22:50',
        number: 'GR 2291',
        carrier: 'Greenroom Air',
        bookingReference: 'QX7P2L-B',
      },
    ],
    ...o,
  })
  const refs = (body: { segments: { bookingReference: string | null }[] }) => body.segments.map((s) => s.bookingReference)

  it('starts empty in a band from zero, and lists the airports it knows', async () => {
    for (const client of [owner, as.viewer]) {
      const res = await client.get(`${base}/journeys`)
      expect(res.statusCode).toBe(200)
      expect(res.json()).toEqual([])
    }
    const airports = (await as.viewer.get(`${base}/airports`)).json()
    expect(airports).toContainEqual(expect.objectContaining({ iata: 'BUR', timeZone: 'America/Los_Angeles' }))
  })

  it('books a journey of two connecting flights, each end on its own clock, durations across zones', async () => {
    const res = await owner.post(`${base}/journeys`, flights())
    expect(res.statusCode, res.body).toBe(201)
    const j = res.json()
    id.journey = j.id
    expect(j).toMatchObject({ version: 1, title: 'London to Burbank', departsAt: '2013-06-20T14:00:00.000Z', arrivesAt: '2013-06-21T05:50:00.000Z' })
    expect(j.durationMinutes).toBe(15 * 60 + 50)
    expect(j.segments[0]).toMatchObject({
      from: { iata: 'LHR', timeZone: 'Europe/London' },
      to: { iata: 'JFK', timeZone: 'America/New_York' },
      durationMinutes: 7 * 60 + 55,
      confirmed: true,
    })
    expect(j.segments[1]).toMatchObject({ to: { iata: 'BUR', name: expect.stringContaining('Burbank') }, durationMinutes: 6 * 60 + 10, confirmed: false })
    expect(j.passengers.map((p: { personId: string }) => p.personId)).toEqual([id.viewer, id['Kendall Schmidt']])
    // a bus the viewer is not on
    id.bus = (
      await created(owner, `${base}/journeys`, {
        passengerIds: [id['Logan Henderson'], id.crew],
        segments: [
          {
            mode: 'bus',
            from: { name: 'Hotel, Dallas', timeZone: 'America/Chicago', latitude: 32.78, longitude: -96.8 },
            to: { name: 'Arena, Houston', timeZone: 'America/Chicago', latitude: 29.75, longitude: -95.36 },
            departureDate: '2013-07-06',
            departureTime: '02:00',
            arrivalDate: '2013-07-06',
            arrivalTime: '06:30',
            bookingReference: 'BUS-42',
          },
        ],
      })
    ).id
  })

  it('shows a booking reference only to the journey’s passengers and to owners and managers', async () => {
    expect(refs((await as.manager.get(`${base}/journeys/${id.journey}`)).json())).toEqual(['QX7P2L', 'QX7P2L-B'])
    const member = await as.member.get(`${base}/journeys`)
    expect(member.json().map((j: { id: string }) => j.id)).toEqual([id.journey, id.bus])
    expect(member.json().flatMap(refs)).toEqual([null, null, null])
    expect(member.body).not.toMatch(/QX7P2L|BUS-42/)
    const crew = (await as.crew.get(`${base}/journeys`)).json()
    expect(crew.map(refs)).toEqual([[null, null], ['BUS-42']])
  })

  it('shows a viewer only the journeys they travel on, with their own references, no notes', async () => {
    const list = await as.viewer.get(`${base}/journeys`)
    expect(list.json().map((j: { id: string }) => j.id)).toEqual([id.journey])
    expect(refs(list.json()[0])).toEqual(['QX7P2L', 'QX7P2L-B'])
    expect(list.json()[0].notes).toBe('')
    expect(list.body).not.toMatch(/BUS-42|Aisle seats/)
    expect((await as.viewer.get(`${base}/journeys/${id.bus}`)).statusCode).toBe(404)
    expect((await as.viewer.get(`${base}/journeys?personId=${id.crew}`)).json()).toEqual([])
    expect((await as.viewer.put(`${base}/journeys/${id.journey}`, { ...flights(), version: 1 })).statusCode).toBe(403)
    expect((await as.crew.post(`${base}/journeys`, flights())).statusCode).toBe(403)
  })

  it('refuses bad input with a 400 naming the field, and writes nothing', async () => {
    const refused = async (body: unknown, path: string, put = false) => {
      const res = put ? await owner.put(`${base}/journeys/${id.journey}`, body) : await owner.post(`${base}/journeys`, body)
      expect(res.statusCode, res.body).toBe(400)
      expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/)
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path)
    }
    const before = (await owner.get(`${base}/journeys`)).json()
    const seg = flights().segments
    // lands at 06:00 in Los Angeles: before it left London (15:00 there is 07:00 in Los Angeles)
    await refused(flights({ segments: [{ ...seg[0], to: { iata: 'LAX' }, arrivalTime: '06:00' }] }), 'segments.0.arrivalDate')
    await refused(flights({ segments: [{ ...seg[0], from: { iata: 'ZZZ' } }] }), 'segments.0.from.iata')
    await refused(flights({ segments: [{ ...seg[0], from: { iata: 'L1' } }] }), 'segments.0.from.iata')
    await refused(flights({ segments: [{ ...seg[0], to: { name: 'Gotham Central', timeZone: 'America/Gotham' } }] }), 'segments.0.to.timeZone')
    await refused(flights({ segments: [{ ...seg[0], to: { name: 'Somewhere' } }] }), 'segments.0.to.timeZone')
    await refused(flights({ segments: [seg[0], { ...seg[1], departureTime: '17:00' }] }), 'segments.1.departureDate')
    await refused(flights({ segments: [{ ...seg[0], mode: 'teleport' }] }), 'segments.0.mode')
    await refused(flights({ passengerIds: [id.outsider] }), 'passengerIds.0')
    await refused(flights({ passengerIds: [id.viewer, id.viewer] }), 'passengerIds.1')
    await refused(flights({ segments: [] }), 'segments')
    await refused(flights({ segments: [{ ...seg[0], id: id.bus }] }), 'segments.0.id')
    // a PUT never drops children by default: passengers and segments are required
    const { passengerIds: _p, ...withoutPassengers } = flights()
    await refused({ ...withoutPassengers, version: 1 }, 'passengerIds', true)
    const { segments: _s, ...withoutSegments } = flights()
    await refused({ ...withoutSegments, version: 1 }, 'segments', true)
    await refused({ ...flights({ passengerIds: [id.outsider] }), version: 1 }, 'passengerIds.0', true)
    expect((await owner.get(`${base}/journeys`)).json()).toEqual(before)
  })

  it('edits guarded by the version; an editor who cannot read a reference keeps it by leaving it out', async () => {
    const read = (await as.member.get(`${base}/journeys/${id.journey}`)).json()
    const segments = read.segments.map((s: Record<string, unknown>) => {
      const { bookingReference: _r, departsAt: _d, arrivesAt: _a, durationMinutes: _m, from, to, ...rest } = s
      return { ...rest, from: { iata: (from as { iata: string }).iata }, to: { iata: (to as { iata: string }).iata } }
    })
    segments[1].arrivalTime = '23:05'
    const res = await as.member.put(`${base}/journeys/${id.journey}`, {
      title: read.title,
      passengerIds: [id.viewer, id['Kendall Schmidt']],
      segments,
      version: 1,
    })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({ version: 2, arrivesAt: '2013-06-21T06:05:00.000Z' })
    const now = (await owner.get(`${base}/journeys/${id.journey}`)).json()
    expect(refs(now)).toEqual(['QX7P2L', 'QX7P2L-B'])
    expect(now.segments.map((s: { id: string }) => s.id)).toEqual(read.segments.map((s: { id: string }) => s.id))
    const stale = await owner.put(`${base}/journeys/${id.journey}`, { ...flights(), version: 1 })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().current).toMatchObject({ version: 2, arrivesAt: '2013-06-21T06:05:00.000Z' })
  })

  it('puts my travel on my day sheet, each end on its clock and mine beside it', async () => {
    const day = await created(owner, `${base}/days`, { actId: id.act, localDate: '2013-06-20', type: 'travel', city: 'London', timeZone: 'Europe/London' })
    // The viewer has no line that day: their travel alone makes it their day.
    const res = await as.viewer.get(`${base}/days/${day.id}/sheet?zone=America/Los_Angeles`)
    expect(res.statusCode, res.body).toBe(200)
    const travel = res.json().travel
    expect(travel.map((x: { segment: { number: string } }) => x.segment.number)).toEqual(['GR 117', 'GR 2291'])
    expect(travel[0]).toMatchObject({
      journeyId: id.journey,
      myDeparture: '07:00',
      myArrival: '14:55',
      segment: { departureTime: '15:00', bookingReference: 'QX7P2L' },
    })
    expect(travel[1]).toMatchObject({ myDeparture: '16:40', myArrival: null, segment: { arrivalTime: '23:05' } })
    const mine = (await as.viewer.get(`${base}/day-sheets?from=2013-06-19&zone=America/Los_Angeles`)).json()
    expect(mine.map((s: { dayId: string }) => s.dayId)).toContain(day.id)
    // A member reading the viewer's sheet sees the travel without its references.
    const theirs = (await as.member.get(`${base}/days/${day.id}/sheet?personId=${id.viewer}`)).json()
    expect(theirs.travel.map((x: { segment: { bookingReference: string | null } }) => x.segment.bookingReference)).toEqual([null, null])
    expect((await as.member.get(`${base}/days/${day.id}/sheet`)).json().travel).toEqual([])
  })

  it('puts each segment in the passenger’s private calendar feed, with their booking reference', async () => {
    const feed = await created(owner, `${base}/people/${id.viewer}/feeds`, {})
    const ics = (await owner.get(new URL(feed.url).pathname)).body.replace(/\r\n /g, '')
    expect(ics).toContain('SUMMARY:Greenroom Air GR 117: LHR → JFK')
    expect(ics).toContain('DTSTART;TZID=Europe/London:20130620T150000')
    expect(ics).toContain('Booking reference: QX7P2L')
    expect(ics).not.toContain('BUS-42')
  })

  it('lets booked travel replace the estimate in the conflict check', async () => {
    const commitment = (title: string, personId: string, place: (typeof PLACES)[keyof typeof PLACES], date: string, start: string, end: string) =>
      commitmentAt(owner, base, { title, personId, place, date, start, end })
    const london = PLACES.london
    const dallas = PLACES.dallas
    const conflicts = async (person: string) => (await owner.get(`${base}/conflicts?personId=${person}`)).json()
    // A London show ending at 23:00 and a 10:00 load-in in Dallas the next day: the estimate refuses it.
    const carlos = id['Carlos Pena']!
    await commitment('London show', carlos, london, '2013-06-24', '19:00', '23:00')
    await commitment('Dallas load-in', carlos, dallas, '2013-06-25', '10:00', '12:00')
    expect(await conflicts(carlos)).toEqual([expect.objectContaining({ kind: 'travel', with: expect.objectContaining({ title: 'Dallas load-in' }) })])
    expect((await conflicts(carlos))[0]).not.toHaveProperty('journeyId')
    // A charter booked through the night lands at 05:00 in Dallas: the booked journey replaces the estimate.
    const charter = {
      passengerIds: [carlos],
      segments: [
        {
          mode: 'air',
          from: { iata: 'STN' },
          to: { iata: 'DAL' },
          departureDate: '2013-06-25',
          departureTime: '01:30',
          arrivalDate: '2013-06-25',
          arrivalTime: '05:00',
        },
      ],
    }
    const booked = await created(owner, `${base}/journeys`, charter)
    expect(await conflicts(carlos)).toEqual([])
    // Moved to a flight landing at 09:30: too late for the 10:00 load-in once out of the airport.
    const later = { ...charter, segments: [{ ...charter.segments[0], departureTime: '06:00', arrivalTime: '09:30' }], version: 1 }
    expect((await owner.put(`${base}/journeys/${booked.id}`, later)).statusCode).toBe(200)
    expect(await conflicts(carlos)).toEqual([expect.objectContaining({ kind: 'travel', journeyId: booked.id, message: expect.stringContaining('too late') })])
  })

  it('removes a journey with its segments', async () => {
    expect((await owner.delete(`${base}/journeys/${id.bus}`)).statusCode).toBe(204)
    expect((await owner.get(`${base}/journeys/${id.bus}`)).statusCode).toBe(404)
    expect((await owner.delete(`${base}/journeys/${id.bus}`)).statusCode).toBe(404)
  })
})
