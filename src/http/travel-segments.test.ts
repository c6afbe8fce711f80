import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listPersonJourneys } from '../db/queries/travel.ts'
import { ownerWithWorkspace, startTestApp, type TestApp, type TestClient } from '../test/test-app.ts'
import { commitmentAt, created, PLACES } from '../test/workspace-fixtures.ts'
import { everyRole, type JoinedRole } from '../test/role-clients.ts'

/**
 * Issue 15 point 4, ADR 050 amended (2026-12-07): passengers per segment. Someone joins a journey at
 * the connection, someone takes only the first flight: each reads, and is checked against, only the
 * segments they are on.
 */
describe('passengers per segment', () => {
  let t: TestApp
  let owner: TestClient
  let base: string
  let as: Record<JoinedRole, TestClient>
  const id: Record<string, string> = {}

  beforeAll(async () => {
    t = await startTestApp()
    ;({ client: owner, base, workspaceId: id.ws } = await ownerWithWorkspace(t.app, 'Segments'))
    for (const name of ['Dustin Belt', 'Kendall Schmidt', 'James Maslow']) id[name] = (await created(owner, `${base}/people`, { name })).id
    const roles = await everyRole(t.app, owner, base)
    as = roles.as
    Object.assign(id, roles.personIds)
    id.act = (await created(owner, `${base}/acts`, { name: 'Heffron Drive', kind: 'group', isInternal: true })).id
    const other = await ownerWithWorkspace(t.app, 'Elsewhere')
    id.outsider = (await created(other.client, `${other.base}/people`, { name: 'Someone Else' })).id
  })
  afterAll(() => t.close())

  // London to Burbank through New York (invented flights). The viewer (a support act's guest) takes
  // the first flight only; the crew member joins at the connection; Dustin flies both.
  const leg1 = {
    mode: 'air',
    from: { iata: 'LHR' },
    to: { iata: 'JFK' },
    departureDate: '2013-06-20',
    departureTime: '15:00',
    arrivalDate: '2013-06-20',
    arrivalTime: '17:55',
    number: 'GR 117',
    carrier: 'Greenroom Air',
    bookingReference: 'SEG-ONE',
    confirmed: true,
  }
  const leg2 = {
    mode: 'air',
    from: { iata: 'JFK' },
    to: { iata: 'BUR' },
    departureDate: '2013-06-20',
    departureTime: '19:40',
    arrivalDate: '2013-06-20',
    arrivalTime: '22:50',
    number: 'GR 2291',
    carrier: 'Greenroom Air',
    bookingReference: 'SEG-TWO',
  }
  const journey = (o: Record<string, unknown> = {}) => ({
    title: 'London to Burbank',
    passengerIds: [id['Dustin Belt'], id.viewer, id.crew],
    segments: [
      { ...leg1, passengerIds: [id['Dustin Belt'], id.viewer] },
      { ...leg2, passengerIds: [id['Dustin Belt'], id.crew] },
    ],
    ...o,
  })
  type Segment = { id: string; number: string; bookingReference: string | null; passengerIds: string[] }
  const numbers = (segments: Segment[]) => segments.map((s) => s.number)

  it('stores who is on each segment and reads it back', async () => {
    const res = await owner.post(`${base}/journeys`, journey())
    expect(res.statusCode, res.body).toBe(201)
    id.journey = res.json().id
    const read = (await owner.get(`${base}/journeys/${id.journey}`)).json()
    expect(read.passengers.map((p: { personId: string }) => p.personId)).toEqual([id['Dustin Belt'], id.viewer, id.crew])
    expect(read.segments.map((s: Segment) => s.passengerIds)).toEqual([
      [id['Dustin Belt'], id.viewer],
      [id['Dustin Belt'], id.crew],
    ])
    expect(read).toEqual(res.json())
  })

  it('puts a segment without its own list under every passenger of the journey', async () => {
    const both = [id['Kendall Schmidt'], id['James Maslow']]
    const res = await owner.post(
      `${base}/journeys`,
      journey({ title: 'Both flights', passengerIds: both, segments: [leg1, { ...leg2, passengerIds: [id['James Maslow']] }] }),
    )
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json().segments.map((s: Segment) => s.passengerIds)).toEqual([both, [id['James Maslow']]])
    // An edit that leaves the lists out puts everyone back on every segment.
    const again = await owner.put(`${base}/journeys/${res.json().id}`, {
      ...journey({ title: 'Both flights', passengerIds: both, segments: [leg1, leg2] }),
      version: 1,
    })
    expect(again.statusCode, again.body).toBe(200)
    expect(again.json().segments.map((s: Segment) => s.passengerIds)).toEqual([both, both])
    expect((await owner.delete(`${base}/journeys/${res.json().id}`)).statusCode).toBe(204)
  })

  it('refuses a segment passenger who is not on the journey, twice on a segment, of the wrong type or too many, naming the field', async () => {
    const refused = async (body: unknown, path: string, put = false) => {
      const res = put ? await owner.put(`${base}/journeys/${id.journey}`, body) : await owner.post(`${base}/journeys`, body)
      expect(res.statusCode, res.body).toBe(400)
      expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/)
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path)
    }
    const before = (await owner.get(`${base}/journeys`)).json()
    const dustin = id['Dustin Belt']!
    const on = (a: unknown[], b: unknown[]) =>
      journey({
        segments: [
          { ...leg1, passengerIds: a },
          { ...leg2, passengerIds: b },
        ],
      })
    await refused(on([dustin, id.viewer], [dustin, id.outsider]), 'segments.1.passengerIds.1')
    await refused(on([dustin, id['Kendall Schmidt']], [dustin, id.crew]), 'segments.0.passengerIds.1')
    await refused(on([dustin, id.viewer, dustin], [id.crew]), 'segments.0.passengerIds.2')
    await refused(on([dustin, 42], [id.crew]), 'segments.0.passengerIds.1')
    await refused(on([dustin, 'not-an-id'], [id.crew]), 'segments.0.passengerIds.1')
    await refused(journey({ segments: [{ ...leg1, passengerIds: id.viewer }, leg2] }), 'segments.0.passengerIds')
    await refused(on([dustin, ...Array.from({ length: 100 }, () => id.viewer)], [id.crew]), 'segments.0.passengerIds')
    // the viewer is a passenger of the journey but on none of its segments
    await refused(on([dustin], [dustin, id.crew]), 'passengerIds.1')
    await refused({ ...on([dustin, id.viewer], [id.outsider, id.crew]), version: 1 }, 'segments.1.passengerIds.0', true)
    expect((await owner.get(`${base}/journeys`)).json()).toEqual(before)
  })

  it('keeps the version guard: a stale edit of who is on a segment gets 409 with the current journey', async () => {
    const read = (await owner.get(`${base}/journeys/${id.journey}`)).json()
    const moved = journey({
      segments: [
        { ...leg1, id: read.segments[0].id, passengerIds: [id['Dustin Belt'], id.viewer, id.crew] },
        { ...leg2, id: read.segments[1].id },
      ],
    })
    const res = await as.manager.put(`${base}/journeys/${id.journey}`, { ...moved, version: 1 })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().segments.map((s: Segment) => s.passengerIds)).toEqual([
      [id['Dustin Belt'], id.viewer, id.crew],
      [id['Dustin Belt'], id.viewer, id.crew],
    ])
    const stale = await owner.put(`${base}/journeys/${id.journey}`, { ...journey(), version: 1 })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().current.version).toBe(2)
    // back as it was, kept segments keeping their ids
    const back = await owner.put(`${base}/journeys/${id.journey}`, {
      ...journey({ segments: journey().segments.map((s, n) => ({ ...s, id: read.segments[n].id })) }),
      version: 2,
    })
    expect(back.statusCode, back.body).toBe(200)
    expect(back.json().segments.map((s: Segment) => s.id)).toEqual(read.segments.map((s: Segment) => s.id))
  })

  it('shows a booking reference only on the segments its reader is on (and to managers); a guest sees only their own segments', async () => {
    const manager = (await as.manager.get(`${base}/journeys/${id.journey}`)).json()
    expect(manager.segments.map((s: Segment) => s.bookingReference)).toEqual(['SEG-ONE', 'SEG-TWO'])
    // crew joins at the connection: a whole reader, who sees both segments, the second's reference only
    const crew = (await as.crew.get(`${base}/journeys/${id.journey}`)).json()
    expect(crew.segments.map((s: Segment) => s.bookingReference)).toEqual([null, 'SEG-TWO'])
    const member = await as.member.get(`${base}/journeys/${id.journey}`)
    expect(member.json().segments.map((s: Segment) => s.bookingReference)).toEqual([null, null])
    // the support act's guest (a viewer) takes the first flight only: the second is not theirs to see
    const guest = await as.viewer.get(`${base}/journeys/${id.journey}`)
    expect(numbers(guest.json().segments)).toEqual(['GR 117'])
    expect(guest.json().segments[0].bookingReference).toBe('SEG-ONE')
    expect(guest.body).not.toMatch(/SEG-TWO|GR 2291/)
    const list = await as.viewer.get(`${base}/journeys`)
    expect(list.body).not.toMatch(/SEG-TWO|GR 2291/)
  })

  it('puts on my day sheet only the segments I am on; a manager reads anyone’s', async () => {
    const day = await created(owner, `${base}/days`, { actId: id.act, localDate: '2013-06-20', type: 'travel', city: 'London', timeZone: 'Europe/London' })
    const sheet = async (client: TestClient, personId?: string) => {
      const res = await client.get(`${base}/days/${day.id}/sheet${personId ? `?personId=${personId}` : ''}`)
      expect(res.statusCode, res.body).toBe(200)
      return res
    }
    const travelOf = (body: { travel: { segment: Segment }[] }) => body.travel.map((x) => x.segment)
    const guest = await sheet(as.viewer)
    expect(numbers(travelOf(guest.json()))).toEqual(['GR 117'])
    expect(travelOf(guest.json())[0]!.bookingReference).toBe('SEG-ONE')
    expect(guest.body).not.toMatch(/SEG-TWO|GR 2291/)
    const crew = await sheet(as.crew)
    expect(numbers(travelOf(crew.json()))).toEqual(['GR 2291'])
    expect(crew.body).not.toContain('SEG-ONE')
    // the tour manager reads the crew member's sheet as theirs, and Dustin's with both flights and both references
    expect(numbers(travelOf((await sheet(as.manager, id.crew)).json()))).toEqual(['GR 2291'])
    const dustin = travelOf((await sheet(as.manager, id['Dustin Belt'])).json())
    expect(numbers(dustin)).toEqual(['GR 117', 'GR 2291'])
    expect(dustin.map((s) => s.bookingReference)).toEqual(['SEG-ONE', 'SEG-TWO'])
  })

  it('puts only my segments in my private calendar feed', async () => {
    const ics = async (personId: string) => {
      const feed = await created(owner, `${base}/people/${personId}/feeds`, {})
      return (await owner.get(new URL(feed.url).pathname)).body.replace(/\r\n /g, '')
    }
    const guest = await ics(id.viewer!)
    expect(guest).toContain('SUMMARY:Greenroom Air GR 117: LHR → JFK')
    expect(guest).toContain('Booking reference: SEG-ONE')
    expect(guest).not.toMatch(/GR 2291|SEG-TWO/)
    const crew = await ics(id.crew!)
    expect(crew).toContain('SUMMARY:Greenroom Air GR 2291: JFK → BUR')
    expect(crew).not.toMatch(/GR 117|SEG-ONE/)
    const dustin = await ics(id['Dustin Belt']!)
    expect(dustin).toContain('GR 117')
    expect(dustin).toContain('GR 2291')
  })

  it('gives the conflict check one trip per run of segments a person is on: off the journey and on again is two trips', async () => {
    const james = id['James Maslow']!
    const logan = (await created(owner, `${base}/people`, { name: 'Logan Henderson' })).id as string
    const ord = {
      ...leg2,
      from: { iata: 'BUR' },
      to: { iata: 'SFO' },
      departureDate: '2013-06-21',
      departureTime: '09:00',
      arrivalDate: '2013-06-21',
      arrivalTime: '10:30',
      number: 'GR 880',
    }
    const j = await created(owner, `${base}/journeys`, {
      title: 'Three legs',
      passengerIds: [james, logan],
      segments: [
        { ...leg1, departureDate: '2013-06-19', arrivalDate: '2013-06-19', passengerIds: [james, logan] },
        { ...leg2, departureDate: '2013-06-19', arrivalDate: '2013-06-19', passengerIds: [logan] },
        { ...ord, departureDate: '2013-06-20', arrivalDate: '2013-06-20', passengerIds: [james, logan] },
      ],
    })
    const trips = async (personId: string) =>
      (await listPersonJourneys(t.database.db, id.ws!, personId, new Date('2013-06-18T00:00:00Z'), new Date('2013-06-22T00:00:00Z')))
        .filter((trip) => trip.id === j.id)
        .map((trip) => trip.label)
    expect(await trips(james)).toEqual(['LHR → JFK', 'BUR → SFO'])
    expect(await trips(logan)).toEqual(['LHR → JFK → BUR → SFO'])
    expect((await owner.delete(`${base}/journeys/${j.id}`)).statusCode).toBe(204)
  })

  it('replaces the travel estimate only with the segments a person is on', async () => {
    const commitment = (title: string, personId: string, place: (typeof PLACES)[keyof typeof PLACES], date: string, start: string, end: string) =>
      commitmentAt(owner, base, { title, personId, place, date, start, end })
    const london = PLACES.london
    const burbank = PLACES.burbank
    const newYork = PLACES.newYork
    const conflicts = async (person: string) => (await owner.get(`${base}/conflicts?personId=${person}`)).json()
    const kendall = id['Kendall Schmidt']!
    const james = id['James Maslow']!
    // Both have a London breakfast and a late Burbank radio session; the 22:50 landing is too late for it.
    for (const person of [kendall, james]) {
      await commitment('London breakfast', person, london, '2013-06-20', '07:00', '08:00')
      await commitment('Burbank radio session', person, burbank, '2013-06-20', '22:45', '23:30')
    }
    // Without travel booked, the estimate lets both make it (over 22 hours).
    expect(await conflicts(kendall)).toEqual([])
    expect(await conflicts(james)).toEqual([])
    const booked = await created(owner, `${base}/journeys`, {
      ...journey({ title: 'Radio run' }),
      passengerIds: [james, kendall],
      segments: [
        { ...leg1, passengerIds: [james, kendall] },
        { ...leg2, passengerIds: [james] },
      ],
    })
    // James is on both flights: the booked arrival replaces the estimate, and it is too late.
    expect(await conflicts(james)).toEqual([expect.objectContaining({ kind: 'travel', journeyId: booked.id, message: expect.stringContaining('too late') })])
    // Kendall is on the first flight only: it does not carry him to Burbank, so the estimate stands for that.
    expect(await conflicts(kendall)).toEqual([])
    // ...but his own flight does count where it goes: New York at 18:00 is too soon after a 17:55 landing.
    await commitment('New York signing', kendall, newYork, '2013-06-20', '18:00', '19:00')
    expect(await conflicts(kendall)).toContainEqual(
      expect.objectContaining({
        kind: 'travel',
        journeyId: booked.id,
        with: expect.objectContaining({ title: 'New York signing' }),
        message: expect.stringContaining('too late'),
      }),
    )
  })
})
