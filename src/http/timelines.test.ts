import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findFeedByTokenHash } from '../db/queries/feeds.ts'
import { hashSecret } from '../usecases/auth/session-token.ts'
import { ownerWithWorkspace, startTestApp, type TestApp, type TestClient } from '../test/test-app.ts'
import { created } from '../test/workspace-fixtures.ts'
import { joinedClient } from '../test/role-clients.ts'

describe('timelines: one calendar per person across acts, and per act', () => {
  let t: TestApp
  let owner: TestClient
  let base: string
  let dustin: { id: string }
  let kendall: { id: string }
  let btr: { id: string; slug: string }
  let hd: { id: string }
  let victoria: { id: string; slug: string }
  let chicagoShow: { id: string }

  beforeAll(async () => {
    t = await startTestApp()
    ;({ client: owner, base } = await ownerWithWorkspace(t.app, 'Timelines'))
    dustin = await created(owner, `${base}/people`, { name: 'Dustin Belt' })
    kendall = await created(owner, `${base}/people`, { name: 'Kendall Schmidt' })
    btr = await created(owner, `${base}/acts`, { name: 'Big Time Rush', kind: 'group', isInternal: true })
    hd = await created(owner, `${base}/acts`, { name: 'Heffron Drive', kind: 'duo', isInternal: true })
    victoria = await created(owner, `${base}/acts`, { name: 'Victoria Justice', kind: 'solo', isInternal: false })
    const arena = await created(owner, `${base}/venues`, {
      name: 'Arena',
      city: 'Chicago',
      country: 'US',
      latitude: 41.88,
      longitude: -87.63,
      timeZone: 'America/Chicago',
    })
    const club = await created(owner, `${base}/venues`, {
      name: 'Club',
      city: 'Berlin',
      country: 'DE',
      latitude: 52.52,
      longitude: 13.4,
      timeZone: 'Europe/Berlin',
    })
    chicagoShow = await created(owner, `${base}/shows`, {
      actId: btr.id,
      venueId: arena.id,
      localDate: '2013-07-12',
      doors: '19:00',
      curfew: '23:00',
      status: 'confirmed',
      announcement: 'announced',
      billing: [{ actId: victoria.id, role: 'support' }],
      lineup: [
        { personId: kendall.id, role: 'member' },
        { personId: dustin.id, role: 'acoustic-guitar' },
      ],
    })
    await created(owner, `${base}/shows`, {
      actId: hd.id,
      venueId: club.id,
      localDate: '2013-05-20',
      doors: '20:00',
      curfew: '23:00',
      status: 'played',
      announcement: 'announced',
      lineup: [
        { personId: kendall.id, role: 'member' },
        { personId: dustin.id, role: 'member' },
      ],
    })
    await created(owner, `${base}/commitments`, {
      kind: 'rehearsal',
      title: 'HD rehearsal',
      actId: hd.id,
      timeZone: 'America/Los_Angeles',
      startDate: '2013-05-10',
      startTime: '12:00',
      endDate: '2013-05-10',
      endTime: '16:00',
      personIds: [dustin.id, kendall.id],
    })
    await created(owner, `${base}/commitments`, {
      kind: 'songwriting',
      title: 'HD writing session',
      actId: hd.id,
      timeZone: 'America/Chicago',
      startDate: '2013-07-12',
      startTime: '18:00',
      endDate: '2013-07-12',
      endTime: '20:00',
      personIds: [dustin.id],
      acknowledgeConflicts: true,
    })
    await created(owner, `${base}/blockouts`, { personId: dustin.id, startDate: '2013-08-05', endDate: '2013-08-06', reason: 'Moving house' })
  })
  afterAll(() => t.close())

  it("shows a person's shows, commitments and blockouts across both their acts, by time, in each place's zone", async () => {
    const res = await owner.get(`${base}/people/${dustin.id}/timeline`)
    expect(res.statusCode).toBe(200)
    expect(
      res
        .json()
        .map((e: { kind: string; title: string; actName: string | null; localStart: string; timeZone: string }) => [
          e.kind,
          e.title,
          e.actName,
          e.localStart,
          e.timeZone,
        ]),
    ).toEqual([
      ['commitment', 'HD rehearsal', 'Heffron Drive', '2013-05-10 12:00', 'America/Los_Angeles'],
      ['show', 'Club, Berlin', 'Heffron Drive', '2013-05-20 20:00', 'Europe/Berlin'],
      ['commitment', 'HD writing session', 'Heffron Drive', '2013-07-12 18:00', 'America/Chicago'],
      ['show', 'Arena, Chicago', 'Big Time Rush', '2013-07-12 19:00', 'America/Chicago'],
      ['blockout', 'Unavailable: Moving house', null, '2013-08-05 00:00', 'UTC'],
    ])
  })

  it('marks the conflict between two acts on both bookings', async () => {
    const entries = (await owner.get(`${base}/people/${dustin.id}/timeline`)).json()
    const show = entries.find((e: { id: string }) => e.id === chicagoShow.id)
    const session = entries.find((e: { title: string }) => e.title === 'HD writing session')
    expect(show).toMatchObject({
      status: 'confirmed',
      startsAt: '2013-07-13T00:00:00.000Z',
      localEnd: '2013-07-12 23:00',
      conflicts: [{ kind: 'overlap', personName: 'Dustin Belt', with: { title: 'HD writing session' } }],
    })
    expect(session.conflicts).toMatchObject([{ kind: 'overlap', with: { kind: 'show', id: chicagoShow.id } }])
    expect(entries.find((e: { title: string }) => e.title === 'HD rehearsal').conflicts).toEqual([])
  })

  it('keeps to the range asked for and hides the blockout reason from other members', async () => {
    const member = await joinedClient(t.app, owner, base, 'member')
    const july = (await member.get(`${base}/people/${dustin.id}/timeline?from=2013-07-01&to=2013-08-31`)).json()
    expect(july.map((e: { title: string }) => e.title)).toEqual(['HD writing session', 'Arena, Chicago', 'Unavailable'])
    expect((await owner.get(`${base}/people/${dustin.id}/timeline?from=2013-08-01&to=2013-07-01`)).statusCode).toBe(400)
  })

  it("shows an act's shows, headlined or billed, and its commitments, by id or slug", async () => {
    const btrTimeline = (await owner.get(`${base}/acts/${btr.slug}/timeline`)).json()
    expect(btrTimeline.map((e: { title: string }) => e.title)).toEqual(['Arena, Chicago'])
    const hdTimeline = (await owner.get(`${base}/acts/${hd.id}/timeline`)).json()
    expect(hdTimeline.map((e: { title: string }) => e.title)).toEqual(['HD rehearsal', 'Club, Berlin', 'HD writing session'])
    const support = (await owner.get(`${base}/acts/${victoria.slug}/timeline`)).json()
    expect(support).toMatchObject([
      { kind: 'show', title: 'Arena, Chicago (support for Big Time Rush)', actId: btr.id, place: 'Arena, Chicago', conflicts: [] },
    ])
    expect((await owner.get(`${base}/acts/no-such-act/timeline`)).statusCode).toBe(404)
  })
})

