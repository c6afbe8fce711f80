import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ownerWithWorkspace, startTestApp, TEST_NOW, type TestApp, type TestClient } from '../test/test-app.ts'
import { created } from '../test/workspace-fixtures.ts'
import { joinedClient } from '../test/role-clients.ts'

/** Issue 15, points 1–3 and 7: days of a tour, their schedules, default schedules and the day sheet, with its privacy. */
describe('the road: tour days, schedules and day sheets', () => {
  let t: TestApp
  let owner: TestClient
  let guest: TestClient
  let base: string
  const id: Record<string, string> = {}

  beforeAll(async () => {
    t = await startTestApp()
    ;({ client: owner, base } = await ownerWithWorkspace(t.app, 'Road'))
    for (const name of ['Kendall Schmidt', 'Dustin Belt']) id[name] = (await created(owner, `${base}/people`, { name })).id
    id.btr = (await created(owner, `${base}/acts`, { name: 'Big Time Rush', kind: 'group', isInternal: true })).id
    id.vj = (await created(owner, `${base}/acts`, { name: 'Victoria Justice', kind: 'solo', isInternal: false })).id
    // Victoria's own login: a viewer (joining gives her a person of her own), in the support act
    guest = await joinedClient(t.app, owner, base, 'viewer')
    id['Victoria Justice'] = (await guest.get(base)).json().personId
    await created(owner, `${base}/acts/${id.btr}/memberships`, { personId: id['Kendall Schmidt'], role: 'member' })
    await created(owner, `${base}/acts/${id.vj}/memberships`, { personId: id['Victoria Justice'], role: 'member' })
    id.venue = (await created(owner, `${base}/venues`, { name: 'Irving Plaza', city: 'New York', country: 'US', timeZone: 'America/New_York' })).id
    const tour = await created(owner, `${base}/tours`, { actId: id.btr, name: 'Summer 2013', legs: [{ name: 'East' }] })
    id.tour = tour.id
    id.leg = tour.legs[0].id
    const show = (localDate: string) => ({
      actId: id.btr,
      tourId: id.tour,
      legId: id.leg,
      venueId: id.venue,
      localDate,
      loadIn: '15:00',
      soundcheck: '17:00',
      doors: '20:00',
      setStart: '22:30',
      curfew: '00:30',
      status: 'confirmed',
      announcement: 'announced',
      billing: [{ actId: id.vj, role: 'support' }],
      lineup: [{ personId: id['Dustin Belt'], role: 'acoustic guitar' }],
    })
    id.show = (await created(owner, `${base}/shows`, show('2013-07-12'))).id
    await created(owner, `${base}/shows`, show('2013-07-15'))
  })
  afterAll(() => t.close())

  const day = (o: Record<string, unknown> = {}) => ({
    actId: id.btr,
    tourId: id.tour,
    legId: id.leg,
    localDate: '2013-07-12',
    type: 'show',
    city: 'New York',
    timeZone: 'America/New_York',
    notes: 'Production office in the basement; the promoter pays the runner.',
    ...o,
  })
  const item = (o: Record<string, unknown> = {}) => ({ title: 'Radio interview', kind: 'interview', startTime: '11:00', audience: 'everyone', ...o })

  it('lists a leg’s days with the show days derived from the shows and the gaps visible', async () => {
    const res = await owner.get(`${base}/tours/${id.tour}/days?legId=${id.leg}`)
    expect(res.statusCode).toBe(200)
    const list = res.json()
    expect(list.gaps).toBe(2)
    expect(list.dates.map((d: { localDate: string; type: string | null; dayId: string | null }) => [d.localDate, d.type, d.dayId])).toEqual([
      ['2013-07-12', 'show', null],
      ['2013-07-13', null, null],
      ['2013-07-14', null, null],
      ['2013-07-15', 'show', null],
    ])
    expect(list.dates[0].shows[0]).toMatchObject({ venueName: 'Irving Plaza', timeZone: 'America/New_York' })
  })

  it('stores a day with its type, city and zone; refuses an unknown zone, another act’s tour and a second day on a date', async () => {
    const bad = await owner.post(`${base}/days`, day({ timeZone: 'America/Gotham' }))
    expect(bad.statusCode).toBe(400)
    expect(bad.json().errors).toEqual([{ path: 'timeZone', message: expect.stringContaining('America/Gotham') }])
    const other = await owner.post(`${base}/days`, day({ actId: id.vj }))
    expect(other.statusCode).toBe(400)
    expect(other.json().errors.map((e: { path: string }) => e.path)).toEqual(['tourId'])
    const res = await owner.post(`${base}/days`, day())
    expect(res.statusCode).toBe(201)
    id.day = res.json().id
    expect(res.json()).toMatchObject({ type: 'show', city: 'New York', version: 1, items: [] })
    expect((await owner.post(`${base}/days`, day())).statusCode).toBe(409)
    // an off day in the gap
    await created(owner, `${base}/days`, day({ localDate: '2013-07-13', type: 'off', notes: '' }))
    const list = (await owner.get(`${base}/tours/${id.tour}/days`)).json()
    expect(list.gaps).toBe(1)
    expect(list.dates.slice(0, 2).map((d: { type: string; dayId: string | null }) => [d.type, d.dayId !== null])).toEqual([
      ['show', true],
      ['off', true],
    ])
  })

  it('edits a day guarded by its version: a stale edit is a 409 carrying the current day', async () => {
    const first = await owner.put(`${base}/days/${id.day}`, { ...day({ city: 'Manhattan' }), version: 1 })
    expect(first.statusCode).toBe(200)
    expect(first.json().version).toBe(2)
    const stale = await owner.put(`${base}/days/${id.day}`, { ...day(), version: 1 })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().current).toMatchObject({ version: 2, city: 'Manhattan' })
  })

  it('applies the standard show day to the show’s times, the curfew and the last bus call after midnight (+1 day)', async () => {
    const template = await created(owner, `${base}/schedule-templates`, {
      name: 'Standard show day',
      items: [
        { title: 'Bus call', kind: 'bus-call', anchor: 'loadIn', offsetMinutes: -60 },
        { title: 'Load-in', kind: 'load-in', anchor: 'loadIn', audience: 'crew' },
        { title: 'Soundcheck', kind: 'soundcheck', anchor: 'soundcheck', audience: 'band' },
        { title: 'Doors', kind: 'doors', anchor: 'doors' },
        { title: 'Support', kind: 'support', anchor: 'doors', offsetMinutes: 60 },
        { title: 'Set', kind: 'set', anchor: 'setStart', durationMinutes: 100 },
        { title: 'Curfew', kind: 'curfew', anchor: 'curfew' },
        { title: 'Bus call', kind: 'bus-call', anchor: 'curfew', offsetMinutes: 90, display: 'approximate' },
      ],
    })
    id.template = template.id
    const res = await owner.post(`${base}/days/${id.day}/apply-template`, { templateId: template.id })
    expect(res.statusCode).toBe(200)
    const { day: applied, skipped } = res.json()
    expect(skipped).toEqual([])
    expect(applied.items.map((i: { title: string; timeLabel: string }) => `${i.timeLabel} ${i.title}`)).toEqual([
      '14:00 Bus call',
      '15:00 Load-in',
      '17:00 Soundcheck',
      '20:00 Doors',
      '21:00 Support',
      '22:30 Set',
      '00:30 (+1 day) Curfew',
      '~02:00 (+1 day) Bus call',
    ])
    const set = applied.items.find((i: { title: string }) => i.title === 'Set')
    expect(set).toMatchObject({ startsAt: '2013-07-13T02:30:00.000Z', endTime: '00:10', endDayOffset: 1, endsAt: '2013-07-13T04:10:00.000Z' })
    expect(applied.items.find((i: { title: string }) => i.title === 'Curfew').startsAt).toBe('2013-07-13T04:30:00.000Z')
  })

  it('adds and moves lines in the day’s zone; refuses a line outside its day, an unknown person, an act-less act audience, a stale version', async () => {
    const vjLine = await created(
      owner,
      `${base}/days/${id.day}/items`,
      item({ title: 'Victoria: meet and greet', kind: 'meet-and-greet', startTime: '19:00', audience: 'act', audienceActId: id.vj }),
    )
    id.vjLine = vjLine.id
    const dustin = await created(
      owner,
      `${base}/days/${id.day}/items`,
      item({
        title: 'Acoustic rehearsal',
        kind: 'rehearsal',
        startTime: '16:00',
        endTime: '16:45',
        audience: 'people',
        personIds: [id['Dustin Belt']],
        confirmed: true,
      }),
    )
    expect(dustin).toMatchObject({ startsAt: '2013-07-12T20:00:00.000Z', people: [{ personName: 'Dustin Belt' }], confirmed: true, version: 1 })
    id.dustinLine = dustin.id
    await created(owner, `${base}/days/${id.day}/items`, item({ title: 'Band dinner', kind: 'meal', startTime: '18:30', audience: 'band', display: 'tbc' }))

    const twoDays = await owner.post(`${base}/days/${id.day}/items`, item({ startTime: '02:00', afterMidnight: true, endTime: '01:00' }))
    expect(twoDays.statusCode).toBe(400)
    expect(twoDays.json().errors).toEqual([{ path: 'endTime', message: expect.stringMatching(/two days/) }])
    const late = await owner.post(`${base}/days/${id.day}/items`, item({ startTime: '09:00', afterMidnight: true }))
    expect(late.json().errors.map((e: { path: string }) => e.path)).toEqual(['startTime'])
    const nobody = await owner.post(`${base}/days/${id.day}/items`, item({ audience: 'people', personIds: ['0190a000-0000-7000-8000-000000000000'] }))
    expect(nobody.json().errors.map((e: { path: string }) => e.path)).toEqual(['personIds.0'])
    const noAct = await owner.post(`${base}/days/${id.day}/items`, item({ audience: 'act' }))
    expect(noAct.json().errors.map((e: { path: string }) => e.path)).toEqual(['audienceActId'])

    const moved = await owner.put(`${base}/days/${id.day}/items/${dustin.id}`, {
      ...item({ title: 'Acoustic rehearsal', kind: 'rehearsal', startTime: '16:30', audience: 'people', personIds: [id['Dustin Belt']] }),
      version: 1,
    })
    expect(moved.statusCode).toBe(200)
    expect(moved.json()).toMatchObject({ startTime: '16:30', version: 2 })
    const stale = await owner.put(`${base}/days/${id.day}/items/${dustin.id}`, { ...item({ audience: 'people', personIds: [id['Dustin Belt']] }), version: 1 })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().current.startTime).toBe('16:30')
  })

  it('gives each person their own day: Dustin his line, the band’s and everyone’s, with his own clock beside the day’s', async () => {
    const res = await owner.get(`${base}/days/${id.day}/sheet?personId=${id['Dustin Belt']}&zone=Europe/London`)
    expect(res.statusCode).toBe(200)
    const sheet = res.json()
    expect(sheet).toMatchObject({ personName: 'Dustin Belt', timeZone: 'America/New_York', myTimeZone: 'Europe/London', city: 'Manhattan' })
    const titles = sheet.items.map((i: { title: string }) => i.title)
    expect(titles).toContain('Acoustic rehearsal')
    expect(titles).toContain('Band dinner') // in the show's lineup: the band
    expect(titles).not.toContain('Victoria: meet and greet')
    expect(titles).not.toContain('Load-in') // crew only
    expect(sheet.items.find((i: { title: string }) => i.title === 'Acoustic rehearsal').myTime).toBe('21:30')
    expect(sheet.items.find((i: { title: string }) => i.title === 'Curfew').myTime).toBe('05:30')
    expect(sheet.show).toMatchObject({ venueName: 'Irving Plaza', timesAfterMidnight: ['curfew'] })
    const badZone = await owner.get(`${base}/days/${id.day}/sheet?zone=Narnia/Cair_Paravel`)
    expect(badZone.statusCode).toBe(400)
    expect(badZone.json().errors[0].path).toBe('zone')
  })

  it('shows a support-act guest only what is theirs: their party’s lines and everyone’s, no one else’s, no notes, no one else’s sheet', async () => {
    const sheet = (await guest.get(`${base}/days/${id.day}/sheet`)).json()
    expect(sheet.personId).toBe(id['Victoria Justice'])
    const titles: string[] = sheet.items.map((i: { title: string }) => i.title)
    expect(titles).toContain('Victoria: meet and greet')
    expect(titles).toContain('Doors')
    for (const other of ['Acoustic rehearsal', 'Band dinner', 'Load-in', 'Soundcheck']) expect(titles).not.toContain(other)
    expect(sheet.notes).toBe('')
    const dayView = (await guest.get(`${base}/days/${id.day}`)).json()
    expect(dayView.items.map((i: { title: string }) => i.title).sort()).toEqual([...titles].sort())
    expect(JSON.stringify(dayView)).not.toContain('Production office')
    expect((await guest.get(`${base}/days/${id.day}/sheet?personId=${id['Dustin Belt']}`)).statusCode).toBe(403)
    expect((await guest.put(`${base}/days/${id.day}/items/${id.vjLine}`, { ...item(), version: 1 })).statusCode).toBe(403)
    // the off day has no line of hers: it does not exist for her
    const days = (await guest.get(`${base}/days`)).json()
    expect(days.map((d: { id: string }) => d.id)).toEqual([id.day])
    const mine = (await guest.get(`${base}/day-sheets?from=2013-07-10`)).json()
    expect(mine.map((s: { dayId: string }) => s.dayId)).toEqual([id.day])
  })

  it('puts the lines that reach a person in their private calendar feed, on the day’s clock, past midnight as it is', async () => {
    const feed = await created(owner, `${base}/people/${id['Dustin Belt']}/feeds`, {})
    const res = await owner.get(new URL(feed.url).pathname)
    expect(res.statusCode).toBe(200)
    const ics = res.body.replace(/\r\n /g, '')
    expect(ics).toContain('SUMMARY:Acoustic rehearsal')
    expect(ics).toContain('SUMMARY:Curfew')
    expect(ics).toContain('DTSTART;TZID=America/New_York:20130713T003000') // the curfew, 00:30 the morning after
    expect(ics).not.toContain('Victoria: meet and greet')
    expect(ics).not.toContain('SUMMARY:Load-in')
  })

  it('says when the day was last updated, and removes a line', async () => {
    const line = (await owner.get(`${base}/days/${id.day}`)).json().items.find((i: { id: string }) => i.id === id.dustinLine)
    await owner.put(`${base}/days/${id.day}/items/${id.dustinLine}`, {
      ...item({ title: line.title, kind: line.kind, startTime: '16:15', audience: 'people', personIds: [id['Dustin Belt']] }),
      version: line.version,
    })
    expect((await owner.get(`${base}/days/${id.day}/sheet`)).json().updatedAt).toBe(TEST_NOW.toISOString())
    expect((await owner.delete(`${base}/days/${id.day}/items/${id.dustinLine}`)).statusCode).toBe(204)
    expect((await owner.get(`${base}/days/${id.day}`)).json().items.some((i: { id: string }) => i.id === id.dustinLine)).toBe(false)
  })

  it('keeps a day when its leg is removed from the tour: the day stays on the tour, on no leg', async () => {
    const tour = await created(owner, `${base}/tours`, { actId: id.btr, name: 'Winter 2013', legs: [{ name: 'Europe' }, { name: 'Asia' }] })
    const [europe, asia] = tour.legs as { id: string; name: string }[]
    const asiaDay = await created(
      owner,
      `${base}/days`,
      day({ tourId: tour.id, legId: asia!.id, localDate: '2013-12-01', type: 'off', city: 'Tokyo', timeZone: 'Asia/Tokyo' }),
    )
    const res = await owner.put(`${base}/tours/${tour.id}`, {
      actId: id.btr,
      name: 'Winter 2013',
      legs: [{ id: europe!.id, name: 'Europe' }],
      version: tour.version,
    })
    expect(res.statusCode, res.body).toBe(200)
    const kept = await owner.get(`${base}/days/${asiaDay.id}`)
    expect(kept.statusCode).toBe(200)
    expect(kept.json()).toMatchObject({ tourId: tour.id, legId: null, city: 'Tokyo' })
  })
})
