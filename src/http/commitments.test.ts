import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commitmentPeople, conflictOverrides } from '../db/schema/index.ts'
import { ownerWithWorkspace, startTestApp, type TestApp, type TestClient } from '../test/test-app.ts'
import { created } from '../test/workspace-fixtures.ts'
import { joinedClient } from '../test/role-clients.ts'

describe('commitments: everything besides shows that takes people’s time', () => {
  let t: TestApp
  let client: TestClient
  let base: string
  let workspaceId: string
  let kendall: { id: string }
  let james: { id: string }
  let btr: { id: string }
  beforeAll(async () => {
    t = await startTestApp()
    ;({ client, base, workspaceId } = await ownerWithWorkspace(t.app, 'Commitments'))
    kendall = await created(client, `${base}/people`, { name: 'Kendall Schmidt' })
    james = await created(client, `${base}/people`, { name: 'James Maslow' })
    btr = await created(client, `${base}/acts`, { name: 'Big Time Rush', kind: 'group', isInternal: true })
  })
  afterAll(() => t.close())

  const shoot = (overrides: Record<string, unknown> = {}) => ({
    kind: 'tv-shoot',
    title: 'Season 4 shoot',
    actId: btr.id,
    timeZone: 'America/Los_Angeles',
    startDate: '2013-05-06',
    startTime: '07:00',
    endDate: '2013-05-06',
    endTime: '19:00',
    personIds: [kendall.id],
    ...overrides,
  })

  it('adds a commitment in its own zone, derives its instants, reads, edits and removes it', async () => {
    const res = await client.post(`${base}/commitments`, shoot({ personIds: [kendall.id, james.id], locationName: 'Paramount lot' }))
    expect(res.statusCode).toBe(201)
    const c = res.json()
    expect(c).toMatchObject({
      kind: 'tv-shoot',
      title: 'Season 4 shoot',
      actId: btr.id,
      actName: 'Big Time Rush',
      locationName: 'Paramount lot',
      timeZone: 'America/Los_Angeles',
      startsAt: '2013-05-06T14:00:00.000Z',
      endsAt: '2013-05-07T02:00:00.000Z',
      version: 1,
      conflicts: [],
    })
    expect(c.people.map((p: { personName: string }) => p.personName)).toEqual(['James Maslow', 'Kendall Schmidt'])
    expect((await client.get(`${base}/commitments/${c.id}`)).json()).toEqual(c)

    const edited = await client.put(`${base}/commitments/${c.id}`, { ...shoot({ personIds: [james.id], endTime: '21:00' }), version: 1 })
    expect(edited.statusCode).toBe(200)
    expect(edited.json()).toMatchObject({ version: 2, endsAt: '2013-05-07T04:00:00.000Z', people: [{ personId: james.id }] })
    const stale = await client.put(`${base}/commitments/${c.id}`, { ...shoot(), version: 1 })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().current.version).toBe(2)

    expect((await client.delete(`${base}/commitments/${c.id}`)).statusCode).toBe(204)
    expect((await client.get(`${base}/commitments/${c.id}`)).statusCode).toBe(404)
  })

  it('keeps the copied instants of its people in step when it moves', async () => {
    const c = await created(client, `${base}/commitments`, shoot({ startDate: '2013-05-20', endDate: '2013-05-20', personIds: [kendall.id, james.id] }))
    await client.put(`${base}/commitments/${c.id}`, {
      ...shoot({ startDate: '2013-05-21', endDate: '2013-05-21', personIds: [kendall.id, james.id] }),
      version: 1,
    })
    const rows = await t.database.db
      .select()
      .from(commitmentPeople)
      .where(and(eq(commitmentPeople.workspaceId, workspaceId), eq(commitmentPeople.commitmentId, c.id)))
    expect(rows.map((r) => [r.startsAt.toISOString(), r.endsAt.toISOString()])).toEqual([
      ['2013-05-21T14:00:00.000Z', '2013-05-22T02:00:00.000Z'],
      ['2013-05-21T14:00:00.000Z', '2013-05-22T02:00:00.000Z'],
    ])
  })

  it('makes a commitment without times last all day in its zone, across several days', async () => {
    const off = await created(client, `${base}/commitments`, {
      kind: 'day-off',
      title: 'Days off',
      timeZone: 'America/Sao_Paulo',
      startDate: '2013-08-01',
      endDate: '2013-08-02',
      personIds: [james.id],
    })
    expect(off).toMatchObject({ startTime: null, endTime: null, startsAt: '2013-08-01T03:00:00.000Z', endsAt: '2013-08-03T03:00:00.000Z' })
  })

  it('refuses a start time that does not exist on a spring-forward day, naming startTime', async () => {
    const res = await client.post(
      `${base}/commitments`,
      shoot({ timeZone: 'America/New_York', startDate: '2013-03-10', startTime: '02:30', endDate: '2013-03-10', endTime: '05:00' }),
    )
    expect(res.statusCode).toBe(400)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(res.json().errors).toEqual([{ path: 'startTime', message: expect.stringMatching(/02:30 does not exist on 2013-03-10 in America\/New_York/) }])
  })

  it('refuses an unknown zone on timeZone and an end before the start on endDate', async () => {
    const zone = await client.post(`${base}/commitments`, shoot({ timeZone: 'America/Springfield' }))
    expect(zone.statusCode).toBe(400)
    expect(zone.json().errors).toEqual([{ path: 'timeZone', message: 'unknown time zone "America/Springfield"' }])
    const backwards = await client.post(`${base}/commitments`, shoot({ endDate: '2013-05-05' }))
    expect(backwards.json().errors.map((e: { path: string }) => e.path)).toEqual(['endDate'])
  })

  it('refuses people, acts and venues from another workspace, naming each field', async () => {
    const other = await ownerWithWorkspace(t.app, 'Elsewhere')
    const stranger = await created(other.client, `${other.base}/people`, { name: 'Stranger' })
    const strangeAct = await created(other.client, `${other.base}/acts`, { name: 'Strangers', kind: 'group', isInternal: false })
    const strangeVenue = await created(other.client, `${other.base}/venues`, { name: 'Far Hall', city: 'Austin', country: 'US', timeZone: 'America/Chicago' })
    const res = await client.post(
      `${base}/commitments`,
      shoot({ personIds: [kendall.id, stranger.id, kendall.id], actId: strangeAct.id, venueId: strangeVenue.id }),
    )
    expect(res.statusCode).toBe(400)
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['personIds.1', 'personIds.2', 'actId', 'venueId'])
  })

  it('takes the place and coordinates of a venue when none are given', async () => {
    const venue = await created(client, `${base}/venues`, {
      name: 'Rehearsal Space',
      city: 'Burbank',
      country: 'US',
      latitude: 34.18,
      longitude: -118.31,
      timeZone: 'America/Los_Angeles',
    })
    const c = await created(
      client,
      `${base}/commitments`,
      shoot({ kind: 'rehearsal', title: 'Tour rehearsal', venueId: venue.id, startDate: '2013-06-03', endDate: '2013-06-03' }),
    )
    expect(c).toMatchObject({ venueId: venue.id, locationName: 'Rehearsal Space, Burbank', latitude: 34.18, longitude: -118.31 })
  })

  it('keeps outlet, journalist and embargo notes on promo interviews only', async () => {
    const promo = await created(
      client,
      `${base}/commitments`,
      shoot({
        kind: 'promo-interview',
        title: 'Radio interview',
        outlet: 'Radio Disney',
        journalist: 'A. Host',
        embargoNotes: 'No word about the South America leg',
        startDate: '2013-05-08',
        endDate: '2013-05-08',
        endTime: '08:00',
      }),
    )
    expect(promo).toMatchObject({ outlet: 'Radio Disney', journalist: 'A. Host', embargoNotes: 'No word about the South America leg' })
    const res = await client.post(`${base}/commitments`, shoot({ outlet: 'Radio Disney', startDate: '2013-05-09', endDate: '2013-05-09' }))
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['outlet'])
  })

  it('refuses overlapping bookings of one person with the conflicts, and saves them when acknowledged, recording who decided', async () => {
    await created(client, `${base}/commitments`, shoot({ title: 'Episode 13 shoot', startDate: '2013-05-13', endDate: '2013-05-13' }))
    const clash = shoot({
      kind: 'songwriting',
      title: 'Writing session',
      actId: null,
      startDate: '2013-05-13',
      startTime: '17:00',
      endDate: '2013-05-13',
      endTime: '20:00',
    })
    const refused = await client.post(`${base}/commitments`, clash)
    expect(refused.statusCode).toBe(409)
    expect(refused.json().conflicts).toMatchObject([
      { kind: 'overlap', personId: kendall.id, personName: 'Kendall Schmidt', with: { kind: 'commitment', title: 'Episode 13 shoot' } },
    ])
    expect(
      (await client.get(`${base}/commitments?personId=${kendall.id}&from=2013-05-13&to=2013-05-14`)).json().map((c: { title: string }) => c.title),
    ).toEqual(['Episode 13 shoot'])

    const kept = await client.post(`${base}/commitments`, { ...clash, acknowledgeConflicts: true })
    expect(kept.statusCode).toBe(201)
    expect(kept.json().conflicts).toMatchObject([{ kind: 'overlap', with: { title: 'Episode 13 shoot' } }])
    const [override] = await t.database.db
      .select()
      .from(conflictOverrides)
      .where(and(eq(conflictOverrides.workspaceId, workspaceId), eq(conflictOverrides.bookingId, kept.json().id)))
    expect(override).toMatchObject({ bookingKind: 'commitment', conflicts: [expect.objectContaining({ kind: 'overlap' })] })
  })

  it('asks again on an edit only about the conflicts the edit brings', async () => {
    await created(client, `${base}/commitments`, shoot({ title: 'Morning shoot', startDate: '2013-05-27', endDate: '2013-05-27', endTime: '12:00' }))
    const second = shoot({
      kind: 'rehearsal',
      title: 'Vocal rehearsal',
      actId: null,
      startDate: '2013-05-27',
      startTime: '11:00',
      endDate: '2013-05-27',
      endTime: '13:00',
    })
    const kept = await created(client, `${base}/commitments`, { ...second, acknowledgeConflicts: true })
    const renamed = await client.put(`${base}/commitments/${kept.id}`, { ...second, notes: 'Bring the in-ears', version: 1 })
    expect(renamed.statusCode).toBe(200)
    expect(renamed.json().conflicts).toHaveLength(1)
    const withJames = await client.put(`${base}/commitments/${kept.id}`, { ...second, personIds: [kendall.id, james.id], version: 2 })
    expect(withJames.statusCode).toBe(200)
    const onJamesDay = await created(
      client,
      `${base}/commitments`,
      shoot({ title: 'James solo', personIds: [james.id], startDate: '2013-05-28', endDate: '2013-05-28' }),
    )
    const moved = await client.put(`${base}/commitments/${kept.id}`, {
      ...second,
      personIds: [kendall.id, james.id],
      startDate: '2013-05-28',
      endDate: '2013-05-28',
      version: 3,
    })
    expect(moved.statusCode).toBe(409)
    expect(moved.json().conflicts).toMatchObject([{ personName: 'James Maslow', with: { id: onJamesDay.id } }])
  })

  it('checks a draft for conflicts without saving it, and leaves out the commitment being edited', async () => {
    const saved = await created(client, `${base}/commitments`, shoot({ title: 'Pickup shots', startDate: '2013-05-15', endDate: '2013-05-15' }))
    const draft = shoot({ title: 'Pickup shots', startDate: '2013-05-15', endDate: '2013-05-15' })
    const check = await client.post(`${base}/commitments/check-conflicts`, draft)
    expect(check.statusCode).toBe(200)
    expect(check.json().conflicts).toMatchObject([{ kind: 'overlap', with: { id: saved.id } }])
    expect((await client.post(`${base}/commitments/check-conflicts?commitmentId=${saved.id}`, draft)).json()).toEqual({ conflicts: [] })
    expect((await client.get(`${base}/commitments?from=2013-05-15&to=2013-05-16`)).json()).toHaveLength(1)
  })

  it('lists by person, act and time range, in time order', async () => {
    const list = (q: string) => client.get(`${base}/commitments?${q}`).then((r) => r.json().map((c: { startsAt: string }) => c.startsAt))
    const all = await list('')
    expect(all).toEqual([...all].sort())
    expect((await list(`personId=${james.id}`)).length).toBeGreaterThan(0)
    expect((await list(`actId=${btr.id}&from=2013-06-01T00:00:00-07:00&to=2013-06-30`)).length).toBe(1)
  })

  it('lets viewers read commitments but not add them', async () => {
    const viewer = await joinedClient(t.app, client, base, 'viewer')
    expect((await viewer.get(`${base}/commitments`)).statusCode).toBe(200)
    expect((await viewer.post(`${base}/commitments`, shoot({ startDate: '2013-09-01', endDate: '2013-09-01' }))).statusCode).toBe(403)
  })
})
