import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ownerWithWorkspace, startTestApp, type TestApp, type TestClient } from '../test/test-app.ts'
import { created } from '../test/workspace-fixtures.ts'
import { joinedClient } from '../test/role-clients.ts'

describe('conflicts: one person booked twice, over a blockout, or too far away to get there', () => {
  let t: TestApp
  let owner: TestClient
  let base: string
  let member: TestClient
  let kendall: { id: string }
  let carlos: { id: string }
  let chicagoShow: { id: string }

  beforeAll(async () => {
    t = await startTestApp()
    ;({ client: owner, base } = await ownerWithWorkspace(t.app, 'Conflicts'))
    kendall = await created(owner, `${base}/people`, { name: 'Kendall Schmidt' })
    carlos = await created(owner, `${base}/people`, { name: 'Carlos Pena' })
    member = await joinedClient(t.app, owner, base, 'member')
    const btr = await created(owner, `${base}/acts`, { name: 'Big Time Rush', kind: 'group', isInternal: true })
    const venue = await created(owner, `${base}/venues`, {
      name: 'Arena',
      city: 'Chicago',
      country: 'US',
      latitude: 41.88,
      longitude: -87.63,
      timeZone: 'America/Chicago',
    })
    chicagoShow = await created(owner, `${base}/shows`, {
      actId: btr.id,
      venueId: venue.id,
      localDate: '2013-07-12',
      doors: '19:00',
      curfew: '23:00',
      status: 'confirmed',
      announcement: 'announced',
      lineup: [
        { personId: kendall.id, role: 'member' },
        { personId: carlos.id, role: 'member' },
      ],
    })
  })
  afterAll(() => t.close())

  const londonPromo = {
    kind: 'promo-interview',
    title: 'London radio',
    outlet: 'Capital FM',
    timeZone: 'Europe/London',
    startDate: '2013-07-13',
    startTime: '09:00',
    endDate: '2013-07-13',
    endTime: '10:00',
    latitude: 51.51,
    longitude: -0.13,
    personIds: [] as string[],
  }

  it('flags a booking the morning after a show an ocean away as a travel conflict, with the distance and the time needed', async () => {
    const res = await owner.post(`${base}/commitments`, { ...londonPromo, personIds: [kendall.id] })
    expect(res.statusCode).toBe(409)
    const [conflict] = res.json().conflicts
    expect(conflict).toMatchObject({ kind: 'travel', personName: 'Kendall Schmidt', with: { kind: 'show', id: chicagoShow.id }, availableMinutes: 240 })
    expect(conflict.distanceKm).toBeGreaterThan(6000)
    expect(conflict.neededMinutes).toBeGreaterThan(conflict.availableMinutes)
    const kept = await owner.post(`${base}/commitments`, { ...londonPromo, personIds: [kendall.id], acknowledgeConflicts: true })
    expect(kept.statusCode).toBe(201)
    expect((await owner.get(`${base}/shows/${chicagoShow.id}`)).json().conflicts).toMatchObject([{ kind: 'travel', with: { title: 'London radio' } }])
  })

  it('does not flag a far booking with time enough to travel', async () => {
    const check = await owner.post(`${base}/commitments/check-conflicts`, {
      ...londonPromo,
      startDate: '2013-07-14',
      endDate: '2013-07-14',
      personIds: [carlos.id],
    })
    expect(check.json()).toEqual({ conflicts: [] })
  })

  it('makes a booking on a blocked-out date a conflict, showing the reason to managers only', async () => {
    await created(owner, `${base}/blockouts`, { personId: carlos.id, startDate: '2013-06-20', endDate: '2013-06-21', reason: 'Family' })
    const rehearsal = {
      kind: 'rehearsal',
      title: 'Dance rehearsal',
      timeZone: 'America/Los_Angeles',
      startDate: '2013-06-21',
      startTime: '10:00',
      endDate: '2013-06-21',
      endTime: '14:00',
      personIds: [carlos.id],
    }
    const refused = await owner.post(`${base}/commitments`, rehearsal)
    expect(refused.statusCode).toBe(409)
    expect(refused.json().conflicts).toMatchObject([
      { kind: 'blockout', personName: 'Carlos Pena', reason: 'Family', message: 'falls on blocked-out dates 2013-06-20 to 2013-06-21' },
    ])
    expect((await member.post(`${base}/commitments/check-conflicts`, rehearsal)).json().conflicts).toMatchObject([{ kind: 'blockout', reason: null }])
    expect((await owner.post(`${base}/commitments`, { ...rehearsal, acknowledgeConflicts: true })).statusCode).toBe(201)
  })

  it("lists one person's upcoming conflicts with both sides of each, by time", async () => {
    await created(owner, `${base}/commitments`, {
      kind: 'tv-shoot',
      title: 'Reshoot',
      timeZone: 'America/Los_Angeles',
      startDate: '2013-05-02',
      startTime: '08:00',
      endDate: '2013-05-02',
      endTime: '12:00',
      personIds: [kendall.id],
    })
    await created(owner, `${base}/commitments`, {
      kind: 'songwriting',
      title: 'Session',
      timeZone: 'America/Los_Angeles',
      startDate: '2013-05-02',
      startTime: '11:00',
      endDate: '2013-05-02',
      endTime: '15:00',
      personIds: [kendall.id],
      acknowledgeConflicts: true,
    })
    const res = await owner.get(`${base}/conflicts?personId=${kendall.id}`)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject([
      { kind: 'overlap', personName: 'Kendall Schmidt', booking: { title: 'Reshoot', startsAt: '2013-05-02T15:00:00.000Z' }, with: { title: 'Session' } },
      { kind: 'travel', personName: 'Kendall Schmidt', booking: { kind: 'show', id: chicagoShow.id }, with: { title: 'London radio' } },
    ])
  })

  it("lists everyone's conflicts, hiding blockout reasons from other members", async () => {
    const everyone = (await owner.get(`${base}/conflicts`)).json()
    expect(everyone.map((c: { personName: string; kind: string }) => `${c.personName} ${c.kind}`)).toEqual([
      'Kendall Schmidt overlap',
      'Carlos Pena blockout',
      'Kendall Schmidt travel',
    ])
    expect(everyone[1]).toMatchObject({ booking: { title: 'Dance rehearsal' }, reason: 'Family' })
    expect((await member.get(`${base}/conflicts`)).json()[1]).toMatchObject({ kind: 'blockout', reason: null })
  })

  it('leaves out past bookings and answers 404 for a person from elsewhere', async () => {
    await created(owner, `${base}/commitments`, {
      kind: 'rehearsal',
      title: 'Old A',
      timeZone: 'UTC',
      startDate: '2013-01-10',
      endDate: '2013-01-10',
      personIds: [carlos.id],
    })
    await created(owner, `${base}/commitments`, {
      kind: 'rehearsal',
      title: 'Old B',
      timeZone: 'UTC',
      startDate: '2013-01-10',
      endDate: '2013-01-10',
      personIds: [carlos.id],
      acknowledgeConflicts: true,
    })
    expect((await owner.get(`${base}/conflicts?personId=${carlos.id}`)).json().map((c: { kind: string }) => c.kind)).toEqual(['blockout'])
    const other = await ownerWithWorkspace(t.app, 'Elsewhere')
    const stranger = await created(other.client, `${other.base}/people`, { name: 'Stranger' })
    expect((await owner.get(`${base}/conflicts?personId=${stranger.id}`)).statusCode).toBe(404)
  })
})
