import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ownerWithWorkspace, startTestApp, type TestApp, type TestClient } from '../test/test-app.ts'
import { readWithIcalJs } from '../test/ical-readers.ts'
import { created } from '../test/workspace-fixtures.ts'
import { joinedClient } from '../test/role-clients.ts'
import ICAL from 'ical.js'

// The test clock stands at 2013-04-15 (TEST_NOW).
describe('holds, availability and pitches', () => {
  let t: TestApp
  let client: TestClient
  let base: string
  let me: string
  let label: { id: string }
  let network: { id: string }
  let singer: { id: string }
  let btr: { id: string }
  let other: { id: string }
  beforeAll(async () => {
    t = await startTestApp()
    ;({ client, base } = await ownerWithWorkspace(t.app, 'Rights'))
    me = (await client.get(base)).json().personId
    label = await created(client, `${base}/organizations`, { name: 'Northway Records', kind: 'label' })
    network = await created(client, `${base}/organizations`, { name: 'Kids Channel', kind: 'network' })
    singer = await created(client, `${base}/acts`, { name: 'Outside Singer', kind: 'solo', isInternal: false })
    btr = await created(client, `${base}/acts`, { name: 'Big Time Rush', kind: 'group', isInternal: true })
    other = await created(client, `${base}/people`, { name: 'Another Writer' })
  })
  afterAll(() => t.close())

  const song = (title: string, writer = me) => created(client, `${base}/works`, { title, writers: [{ personId: writer, sharePercent: 100 }] })
  const option = (holderId: string, over: Record<string, unknown> = {}) => ({
    holder: { kind: 'organization', id: holderId },
    kind: 'option',
    startsOn: '2013-01-31',
    period: { months: 6 },
    ...over,
  })

  it('records a six-month option and says who holds the song until when, then since when it is free', async () => {
    const work = await song('Left Off The Album')
    const res = await client.post(`${base}/works/${work.id}/holds`, option(label.id, { notes: 'unused album song' }))
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({
      holder: { kind: 'organization', id: label.id, name: 'Northway Records' },
      kind: 'option',
      startsOn: '2013-01-31',
      period: { months: 6, days: 0 },
      endsOn: null,
      nominalEndsOn: '2013-07-31',
      effectiveEndsOn: '2013-07-31',
      endedByRelease: false,
      notes: 'unused album song',
      version: 1,
    })
    const today = (await client.get(`${base}/works/${work.id}/availability`)).json()
    expect(today).toMatchObject({
      on: '2013-04-15',
      freeOn: '2013-08-01',
      availability: { state: 'held', until: '2013-07-31', text: 'held by Northway Records (option) until 2013-07-31' },
    })
    const later = (await client.get(`${base}/works/${work.id}/availability?on=2013-08-01`)).json()
    expect(later.availability).toEqual({ state: 'free', since: '2013-08-01', text: 'free and clear since 2013-08-01' })
    expect(later.timeline.map((s: { from: string | null; to: string | null }) => [s.from, s.to])).toEqual([
      [null, '2013-01-30'],
      ['2013-01-31', '2013-07-31'],
      ['2013-08-01', null],
    ])
  })

  it('refuses a hold that ends before it starts, naming endsOn, and a hold with neither period nor end, naming period', async () => {
    const work = await song('Backwards')
    const backwards = await client.post(`${base}/works/${work.id}/holds`, option(label.id, { period: null, endsOn: '2013-01-30' }))
    expect(backwards.statusCode).toBe(400)
    expect(backwards.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(backwards.json().errors).toEqual([{ path: 'endsOn', message: 'ends (2013-01-30) before it starts (2013-01-31)' }])
    const open = await client.post(`${base}/works/${work.id}/holds`, option(label.id, { period: null }))
    expect(open.statusCode).toBe(400)
    expect(open.json().errors[0].path).toBe('period')
    expect((await client.get(`${base}/works/${work.id}/holds`)).json()).toEqual([])
  })

  it('refuses a holder that is not in the workspace, naming holder.id', async () => {
    const work = await song('Nobody Holds It')
    const res = await client.post(`${base}/works/${work.id}/holds`, option('00000000-0000-4000-8000-000000000000'))
    expect(res.statusCode).toBe(400)
    expect(res.json().errors[0].path).toBe('holder.id')
  })

  it('refuses an exclusive hold overlapping another exclusive one, naming it, and accepts one starting the day after', async () => {
    const work = await song('Wanted Twice')
    await created(client, `${base}/works/${work.id}/holds`, {
      holder: { kind: 'act', id: singer.id },
      kind: 'exclusive',
      startsOn: '2013-05-01',
      endsOn: '2013-06-30',
    })
    const overlapping = await client.post(`${base}/works/${work.id}/holds`, {
      holder: { kind: 'organization', id: network.id },
      kind: 'exclusive',
      startsOn: '2013-06-30',
      period: { days: 10 },
    })
    expect(overlapping.statusCode).toBe(409)
    expect(overlapping.json().detail).toContain('already held exclusively by Outside Singer from 2013-05-01 to 2013-06-30')
    expect(overlapping.json().errors[0].path).toBe('startsOn')
    const after = await client.post(`${base}/works/${work.id}/holds`, {
      holder: { kind: 'organization', id: network.id },
      kind: 'exclusive',
      startsOn: '2013-07-01',
      period: { days: 10 },
    })
    expect(after.statusCode).toBe(201)
    // Moving the second one into the first is refused too.
    const moved = await client.put(`${base}/works/${work.id}/holds/${after.json().id}`, {
      holder: { kind: 'organization', id: network.id },
      kind: 'exclusive',
      startsOn: '2013-06-01',
      period: { days: 10 },
      version: 1,
    })
    expect(moved.statusCode).toBe(409)
  })

  it("refuses another party's first-use hold inside an exclusive hold, and an exclusive hold over another party's first use; the holder's own is fine", async () => {
    const work = await song('Promised Twice')
    await created(client, `${base}/works/${work.id}/holds`, {
      holder: { kind: 'act', id: singer.id },
      kind: 'exclusive',
      startsOn: '2013-05-01',
      endsOn: '2013-06-30',
    })
    const firstUse = await client.post(`${base}/works/${work.id}/holds`, {
      holder: { kind: 'act', id: btr.id },
      kind: 'first-use',
      startsOn: '2013-06-01',
      period: { months: 3 },
    })
    expect(firstUse.statusCode).toBe(409)
    expect(firstUse.json().detail).toContain('already held exclusively by Outside Singer from 2013-05-01 to 2013-06-30')
    expect(firstUse.json().errors[0].path).toBe('startsOn')
    const own = await client.post(`${base}/works/${work.id}/holds`, {
      holder: { kind: 'act', id: singer.id },
      kind: 'first-use',
      startsOn: '2013-06-01',
      period: { months: 3 },
    })
    expect(own.statusCode).toBe(201)
    const other = await song('Promised Later')
    await created(client, `${base}/works/${other.id}/holds`, {
      holder: { kind: 'act', id: btr.id },
      kind: 'first-use',
      startsOn: '2013-05-01',
      endsOn: '2013-06-30',
    })
    const exclusive = await client.post(`${base}/works/${other.id}/holds`, {
      holder: { kind: 'organization', id: network.id },
      kind: 'exclusive',
      startsOn: '2013-06-15',
      period: { days: 30 },
    })
    expect(exclusive.statusCode).toBe(409)
    expect(exclusive.json().detail).toContain('held by Big Time Rush (first use) from 2013-05-01 to 2013-06-30')
    expect((await client.get(`${base}/works/${other.id}/holds`)).json()).toHaveLength(1)
  })

  it('ends a hold that ends on release the day before the song comes out', async () => {
    const work = await song('Released Early')
    const hold = await created(client, `${base}/works/${work.id}/holds`, option(label.id, { startsOn: '2013-03-01', endsOnRelease: true }))
    expect(hold.effectiveEndsOn).toBe('2013-09-01')
    const recording = await created(client, `${base}/recordings`, { workId: work.id, actId: btr.id, kind: 'master' })
    await created(client, `${base}/release-groups`, {
      actId: btr.id,
      title: 'The Single',
      kind: 'single',
      editions: [{ name: 'Digital', releaseDate: '2013-06', tracks: [{ recordingId: recording.id, position: 1 }] }],
    })
    const availability = (await client.get(`${base}/works/${work.id}/availability?on=2013-07-01`)).json()
    // Known only to the month: counted from the last day of June, when it has certainly happened.
    expect(availability.releaseDays).toEqual(['2013-06-30'])
    expect(availability.holds[0]).toMatchObject({ nominalEndsOn: '2013-09-01', effectiveEndsOn: '2013-06-29', endedByRelease: true })
    expect(availability.availability.text).toBe('free and clear since 2013-06-30')
  })

  it("refuses a pitch while another party's exclusive hold is in force, naming the holder and the end", async () => {
    const work = await song('Exclusive Song')
    await created(client, `${base}/works/${work.id}/holds`, {
      holder: { kind: 'organization', id: network.id },
      kind: 'exclusive',
      startsOn: '2013-04-01',
      endsOn: '2013-05-31',
    })
    const refused = await client.post(`${base}/works/${work.id}/pitches`, { artistName: 'Ellen Example', pitchedOn: '2013-05-10' })
    expect(refused.statusCode).toBe(409)
    expect(refused.json().detail).toBe(
      '“Exclusive Song” cannot be pitched to Ellen Example on 2013-05-10: it is held by Kids Channel (exclusive) until 2013-05-31.',
    )
    expect(refused.json().errors).toEqual([{ path: 'pitchedOn', message: 'held exclusively by Kids Channel until 2013-05-31' }])
    const after = await client.post(`${base}/works/${work.id}/pitches`, { artistName: 'Ellen Example', pitchedOn: '2013-06-01', notes: 'sent the demo' })
    expect(after.statusCode).toBe(201)
    expect(after.json()).toMatchObject({
      workTitle: 'Exclusive Song',
      actId: null,
      artistName: 'Ellen Example',
      status: 'pitched',
      pitchedOn: '2013-06-01',
      statusOn: '2013-06-01',
      version: 1,
    })
    // Moving the pitch back into the exclusive hold is refused; a new status is not.
    const back = await client.put(`${base}/pitches/${after.json().id}`, { artistName: 'Ellen Example', pitchedOn: '2013-05-20', version: 1 })
    expect(back.statusCode).toBe(409)
    const onHold = await client.put(`${base}/pitches/${after.json().id}`, {
      artistName: 'Ellen Example',
      pitchedOn: '2013-06-01',
      status: 'on-hold',
      statusOn: '2013-06-15',
      version: 1,
    })
    expect(onHold.statusCode).toBe(200)
    expect(onHold.json()).toMatchObject({ status: 'on-hold', statusOn: '2013-06-15', notes: '', version: 2 })
    const stale = await client.put(`${base}/pitches/${after.json().id}`, { artistName: 'Ellen Example', pitchedOn: '2013-06-01', status: 'passed', version: 1 })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().current).toMatchObject({ status: 'on-hold', version: 2 })
  })

  it("refuses an open pitch saved while another party's exclusive hold is in force, even dated before it; a pitch already closed then is history", async () => {
    const work = await song('Backdated Song')
    await created(client, `${base}/works/${work.id}/holds`, {
      holder: { kind: 'organization', id: network.id },
      kind: 'exclusive',
      startsOn: '2013-04-01',
      endsOn: '2013-05-31',
    })
    const backdated = await client.post(`${base}/works/${work.id}/pitches`, { artistName: 'Ellen Example', pitchedOn: '2013-03-20' })
    expect(backdated.statusCode).toBe(409)
    expect(backdated.json().detail).toContain('held by Kids Channel (exclusive) until 2013-05-31')
    expect(backdated.json().errors[0].path).toBe('status')
    const history = await client.post(`${base}/works/${work.id}/pitches`, {
      artistName: 'Ellen Example',
      pitchedOn: '2013-03-20',
      status: 'passed',
      statusOn: '2013-03-28',
    })
    expect(history.statusCode).toBe(201)
    const reopened = await client.put(`${base}/pitches/${history.json().id}`, {
      artistName: 'Ellen Example',
      pitchedOn: '2013-03-20',
      status: 'on-hold',
      statusOn: '2013-04-15',
      version: 1,
    })
    expect(reopened.statusCode).toBe(409)
    expect((await client.get(`${base}/works/${work.id}/pitches`)).json()).toMatchObject([{ status: 'passed' }])
  })

  it('lets the holder of an exclusive hold be pitched the song, and names the artist once', async () => {
    const work = await song('Their Song')
    await created(client, `${base}/works/${work.id}/holds`, {
      holder: { kind: 'act', id: singer.id },
      kind: 'exclusive',
      startsOn: '2013-04-01',
      endsOn: '2013-05-31',
    })
    const res = await client.post(`${base}/works/${work.id}/pitches`, { actId: singer.id, pitchedOn: '2013-04-10', status: 'recorded', statusOn: '2013-04-20' })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ actId: singer.id, artistName: 'Outside Singer', status: 'recorded' })
    const both = await client.post(`${base}/works/${work.id}/pitches`, { actId: singer.id, artistName: 'Someone', pitchedOn: '2013-06-10' })
    expect(both.statusCode).toBe(400)
    expect(both.json().errors[0].path).toBe('artistName')
    const early = await client.post(`${base}/works/${work.id}/pitches`, { artistName: 'Someone', pitchedOn: '2013-06-10', statusOn: '2013-06-01' })
    expect(early.json().errors[0].path).toBe('statusOn')
    expect((await client.get(`${base}/works/${work.id}/pitches`)).json()).toHaveLength(1)
  })

  it('refuses a stale hold edit with the current hold, and deletes a hold', async () => {
    const work = await song('Edited Twice')
    const hold = await created(client, `${base}/works/${work.id}/holds`, option(label.id))
    const edited = await client.put(`${base}/works/${work.id}/holds/${hold.id}`, { ...option(label.id), period: null, endsOn: '2013-02-28', version: 1 })
    expect(edited.json()).toMatchObject({ endsOn: '2013-02-28', period: null, effectiveEndsOn: '2013-02-28', version: 2 })
    const stale = await client.put(`${base}/works/${work.id}/holds/${hold.id}`, { ...option(label.id), version: 1 })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().current).toMatchObject({ endsOn: '2013-02-28', version: 2 })
    expect((await client.delete(`${base}/works/${work.id}/holds/${hold.id}`)).statusCode).toBe(204)
    expect((await client.delete(`${base}/works/${work.id}/holds/${hold.id}`)).statusCode).toBe(404)
  })

  it("lists the caller's songs that are free today, and none of anyone else's", async () => {
    const { client: writer, base: wsBase } = await ownerWithWorkspace(t.app, 'Writer')
    const mine = (await writer.get(wsBase)).json().personId
    const someone = await created(writer, `${wsBase}/people`, { name: 'Someone Else' })
    const org = await created(writer, `${wsBase}/organizations`, { name: 'A Label', kind: 'label' })
    const free = await created(writer, `${wsBase}/works`, { title: 'B Free Now', writers: [{ personId: mine, sharePercent: 100 }] })
    const lapsed = await created(writer, `${wsBase}/works`, {
      title: 'A Option Lapsed',
      writers: [
        { personId: mine, sharePercent: 50 },
        { personId: someone.id, sharePercent: 50 },
      ],
    })
    const held = await created(writer, `${wsBase}/works`, { title: 'C Still Held', writers: [{ personId: mine, sharePercent: 100 }] })
    await created(writer, `${wsBase}/works`, { title: 'D Not Mine', writers: [{ personId: someone.id, sharePercent: 100 }] })
    await created(writer, `${wsBase}/works/${lapsed.id}/holds`, {
      holder: { kind: 'organization', id: org.id },
      kind: 'option',
      startsOn: '2012-10-01',
      period: { months: 6 },
    })
    await created(writer, `${wsBase}/works/${held.id}/holds`, {
      holder: { kind: 'organization', id: org.id },
      kind: 'option',
      startsOn: '2013-01-01',
      period: { months: 6 },
    })
    const res = (await writer.get(`${wsBase}/me/free-works`)).json()
    expect(res).toMatchObject({ personId: mine, on: '2013-04-15' })
    expect(res.works).toEqual([
      {
        workId: lapsed.id,
        title: 'A Option Lapsed',
        writers: ['Writer Owner', 'Someone Else'],
        availability: { state: 'free', since: '2013-04-02', text: 'free and clear since 2013-04-02' },
      },
      { workId: free.id, title: 'B Free Now', writers: ['Writer Owner'], availability: { state: 'free', since: null, text: 'free and clear' } },
    ])
  })

  it('lists holds ending within 30 days for managers, and for a member only on the songs they wrote', async () => {
    const { client: owner, base: wsBase } = await ownerWithWorkspace(t.app, 'Expiry')
    const member = await joinedClient(t.app, owner, wsBase, 'member')
    const memberPerson = (await member.get(wsBase)).json().personId
    const someone = await created(owner, `${wsBase}/people`, { name: 'Other Writer' })
    const org = await created(owner, `${wsBase}/organizations`, { name: 'Soon Label', kind: 'label' })
    const theirs = await created(owner, `${wsBase}/works`, { title: 'Member Song', writers: [{ personId: memberPerson, sharePercent: 100 }] })
    const notTheirs = await created(owner, `${wsBase}/works`, { title: 'Other Song', writers: [{ personId: someone.id, sharePercent: 100 }] })
    const hold = (endsOn: string) => ({ holder: { kind: 'organization', id: org.id }, kind: 'hold', startsOn: '2013-01-01', endsOn })
    await created(owner, `${wsBase}/works/${theirs.id}/holds`, hold('2013-05-01'))
    await created(owner, `${wsBase}/works/${theirs.id}/holds`, hold('2013-06-30'))
    await created(owner, `${wsBase}/works/${notTheirs.id}/holds`, hold('2013-04-15'))
    const all = (await owner.get(`${wsBase}/rights/expiring`)).json()
    expect(all.map((e: { workTitle: string; endsOn: string; daysLeft: number; isMine: boolean }) => [e.workTitle, e.endsOn, e.daysLeft, e.isMine])).toEqual([
      ['Other Song', '2013-04-15', 0, false],
      ['Member Song', '2013-05-01', 16, false],
    ])
    const own = (await member.get(`${wsBase}/rights/expiring`)).json()
    expect(own.map((e: { workTitle: string; isMine: boolean }) => [e.workTitle, e.isMine])).toEqual([['Member Song', true]])
    expect((await owner.get(`${wsBase}/rights/expiring?withinDays=90`)).json()).toHaveLength(3)
    expect((await owner.get(`${wsBase}/rights/expiring?withinDays=-1`)).statusCode).toBe(400)
  })

  it('keeps holds from a viewer, shows them only pitches to their own party, and lets them change neither (ADR 013)', async () => {
    const work = await song('Read Only')
    await created(client, `${base}/works/${work.id}/pitches`, { artistName: 'Someone Else', pitchedOn: '2013-04-01' })
    const viewer = await joinedClient(t.app, client, base, 'viewer')
    expect((await viewer.get(`${base}/works/${work.id}/holds`)).statusCode).toBe(403)
    expect((await viewer.get(`${base}/works/${work.id}/availability`)).statusCode).toBe(403)
    expect((await viewer.get(`${base}/works/${work.id}/pitches`)).json()).toEqual([])
    expect((await client.get(`${base}/works/${work.id}/pitches`)).json()).toHaveLength(1)
    expect((await viewer.post(`${base}/works/${work.id}/holds`, option(label.id))).statusCode).toBe(403)
    expect((await viewer.post(`${base}/works/${work.id}/pitches`, { artistName: 'X', pitchedOn: '2013-04-15' })).statusCode).toBe(403)
  })

  it('answers 404 for a song that does not exist and a hold of another song', async () => {
    const missing = '00000000-0000-4000-8000-000000000000'
    expect((await client.get(`${base}/works/${missing}/availability`)).statusCode).toBe(404)
    expect((await client.post(`${base}/works/${missing}/holds`, option(label.id))).statusCode).toBe(404)
    const a = await song('Song A')
    const b = await song('Song B')
    const hold = await created(client, `${base}/works/${a.id}/holds`, option(label.id))
    expect((await client.put(`${base}/works/${b.id}/holds/${hold.id}`, { ...option(label.id), version: 1 })).statusCode).toBe(404)
    expect((await client.delete(`${base}/works/${b.id}/holds/${hold.id}`)).statusCode).toBe(404)
    expect((await client.get(`${base}/pitches/${missing}`)).statusCode).toBe(404)
  })

  it("puts the last day of each hold on the writer's songs in their calendar feed, with an alarm a week before", async () => {
    const work = await song('Feed Song')
    const notMine = await song('Not In My Feed', other.id)
    await created(client, `${base}/works/${work.id}/holds`, option(label.id))
    await created(client, `${base}/works/${notMine.id}/holds`, option(label.id))
    const feed = await created(client, `${base}/people/${me}/feeds`, {})
    const res = await t.app.inject({ method: 'GET', url: `/feeds/${feed.token}.ics` })
    expect(res.statusCode).toBe(200)
    const events = readWithIcalJs(res.body).filter((e) => e.uid.startsWith('hold-'))
    const feedSong = events.filter((e) => e.summary.includes('Feed Song'))
    expect(feedSong).toHaveLength(1)
    expect(feedSong[0]).toMatchObject({
      summary: "“Feed Song”: Northway Records's option ends",
      isAllDay: true,
      startDate: '2013-07-31',
      endDate: '2013-08-01',
    })
    expect(events.some((e) => e.summary.includes('Not In My Feed'))).toBe(false)
    const vevent = new ICAL.Component(ICAL.parse(res.body))
      .getAllSubcomponents('vevent')
      .find((c) => String(c.getFirstPropertyValue('uid')) === feedSong[0]!.uid)!
    const alarm = vevent.getFirstSubcomponent('valarm')!
    expect(String(alarm.getFirstPropertyValue('action'))).toBe('DISPLAY')
    expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('-P7D')
  })
})
