import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ownerWithWorkspace, signUpClient, startTestApp, type TestApp, type TestClient } from '../test/test-app.ts'
import { created } from '../test/workspace-fixtures.ts'
import { joinedClient } from '../test/role-clients.ts'

type Entry = Record<string, unknown>
const song = (id: string, recordingId: string): Entry => ({ id, type: 'song', recordingId })
const forever: Entry = { id: 'fy', type: 'song', title: 'Forever Young', cover: { artist: 'Alphaville' } }

describe('after the show: played set lists, play history and the rules they feed', () => {
  let t: TestApp
  let owner: TestClient
  let kendall: TestClient
  let base: string
  let btr: string
  const rec: Record<string, string> = {}
  const show: Record<string, string> = {}

  async function recording(title: string, actId: string) {
    const work = await created(owner, `${base}/works`, { title, writers: [] })
    return (await created(owner, `${base}/recordings`, { workId: work.id, actId, kind: 'master', durationSeconds: 200 })).id as string
  }

  /** An agreed (the owner decides alone) set list applied to a show. */
  async function agreeAndApply(showId: string, entries: Entry[]) {
    const proposal = await created(owner, `${base}/setlists/proposals`, { actId: btr, title: 'Agreed', targetKind: 'show', targetId: showId, entries })
    expect(proposal.status).toBe('agreed')
    expect((await owner.post(`${base}/setlists/apply`, { versionId: proposal.latestVersion.id, targetKind: 'show', targetId: showId })).statusCode).toBe(200)
    return proposal
  }

  beforeAll(async () => {
    t = await startTestApp()
    ;({ client: owner, base } = await ownerWithWorkspace(t.app, 'Played'))
    const ownerPerson = (await owner.get(base)).json().personId
    btr = (await created(owner, `${base}/acts`, { name: 'Big Time Rush', kind: 'group', isInternal: true })).id
    const heffron = (await created(owner, `${base}/acts`, { name: 'Heffron Drive', kind: 'duo', isInternal: true })).id
    const invite = await created(owner, `${base}/invites`, { role: 'member' })
    kendall = await signUpClient(t.app, 'Kendall Schmidt')
    expect((await kendall.post(`/api/invites/${invite.token}/accept`)).statusCode).toBe(200)
    const kendallPerson = (await kendall.get(base)).json().personId
    await created(owner, `${base}/acts/${btr}/memberships`, { personId: kendallPerson, role: 'member', instruments: ['voice'] })
    for (const [k, title] of [
      ['a', 'Boyfriend'],
      ['b', 'Windows Down'],
      ['c', 'Elevate'],
      ['d', 'Confetti Falling'],
      ['e', 'Music Sounds Better'],
    ] as const)
      rec[k] = await recording(title, btr)
    rec.x = await recording('Parallel', heffron)
    const venue = async (name: string, city: string, timeZone: string) =>
      (await created(owner, `${base}/venues`, { name, city, country: 'US', latitude: 40, longitude: -87, timeZone })).id as string
    const chicago = await venue('Lakeside Arena', 'Chicago', 'America/Chicago')
    const minneapolis = await venue('Target Center', 'Minneapolis', 'America/Chicago')
    const detroit = await venue('Fox Theatre', 'Detroit', 'America/Detroit')
    const older = await created(owner, `${base}/tours`, { actId: btr, name: 'Better With U Tour', legs: [{ name: 'US' }] })
    const summer = await created(owner, `${base}/tours`, { actId: btr, name: 'Summer Break Tour', legs: [{ name: 'US' }] })
    const addShow = async (tour: { id: string; legs: { id: string }[] }, venueId: string, localDate: string) =>
      (
        await created(owner, `${base}/shows`, {
          actId: btr,
          tourId: tour.id,
          legId: tour.legs[0]!.id,
          venueId,
          localDate,
          doors: '19:00',
          setStart: '20:30',
          curfew: '23:00',
          status: 'confirmed',
          announcement: 'announced',
        })
      ).id as string
    show.p1 = await addShow(older, chicago, '2012-02-10')
    show.p2 = await addShow(older, minneapolis, '2012-02-12')
    show.s1 = await addShow(summer, detroit, '2013-04-12')
    show.s2 = await addShow(summer, chicago, '2013-07-12')
    const settings = await owner.put(`${base}/acts/${btr}/setlist-settings`, {
      consensus: 'deciders',
      deciderPersonIds: [ownerPerson],
      rules: { differFromLastTourPct: 50, maxSameCityRepeatPct: 50 },
    })
    expect(settings.statusCode).toBe(200)
    await agreeAndApply(show.s1!, [{ id: 'main', type: 'section', section: 'main' }, song('a', rec.a!), song('b', rec.b!), song('c', rec.c!)])
  })
  afterAll(() => t.close())

  const played = (showId: string) => owner.get(`${base}/shows/${showId}/played`)
  const ruleIds = (violations: { rule: string }[]) => violations.map((v) => v.rule).sort()

  it('answers 404 until something is recorded, and needs entries when no agreed list is applied', async () => {
    expect((await played(show.s1!)).statusCode).toBe(404)
    const none = await owner.put(`${base}/shows/${show.p1}/played`, {})
    expect(none.statusCode).toBe(400)
    expect(none.json().errors[0].path).toBe('entries')
    expect((await owner.get(`${base}/shows/00000000-0000-4000-8000-000000000000/played`)).statusCode).toBe(404)
  })

  it('records what a member says was played, with the swap, the new song and the dropped one marked against the agreed list', async () => {
    const res = await kendall.put(`${base}/shows/${show.s1}/played`, {
      entries: [{ id: 'main', type: 'section', section: 'main' }, song('b', rec.b!), song('a', rec.a!), song('d', rec.d!), forever],
    })
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body).toMatchObject({ showId: show.s1, source: 'recorded', version: 1, recordedAt: '2013-04-15T12:00:00.000Z' })
    expect(body.entries.map((e: { displayTitle: string }) => e.displayTitle)).toEqual([
      'main',
      'Windows Down',
      'Boyfriend',
      'Confetti Falling',
      'Forever Young',
    ])
    expect(body.changes.moved).toHaveLength(1)
    expect([`rec:${rec.a}`, `rec:${rec.b}`]).toContain(body.changes.moved[0].key)
    expect(body.changes.added).toEqual([
      { key: `rec:${rec.d}`, title: 'Confetti Falling', toIndex: 2 },
      { key: 'title:forever young', title: 'Forever Young', toIndex: 3 },
    ])
    expect(body.changes.removed).toEqual([{ key: `rec:${rec.c}`, title: 'Elevate', fromIndex: 2 }])
    expect((await played(show.s1!)).json()).toEqual(body)
  })

  it("refuses songs of another act's repertoire, naming the entry", async () => {
    const res = await owner.put(`${base}/shows/${show.s1}/played`, { entries: [song('a', rec.a!), song('x', rec.x!)], version: 1 })
    expect(res.statusCode).toBe(400)
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['entries.1.recordingId'])
  })

  it("lets a viewer neither record nor read what was played (ADR 013: set lists are the band's)", async () => {
    const viewer = await joinedClient(t.app, owner, base, 'viewer')
    expect((await viewer.put(`${base}/shows/${show.s1}/played`, { entries: [], version: 1 })).statusCode).toBe(403)
    expect((await viewer.get(`${base}/shows/${show.s1}/played`)).statusCode).toBe(403)
    expect((await viewer.get(`${base}/acts/${btr}/play-history`)).statusCode).toBe(403)
    const crew = await joinedClient(t.app, owner, base, 'crew')
    expect((await crew.get(`${base}/shows/${show.s1}/played`)).statusCode).toBe(200)
  })

  it('guards corrections with the version: a stale or missing one gets 409 with the current list', async () => {
    const current = (await played(show.s1!)).json()
    const entries = current.entries.map(({ displayTitle: _, ...e }: Entry) => e)
    const ok = await owner.put(`${base}/shows/${show.s1}/played`, { entries, version: 1 })
    expect(ok.statusCode).toBe(200)
    expect(ok.json().version).toBe(2)
    const stale = await kendall.put(`${base}/shows/${show.s1}/played`, { entries: [], version: 1 })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().current).toMatchObject({ version: 2, showId: show.s1 })
    expect((await kendall.put(`${base}/shows/${show.s1}/played`, { entries: [] })).statusCode).toBe(409)
    expect((await played(show.s1!)).json().entries).toHaveLength(5)
  })

  it('feeds the rules: differ from the last tour and same-city repeat appear once history exists', async () => {
    const draft = [song('a', rec.a!), song('b', rec.b!), song('c', rec.c!), song('d', rec.d!)]
    const proposal = await created(kendall, `${base}/setlists/proposals`, {
      actId: btr,
      title: 'Chicago',
      targetKind: 'show',
      targetId: show.s2,
      entries: draft,
    })
    expect(ruleIds(proposal.latestVersion.violations)).toEqual([])

    expect((await owner.put(`${base}/shows/${show.p1}/played`, { entries: [song('a', rec.a!), song('b', rec.b!), song('c', rec.c!)] })).statusCode).toBe(200)
    expect((await owner.put(`${base}/shows/${show.p2}/played`, { entries: [song('a', rec.a!), song('b', rec.b!), song('e', rec.e!)] })).statusCode).toBe(200)

    const after = (await owner.get(`${base}/setlists/proposals/${proposal.id}`)).json().latestVersion.violations
    expect(ruleIds(after)).toEqual(['differ-from-last-tour', 'same-city-repeat'])
    const differ = after.find((v: { rule: string }) => v.rule === 'differ-from-last-tour')
    expect(differ.message).toContain('1 of 4 (25 %)')
    expect(differ.entryIds).toEqual(['a', 'b', 'c'])
    const city = after.find((v: { rule: string }) => v.rule === 'same-city-repeat')
    expect(city.message).toContain('3 of its 3 songs')

    // Detroit had no earlier show: only the last tour counts there
    const s1 = (await owner.get(`${base}/shows/${show.s1}/setlist`)).json()
    expect(ruleIds(s1.violations)).toEqual(['differ-from-last-tour'])
  })

  it('keeps play history per song: times played, times this tour, last played where; last played first', async () => {
    const res = await owner.get(`${base}/acts/${btr}/play-history`)
    expect(res.statusCode).toBe(200)
    const history = res.json()
    expect(history.tour).toMatchObject({ name: 'Summer Break Tour' })
    const detroit = { showId: show.s1, date: '2013-04-12', venueName: 'Fox Theatre', city: 'Detroit', country: 'US' }
    expect(
      history.songs.map((s: { title: string; timesPlayed: number; timesThisTour: number; lastPlayed: { city: string } }) => [
        s.title,
        s.timesPlayed,
        s.timesThisTour,
        s.lastPlayed.city,
      ]),
    ).toEqual([
      ['Windows Down', 3, 1, 'Detroit'],
      ['Boyfriend', 3, 1, 'Detroit'],
      ['Confetti Falling', 1, 1, 'Detroit'],
      ['Forever Young', 1, 1, 'Detroit'],
      ['Music Sounds Better', 1, 0, 'Minneapolis'],
      ['Elevate', 1, 0, 'Chicago'],
    ])
    expect(history.songs[0]).toMatchObject({ songKey: `rec:${rec.b}`, recordingId: rec.b, lastPlayed: detroit })
    expect(history.songs[3]).toMatchObject({ songKey: 'title:forever young', recordingId: null })

    const one = (await owner.get(`${base}/recordings/${rec.c}/play-history`)).json()
    expect(one).toMatchObject({
      title: 'Elevate',
      timesPlayed: 1,
      timesThisTour: 0,
      lastPlayed: { showId: show.p1, city: 'Chicago', venueName: 'Lakeside Arena', date: '2012-02-10' },
    })
    expect(one.plays).toHaveLength(1)
    const never = (await owner.get(`${base}/recordings/${rec.x}/play-history`)).json()
    expect(never).toMatchObject({ title: 'Parallel', timesPlayed: 0, timesThisTour: 0, lastPlayed: null, plays: [] })
  })
})