describe('private calendar feeds', () => {
  let t: TestApp
  let owner: TestClient
  let base: string
  let workspaceId: string
  let dustin: { id: string }
  beforeAll(async () => {
    t = await startTestApp()
    ;({ client: owner, base, workspaceId } = await ownerWithWorkspace(t.app, 'Feeds'))
    dustin = await created(owner, `${base}/people`, { name: 'Dustin Belt' })
  })
  afterAll(() => t.close())

  it('makes a secret address shown once, lists feeds without it, finds the person by it and stops when revoked', async () => {
    const res = await owner.post(`${base}/people/${dustin.id}/feeds`)
    expect(res.statusCode).toBe(201)
    const feed = res.json()
    expect(feed.url).toMatch(new RegExp(`^https?://[^/]+/feeds/${feed.token}\\.ics$`))
    expect(feed.token.length).toBeGreaterThanOrEqual(40)
    const list = (await owner.get(`${base}/people/${dustin.id}/feeds`)).json()
    expect(list).toEqual([{ id: feed.id, createdAt: expect.any(String) }])
    expect(JSON.stringify(list)).not.toContain(feed.token)
    expect(await findFeedByTokenHash(t.database.db, hashSecret(feed.token))).toEqual({ workspaceId, personId: dustin.id })
    expect(await findFeedByTokenHash(t.database.db, hashSecret('not-a-token'))).toBeNull()

    expect((await owner.delete(`${base}/people/${dustin.id}/feeds/${feed.id}`)).statusCode).toBe(204)
    expect(await findFeedByTokenHash(t.database.db, hashSecret(feed.token))).toBeNull()
    expect((await owner.get(`${base}/people/${dustin.id}/feeds`)).json()).toEqual([])
    expect((await owner.delete(`${base}/people/${dustin.id}/feeds/${feed.id}`)).statusCode).toBe(404)
  })

  it("lets a member make their own feed but not see or make someone else's", async () => {
    const member = await joinedClient(t.app, owner, base, 'member')
    const me = (await member.get('/api/me')).json()
    const [self] = (await member.get(`${base}/people?q=${encodeURIComponent(me.user.email)}`)).json()
    expect((await member.post(`${base}/people/${self.id}/feeds`)).statusCode).toBe(201)
    expect((await member.get(`${base}/people/${dustin.id}/feeds`)).statusCode).toBe(403)
    expect((await member.post(`${base}/people/${dustin.id}/feeds`)).statusCode).toBe(403)
  })
})
