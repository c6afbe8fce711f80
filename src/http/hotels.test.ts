import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hotelStays, scheduleItems, tourDays } from '../db/schema/road.ts'
import { travelJourneys } from '../db/schema/travel.ts'
import { ownerWithWorkspace, startTestApp, TEST_NOW, type TestApp, type TestClient } from '../test/test-app.ts'
import { created } from '../test/workspace-fixtures.ts'
import { everyRole, type JoinedRole } from '../test/role-clients.ts'

/** Issue 15 point 5 (ADR 039): hotel stays, their room lists, and who reads a confirmation number. */
describe('hotel stays on the road', () => {
  let t: TestApp
  let owner: TestClient
  let base: string
  let as: Record<JoinedRole, TestClient>
  const id: Record<string, string> = {}

  beforeAll(async () => {
    t = await startTestApp()
    ;({ client: owner, base } = await ownerWithWorkspace(t.app, 'Hotels'))
    id.kendall = (await created(owner, `${base}/people`, { name: 'Kendall Schmidt' })).id
    const roles = await everyRole(t.app, owner, base)
    as = roles.as
    Object.assign(id, roles.personIds)
    const act = await created(owner, `${base}/acts`, { name: 'Big Time Rush', kind: 'group', isInternal: true })
    id.act = act.id
    id.tour = (await created(owner, `${base}/tours`, { actId: act.id, name: 'Summer 2013' })).id
    const other = await ownerWithWorkspace(t.app, 'Elsewhere')
    id.outsider = (await created(other.client, `${other.base}/people`, { name: 'Someone Else' })).id
  })
  afterAll(() => t.close())

  const stay = (o: Record<string, unknown> = {}) => ({
    tourId: id.tour,
    name: 'W New York – Union Square',
    address: '201 Park Avenue South, New York, NY 10003',
    phone: '+1 212 253 9119',
    timeZone: 'America/New_York',
    checkInDate: '2013-07-12',
    checkInTime: '15:00',
    checkOutDate: '2013-07-15',
    checkOutTime: '11:00',
    notes: 'Band floor 12; the tour manager holds the master key list.',
    rooms: [
      {
        label: 'Double',
        confirmationNumber: 'WNY-1001',
        guests: [{ personId: id.kendall }, { personId: id.member, toDate: '2013-07-14' }],
      },
      { label: 'King', confirmationNumber: 'WNY-2002', guests: [{ personId: id.viewer, fromDate: '2013-07-13' }] },
      { label: 'Queen', confirmationNumber: 'WNY-3003', guests: [{ personId: id.crew }] },
    ],
    ...o,
  })
  const numbers = (body: { rooms: { confirmationNumber: string | null }[] }) => body.rooms.map((r) => r.confirmationNumber)

  it('stores a stay with its room list: sharing, a guest who leaves early and one who joins late', async () => {
    const res = await owner.post(`${base}/hotels`, stay())
    expect(res.statusCode).toBe(201)
    const body = res.json()
    id.stay = body.id
    expect(body).toMatchObject({ name: 'W New York – Union Square', checkInTime: '15:00', checkOutDate: '2013-07-15', version: 1, tourId: id.tour })
    expect(numbers(body)).toEqual(['WNY-1001', 'WNY-2002', 'WNY-3003'])
    expect(body.rooms[0].guests).toEqual([
      { personId: id.kendall, personName: 'Kendall Schmidt', fromDate: null, toDate: null },
      expect.objectContaining({ personId: id.member, fromDate: null, toDate: '2013-07-14' }),
    ])
    expect(body.rooms[1].guests[0]).toMatchObject({ personId: id.viewer, fromDate: '2013-07-13' })
    // a second stay without the viewer in it
    id.other = (await created(owner, `${base}/hotels`, stay({ name: 'Crew motel', checkInDate: '2013-07-15', checkOutDate: '2013-07-16', rooms: [] }))).id
  })

  it('shows a confirmation number only to the guests of its room and to owners and managers', async () => {
    expect(numbers((await as.manager.get(`${base}/hotels/${id.stay}`)).json())).toEqual(['WNY-1001', 'WNY-2002', 'WNY-3003'])
    const member = await as.member.get(`${base}/hotels/${id.stay}`)
    expect(numbers(member.json())).toEqual(['WNY-1001', null, null])
    expect(member.body).not.toContain('WNY-2002')
    const crew = await as.crew.get(`${base}/hotels`)
    expect(crew.statusCode).toBe(200)
    expect(crew.json().map((s: { id: string }) => s.id)).toEqual([id.stay, id.other])
    expect(numbers(crew.json()[0])).toEqual([null, null, 'WNY-3003'])
    expect(crew.body).not.toMatch(/WNY-1001|WNY-2002/)
  })

  it('shows a viewer only the stays they sleep in, only their own room, no notes', async () => {
    const list = await as.viewer.get(`${base}/hotels`)
    expect(list.statusCode).toBe(200)
    expect(list.json().map((s: { id: string }) => s.id)).toEqual([id.stay])
    const [mine] = list.json()
    expect(mine.rooms).toEqual([
      { id: expect.any(String), label: 'King', confirmationNumber: 'WNY-2002', guests: [expect.objectContaining({ personId: id.viewer })] },
    ])
    expect(mine.notes).toBe('')
    for (const secret of ['WNY-1001', 'WNY-3003', id.kendall, id.member, 'master key']) expect(list.body).not.toContain(secret)
    expect((await as.viewer.get(`${base}/hotels/${id.stay}`)).json()).toEqual(mine)
    expect((await as.viewer.get(`${base}/hotels/${id.other}`)).statusCode).toBe(404)
    expect((await as.viewer.put(`${base}/hotels/${id.stay}`, { ...stay(), version: 1 })).statusCode).toBe(403)
    expect((await as.crew.post(`${base}/hotels`, stay())).statusCode).toBe(403)
  })

  it('puts the night’s hotel on a person’s day sheet: only their room, its number as the reader may see it', async () => {
    const day = (localDate: string) => created(owner, `${base}/days`, { actId: id.act, localDate, type: 'off', city: 'New York', timeZone: 'America/New_York' })
    const saturday = (await day('2013-07-13')).id
    const sheet = async (client: TestClient, dayId: string, personId?: string) => {
      const res = await client.get(`${base}/days/${dayId}/sheet${personId ? `?personId=${personId}` : ''}`)
      expect(res.statusCode, res.body).toBe(200)
      return res.json().hotels
    }
    const own = await sheet(as.member, saturday)
    expect(own.map((h: { name: string }) => h.name)).toEqual(['W New York – Union Square'])
    expect(own[0].rooms).toEqual([expect.objectContaining({ label: 'Double', confirmationNumber: 'WNY-1001' })])
    const hers = await sheet(as.member, saturday, id.viewer)
    expect(hers[0].rooms).toEqual([expect.objectContaining({ label: 'King', confirmationNumber: null })])
    expect((await sheet(owner, saturday, id.viewer))[0].rooms[0].confirmationNumber).toBe('WNY-2002')
    expect(await sheet(owner, (await day('2013-07-14')).id, id.member)).toEqual([]) // checked out that morning
    expect(await sheet(owner, (await day('2013-07-11')).id, id.viewer)).toEqual([])
  })

  it('refuses bad input with a 400 naming the field, and writes nothing', async () => {
    const refused = async (body: unknown, path: string, put = false) => {
      const res = put ? await owner.put(`${base}/hotels/${id.stay}`, body) : await owner.post(`${base}/hotels`, body)
      expect(res.statusCode, res.body).toBe(400)
      expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/)
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path)
    }
    const before = (await owner.get(`${base}/hotels`)).json()
    await refused(stay({ checkOutDate: '2013-07-11' }), 'checkOutDate')
    await refused(stay({ checkOutDate: '2013-07-12', checkOutTime: '11:00' }), 'checkOutDate')
    await refused(stay({ timeZone: 'America/Gotham' }), 'timeZone')
    await refused(stay({ rooms: [{ guests: [{ personId: id.outsider }] }] }), 'rooms.0.guests.0.personId')
    await refused(stay({ rooms: [{ guests: [{ personId: id.kendall }, { personId: id.kendall }] }] }), 'rooms.0.guests.1.personId')
    await refused(stay({ rooms: [{ guests: [{ personId: id.kendall, fromDate: '2013-07-11' }] }] }), 'rooms.0.guests.0.fromDate')
    await refused(stay({ rooms: [{ guests: [{ personId: id.kendall, toDate: '2013-07-16' }] }] }), 'rooms.0.guests.0.toDate')
    await refused(stay({ rooms: [{ guests: [{ personId: id.kendall, fromDate: '2013-07-14', toDate: '2013-07-13' }] }] }), 'rooms.0.guests.0.toDate')
    await refused(stay({ checkInDate: '2013-02-30' }), 'checkInDate')
    await refused(stay({ rooms: [{ id: id.other, guests: [] }] }), 'rooms.0.id')
    // one person in two rooms on the same night; moving rooms mid-stay is fine
    await refused(
      stay({ rooms: [{ guests: [{ personId: id.kendall }] }, { guests: [{ personId: id.kendall, fromDate: '2013-07-14' }] }] }),
      'rooms.1.guests.0.personId',
    )
    // an edit refused midway leaves the stay and its rooms as they were
    await refused(
      { ...stay({ rooms: [{ guests: [{ personId: id.kendall }] }, { guests: [{ personId: id.outsider }] }] }), version: 1 },
      'rooms.1.guests.0.personId',
      true,
    )
    expect((await owner.get(`${base}/hotels`)).json()).toEqual(before)
    const moved = await owner.post(
      `${base}/hotels`,
      stay({ rooms: [{ guests: [{ personId: id.kendall, toDate: '2013-07-14' }] }, { guests: [{ personId: id.kendall, fromDate: '2013-07-14' }] }] }),
    )
    expect(moved.statusCode, moved.body).toBe(201)
    expect((await owner.delete(`${base}/hotels/${moved.json().id}`)).statusCode).toBe(204)
  })

  it('edits guarded by the version; an editor who cannot read a room’s number keeps it by leaving it out', async () => {
    const read = (await as.member.get(`${base}/hotels/${id.stay}`)).json()
    const rooms = read.rooms.map((r: { id: string; label: string; guests: { personId: string; fromDate: string | null; toDate: string | null }[] }) => ({
      id: r.id,
      label: r.label,
      guests: r.guests.map((g) => ({ personId: g.personId, fromDate: g.fromDate, toDate: g.toDate })),
    }))
    rooms[2].guests.push({ personId: id.manager })
    const res = await as.member.put(`${base}/hotels/${id.stay}`, { ...stay(), rooms, checkOutTime: '12:00', version: 1 })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({ version: 2, checkOutTime: '12:00' })
    const now = (await owner.get(`${base}/hotels/${id.stay}`)).json()
    expect(numbers(now)).toEqual(['WNY-1001', 'WNY-2002', 'WNY-3003'])
    expect(now.rooms.map((r: { id: string }) => r.id)).toEqual(read.rooms.map((r: { id: string }) => r.id))
    expect(now.rooms[2].guests.map((g: { personId: string }) => g.personId)).toEqual([id.crew, id.manager])
    const stale = await owner.put(`${base}/hotels/${id.stay}`, { ...stay(), version: 1 })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().current).toMatchObject({ version: 2, checkOutTime: '12:00' })
  })

  it('puts a guest’s own check-in and check-out in their private calendar feed, on the hotel’s clock, never a confirmation number', async () => {
    const feedOf = async (personId: string) => {
      const feed = await created(owner, `${base}/people/${personId}/feeds`, {})
      const res = await owner.get(new URL(feed.url).pathname)
      expect(res.statusCode).toBe(200)
      return res.body.replace(/\r\n /g, '')
    }
    const events = (ics: string) =>
      ics
        .split('BEGIN:VEVENT')
        .slice(1)
        .filter((e) => e.includes('SUMMARY:Check '))
        .map((e) => ({
          summary: /SUMMARY:(.*)/.exec(e)![1]!.trim(),
          start: /DTSTART[^:]*:(.*)/.exec(e)![1]!.trim(),
          end: /DTEND[^:]*:(.*)/.exec(e)![1]!.trim(),
        }))
    // the viewer joins late (first night the 13th); the stay checks out at 12:00 since the edit
    const viewer = await feedOf(id.viewer!)
    expect(events(viewer)).toEqual([
      { summary: 'Check in: W New York – Union Square', start: '20130713T150000', end: '20130713T150000' },
      { summary: 'Check out: W New York – Union Square', start: '20130715T120000', end: '20130715T120000' },
    ])
    expect(viewer).toContain('DTSTART;TZID=America/New_York:20130713T150000')
    expect(viewer).toContain('201 Park Avenue South')
    // the member leaves early (checks out the 14th)
    expect(events(await feedOf(id.member!)).map((e) => e.start)).toEqual(['20130712T150000', '20130714T120000'])
    // someone who is no guest of any stay has no hotel in their feed
    const nobody = (await created(owner, `${base}/people`, { name: 'Not A Guest' })).id
    expect(events(await feedOf(nobody))).toEqual([])
    for (const ics of [viewer, await feedOf(id.crew!), await feedOf(id.kendall!)]) expect(ics).not.toMatch(/WNY-\d+|Crew motel|master key/)
  })

  it('says the day sheet was last updated when its hotel stay or its travel last changed, not only its lines', async () => {
    const ws = base.split('/').at(-1)!
    const act = await created(owner, `${base}/acts`, { name: 'Heffron Drive', kind: 'group', isInternal: true })
    const day = await created(owner, `${base}/days`, { actId: act.id, localDate: '2013-07-14', type: 'travel', city: 'New York', timeZone: 'America/New_York' })
    expect(
      (await owner.post(`${base}/days/${day.id}/items`, { title: 'Lobby call', kind: 'other', startTime: '09:00', audience: 'everyone' })).statusCode,
    ).toBe(201)
    const train = {
      mode: 'rail',
      from: { name: 'New York Penn Station', timeZone: 'America/New_York' },
      to: { name: 'Boston South Station', timeZone: 'America/New_York' },
      departureDate: '2013-07-14',
      departureTime: '13:00',
      arrivalDate: '2013-07-14',
      arrivalTime: '16:45',
    }
    const journey = await created(owner, `${base}/journeys`, {
      title: 'To Boston',
      passengerIds: [id.kendall],
      segments: [train],
    })
    // Everything was written a fortnight ago...
    const then = new Date('2013-04-01T08:00:00Z')
    const db = t.database.db
    await db
      .update(tourDays)
      .set({ updatedAt: then })
      .where(and(eq(tourDays.workspaceId, ws), eq(tourDays.id, day.id)))
    await db.update(scheduleItems).set({ updatedAt: then }).where(eq(scheduleItems.workspaceId, ws))
    await db.update(hotelStays).set({ updatedAt: then }).where(eq(hotelStays.workspaceId, ws))
    await db.update(travelJourneys).set({ updatedAt: then }).where(eq(travelJourneys.workspaceId, ws))
    const updatedAt = async (personId: string) => {
      const res = await owner.get(`${base}/days/${day.id}/sheet?personId=${personId}`)
      expect(res.statusCode, res.body).toBe(200)
      return res.json().updatedAt
    }
    expect(await updatedAt(id.kendall!)).toBe(then.toISOString())
    // ...then the stay Kendall checks out of that morning is edited: his sheet says so
    const current = (await owner.get(`${base}/hotels/${id.stay}`)).json()
    const edited = await owner.put(`${base}/hotels/${id.stay}`, { ...stay({ rooms: current.rooms }), checkOutDate: '2013-07-16', version: current.version })
    expect(edited.statusCode, edited.body).toBe(200)
    expect(await updatedAt(id.kendall!)).toBe(TEST_NOW.toISOString())
    await db.update(hotelStays).set({ updatedAt: then }).where(eq(hotelStays.workspaceId, ws))
    expect(await updatedAt(id.kendall!)).toBe(then.toISOString())
    // ...and his train that day is moved: his sheet says so; someone not on the train still reads the older time
    const moved = await owner.put(`${base}/journeys/${journey.id}`, {
      title: 'To Boston',
      passengerIds: [id.kendall],
      segments: [{ ...train, id: journey.segments[0].id, departureTime: '14:00', arrivalTime: '17:45' }],
      version: journey.version,
    })
    expect(moved.statusCode, moved.body).toBe(200)
    expect(await updatedAt(id.kendall!)).toBe(TEST_NOW.toISOString())
    const nobody = (await created(owner, `${base}/people`, { name: 'Off The Train' })).id
    expect(await updatedAt(nobody)).toBe(then.toISOString())
  })

  it('removes a stay with its room list', async () => {
    expect((await owner.delete(`${base}/hotels/${id.other}`)).statusCode).toBe(204)
    expect((await owner.get(`${base}/hotels/${id.other}`)).statusCode).toBe(404)
    expect((await owner.delete(`${base}/hotels/${id.other}`)).statusCode).toBe(404)
  })
})
