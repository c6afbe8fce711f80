import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pdfPageTexts } from '../interop/split-sheet/pdf-text.ts'
import { ownerWithWorkspace, startTestApp, type TestApp, type TestClient } from '../test/test-app.ts'
import { created, summerShow } from '../test/workspace-fixtures.ts'
import { everyRole, type JoinedRole } from '../test/role-clients.ts'

type Res = Awaited<ReturnType<TestClient['request']>>
const problem = (res: Res, status: number, field?: string) => {
  expect(res.statusCode, res.body).toBe(status)
  expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/)
  if (field) expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(field)
}

/** Issue 16 point 3 (ADR 038): a show's guest list, from an empty workspace, for every role. */
describe('guest lists', () => {
  let t: TestApp
  let owner: TestClient
  let base: string
  let as: Record<JoinedRole, TestClient>
  const id: Record<string, string> = {}
  const guests = () => `${base}/shows/${id.show}/guests`

  beforeAll(async () => {
    t = await startTestApp()
    ;({ client: owner, base } = await ownerWithWorkspace(t.app, 'Guests'))
    const roles = await everyRole(t.app, owner, base)
    as = roles.as
    Object.assign(id, roles.personIds)
    const show = await summerShow(owner, base)
    id.act = show.actId
    id.show = show.showId
    const support = await created(owner, `${base}/acts`, { name: 'Victoria Justice', kind: 'solo', isInternal: false })
    id.support = support.id
    const other = await ownerWithWorkspace(t.app, 'Elsewhere')
    id.outsider = (await created(other.client, `${other.base}/people`, { name: 'Someone Else' })).id
  })
  afterAll(() => t.close())

  it('works before anything is saved: version 0, no cut-off, the default allotment, every count zero', async () => {
    const res = await as.member.get(guests())
    expect(res.statusCode, res.body).toBe(200)
    const list = res.json()
    expect(list).toMatchObject({ version: 0, cutoff: null, locked: false, open: true, manages: false, requests: [], allotments: [] })
    expect(list.myAllotment).toMatchObject({ headLimit: 2, passTypes: ['guest'], used: 0, isDefault: true, key: `person:${id.member}` })
    expect(list.counts.map((c: { passType: string }) => c.passType)).toEqual(['guest', 'press', 'industry', 'vip', 'meet-and-greet', 'working'])
    expect(list.counts.every((c: { heads: number }) => c.heads === 0)).toBe(true)
  })

  it('takes a member’s request within the default allotment and refuses one over it with a 409 naming plusN', async () => {
    const res = await as.member.post(`${guests()}/requests`, { name: 'Ciara Bravo', plusN: 1, note: 'Family, from Chicago' })
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json()).toMatchObject({ status: 'pending', passType: 'guest', plusN: 1, mine: true, allotment: `person:${id.member}`, version: 1 })
    id.ciara = res.json().id
    const over = await as.member.post(`${guests()}/requests`, { name: 'One Too Many', plusN: 0 })
    problem(over, 409, 'plusN')
    expect(over.json().detail ?? over.json().title).toMatch(/allotment: 2 places, 2 already asked for, this asks for 1/)
    problem(await as.member.post(`${guests()}/requests`, { name: 'A Reporter', passType: 'press' }), 400, 'passType')
    expect((await as.member.get(guests())).json().requests).toHaveLength(1)
  })

  it('lets only managers set allotments, cut-off and lock, under the list’s version (409 when stale)', async () => {
    const settings = {
      version: 0,
      cutoff: '2013-07-12T15:00',
      locked: false,
      allotments: [
        { personId: id.crew, headLimit: 4, passTypes: ['guest', 'working'] },
        { actId: id.support, headLimit: 6, passTypes: ['guest', 'vip', 'meet-and-greet'] },
      ],
    }
    problem(await as.member.put(guests(), settings), 403)
    problem(await as.crew.put(guests(), settings), 403)
    const res = await as.manager.put(guests(), settings)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({ version: 1, cutoff: '2013-07-12T15:00', cutoffAt: '2013-07-12T20:00:00.000Z', open: true })
    expect(res.json().allotments.map((a: { holderName: string }) => a.holderName)).toEqual(['A crew', 'Victoria Justice'])
    const stale = await owner.put(guests(), { ...settings, locked: true })
    problem(stale, 409)
    expect(stale.json().current.version).toBe(1)
    expect((await owner.get(guests())).json().locked).toBe(false)
  })

  it('charges a touring musician’s request to their own allotment, with its pass types', async () => {
    const res = await as.crew.post(`${guests()}/requests`, { name: 'Zoë Ångström', plusN: 2, passType: 'working', note: 'Merch cover, needs a wristband' })
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json()).toMatchObject({ allotment: `person:${id.crew}`, status: 'pending' })
    id.zoe = res.json().id
    problem(await as.crew.post(`${guests()}/requests`, { name: 'Second One', plusN: 1 }), 409, 'plusN')
    problem(await as.crew.post(`${guests()}/requests`, { name: 'VIP Friend', passType: 'vip' }), 400, 'passType')
  })

  it('shows members their own requests and the counts, managers everything, viewers nothing', async () => {
    const member = (await as.member.get(guests())).json()
    expect(member.requests.map((r: { name: string }) => r.name)).toEqual(['Ciara Bravo'])
    expect(member.allotments).toEqual([])
    expect(JSON.stringify(member)).not.toContain('Zoë')
    expect(JSON.stringify(member)).not.toContain('Merch cover')
    expect(member.counts.find((c: { passType: string }) => c.passType === 'working')).toMatchObject({ requests: 1, heads: 3, pendingHeads: 3 })
    const crew = (await as.crew.get(guests())).json()
    expect(crew.requests.map((r: { name: string }) => r.name)).toEqual(['Zoë Ångström'])
    expect(crew.allotments.map((a: { personId: string }) => a.personId)).toEqual([id.crew])
    expect(crew.myAllotment).toMatchObject({ headLimit: 4, used: 3, isDefault: false })
    const manager = (await as.manager.get(guests())).json()
    expect(manager.requests.map((r: { name: string }) => r.name)).toEqual(['Ciara Bravo', 'Zoë Ångström'])
    problem(await as.viewer.get(guests()), 403)
    problem(await as.viewer.post(`${guests()}/requests`, { name: 'Sneaky' }), 403)
    // someone else's request does not exist for a member
    problem(await as.member.put(`${guests()}/requests/${id.zoe}`, { version: 1, name: 'Taken over' }), 404)
    problem(await as.member.delete(`${guests()}/requests/${id.zoe}`), 404)
    problem(await as.viewer.get(`${guests()}/door-list.csv`), 403)
    problem(await as.viewer.get(`${guests()}/door-list.pdf`), 403)
  })

  it('lets a manager file for a party (approved at once) and decide, refusing a stale decision with 409', async () => {
    problem(await as.member.post(`${guests()}/requests`, { name: 'X', onBehalfOf: { actId: id.support } }), 400, 'onBehalfOf')
    const mg = await as.manager.post(`${guests()}/requests`, {
      name: 'Ελένη Παπαδοπούλου',
      passType: 'meet-and-greet',
      meetAndGreetTime: '17:30',
      note: 'Radio contest winner',
      onBehalfOf: { actId: id.support },
    })
    expect(mg.statusCode, mg.body).toBe(201)
    expect(mg.json()).toMatchObject({ status: 'approved', allotment: `act:${id.support}`, meetAndGreetTime: '17:30' })
    problem(
      await as.manager.post(`${guests()}/requests`, { name: 'No Slot', passType: 'meet-and-greet', onBehalfOf: { actId: id.support } }),
      400,
      'meetAndGreetTime',
    )
    problem(await as.manager.post(`${guests()}/requests`, { name: 'Slot', passType: 'guest', meetAndGreetTime: '17:00' }), 400, 'meetAndGreetTime')
    const own = await as.manager.post(`${guests()}/requests`, { name: '=HYPERLINK("http://evil.example")', plusN: 3 })
    expect(own.json()).toMatchObject({ status: 'approved', allotment: 'managers' })
    id.formula = own.json().id
    id.mg = mg.json().id
    problem(await as.member.post(`${guests()}/requests/${id.ciara}/decision`, { version: 1, decision: 'approved' }), 403)
    const ok = await as.manager.post(`${guests()}/requests/${id.ciara}/decision`, { version: 1, decision: 'approved' })
    expect(ok.statusCode, ok.body).toBe(200)
    expect(ok.json()).toMatchObject({ status: 'approved', version: 2 })
    problem(await owner.post(`${guests()}/requests/${id.ciara}/decision`, { version: 1, decision: 'denied' }), 409)
    const denied = await owner.post(`${guests()}/requests/${id.zoe}/decision`, { version: 1, decision: 'denied' })
    expect(denied.json().status).toBe('denied')
    // a denied request frees its places
    expect((await as.crew.get(guests())).json().myAllotment.used).toBe(0)
  })

  it('sends a member’s edit of a decided request back to the manager, and refuses a stale edit with 409', async () => {
    const res = await as.member.put(`${guests()}/requests/${id.ciara}`, {
      version: 2,
      name: 'Ciara Bravo',
      plusN: 1,
      note: 'Family, from Chicago (mother and sister)',
    })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({ status: 'pending', version: 3 })
    problem(await as.member.put(`${guests()}/requests/${id.ciara}`, { version: 2, name: 'Ciara B.', plusN: 0 }), 409)
    expect((await as.manager.post(`${guests()}/requests/${id.ciara}/decision`, { version: 3, decision: 'approved' })).statusCode).toBe(200)
  })

  it('admits a guest once: two phones offline, then online: one admission, one conflict; the same tap again is the same admission', async () => {
    const url = `${guests()}/requests/${id.ciara}/check-in`
    // both phones ticked Ciara while offline; their queues send when the signal is back
    const phoneA = { checkInId: 'phone-a-tap-0001', device: 'Door phone A', admittedAt: '2013-04-15T11:58:00Z' }
    const phoneB = { checkInId: 'phone-b-tap-0001', device: 'Door phone B', admittedAt: '2013-04-15T11:59:00Z' }
    const [a, b] = await Promise.all([as.manager.post(url, phoneA), owner.post(url, phoneB)])
    const statuses = [a.statusCode, b.statusCode].sort()
    expect(statuses).toEqual([200, 409])
    const conflict = a.statusCode === 409 ? a : b
    const winner = a.statusCode === 200 ? phoneA : phoneB
    expect(conflict.json().detail ?? conflict.json().title).toMatch(/already admitted at \d\d:\d\d \(venue time\) on Door phone [AB]: not admitted again/)
    // the winner's outbox sends its tap again (its answer was lost): the same admission, not a second one
    const again = await (winner === phoneA ? as.manager : owner).post(url, winner)
    expect(again.statusCode, again.body).toBe(200)
    expect(again.json()).toMatchObject({ outcome: 'already-admitted-by-this-tap', request: { checkIn: { checkInId: winner.checkInId } } })
    const list = (await owner.get(guests())).json()
    expect(list.counts.find((c: { passType: string }) => c.passType === 'guest').admitted).toBe(2)
    // a pending or denied guest is not on the door list
    problem(await owner.post(`${guests()}/requests/${id.zoe}/check-in`, { checkInId: 'phone-a-tap-0002' }), 409)
    problem(await as.member.post(url, { checkInId: 'member-tap-0001' }), 403)
    problem(await owner.post(url, { checkInId: 'short' }), 400, 'checkInId')
    // undo, then another phone may admit
    expect((await owner.delete(url)).json().checkIn).toBeNull()
    expect((await owner.post(url, phoneB)).json().outcome).toBe('admitted')
  })

  it('writes the door list as CSV sorted by name, formulas defused, with approved guests only', async () => {
    const res = await owner.get(`${guests()}/door-list.csv`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/^text\/csv/)
    expect(res.headers['content-disposition']).toMatch(/guests-2013-07-12-bridgeview\.csv/)
    const lines = res.body.trimEnd().split('\r\n')
    expect(lines[0]).toBe('Name,Plus,Pass,Meet & greet,Guest of,Note,Admitted')
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['"\'=HYPERLINK(""http://evil.example"")"', 'Ciara Bravo', 'Ελένη Παπαδοπούλου'])
    expect(res.body).not.toContain('Zoë')
    expect(lines[3]).toContain('Meet & greet,17:30')
    // a member's door list holds only their own guests
    const own = await as.member.get(`${guests()}/door-list.csv`)
    expect(own.statusCode).toBe(200)
    expect(
      own.body
        .trimEnd()
        .split('\r\n')
        .slice(1)
        .map((l) => l.split(',')[0]),
    ).toEqual(['Ciara Bravo'])
  })

  it('prints the door list as a PDF whose text reads back: names in every script, counts by type', async () => {
    const res = await owner.get(`${guests()}/door-list.pdf`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('application/pdf')
    const text = (await pdfPageTexts(res.rawPayload)).join('\n')
    expect(text).toContain('Guest list — Big Time Rush')
    expect(text).toContain('Ciara Bravo')
    expect(text).toContain('Ελένη Παπαδοπούλου')
    expect(text).toContain('Guest 6 · Meet & greet 1 · Total 7')
    expect(text).not.toContain('Zoë')
    expect(text.indexOf('Ciara Bravo')).toBeLessThan(text.indexOf('Ελένη'))
  })

  it('closes the list to members at the cut-off (400 naming cutoff) and to everyone when locked (400 naming locked)', async () => {
    const list = (await owner.get(guests())).json()
    const res = await owner.put(guests(), { version: list.version, cutoff: '2013-04-14T09:00', locked: false, allotments: [] })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({ cutoffAt: '2013-04-14T14:00:00.000Z' })
    expect((await as.member.get(guests())).json()).toMatchObject({ open: false })
    problem(await as.member.post(`${guests()}/requests`, { name: 'Too Late' }), 400, 'cutoff')
    problem(await as.member.put(`${guests()}/requests/${id.ciara}`, { version: 4, name: 'Too Late' }), 400, 'cutoff')
    // a manager still adds after the cut-off
    expect((await as.manager.post(`${guests()}/requests`, { name: 'Late Addition' })).statusCode).toBe(201)
    const locked = await owner.put(guests(), { version: res.json().version, cutoff: null, locked: true, allotments: [] })
    expect(locked.json()).toMatchObject({ locked: true, open: false })
    problem(await as.manager.post(`${guests()}/requests`, { name: 'Even Later' }), 400, 'locked')
    problem(await as.member.post(`${guests()}/requests`, { name: 'Even Later' }), 400, 'locked')
    problem(await owner.post(`${guests()}/requests/${id.mg}/decision`, { version: 1, decision: 'denied' }), 400, 'locked')
    // the door still works on a locked list
    expect((await owner.post(`${guests()}/requests/${id.mg}/check-in`, { checkInId: 'phone-a-tap-0003' })).statusCode).toBe(200)
    await owner.put(guests(), { version: locked.json().version, cutoff: null, locked: false, allotments: [] })
  })

  it('answers hostile input with 400 naming the field, and stores nothing', async () => {
    const before = (await owner.get(guests())).json()
    const bad: [unknown, string][] = [
      [{ name: 'X', plusN: -1 }, 'plusN'],
      [{ name: 'X', plusN: 1e9 }, 'plusN'],
      [{ name: 'X', plusN: 1.5 }, 'plusN'],
      [{ name: 'X', passType: 'backstage' }, 'passType'],
      [{ name: '' }, 'name'],
      [{ name: 'Bell\u0007Ringer' }, 'name'],
      [{ name: 'x'.repeat(5000) }, 'name'],
      [{ name: 'X', note: 'y'.repeat(20_000) }, 'note'],
      [{ name: 'X', passType: 'meet-and-greet', meetAndGreetTime: '25:00' }, 'meetAndGreetTime'],
      [{ name: 'X', onBehalfOf: { personId: id.outsider } }, 'onBehalfOf.personId'],
      [{ name: 'X', onBehalfOf: { actId: 'not-a-uuid' } }, 'onBehalfOf.actId'],
    ]
    for (const [body, field] of bad) problem(await owner.post(`${guests()}/requests`, body), 400, field)
    const settings = { version: before.version, cutoff: null, locked: false, allotments: [] as unknown[] }
    problem(await owner.put(guests(), { ...settings, cutoff: '2013-13-01T10:00' }), 400, 'cutoff')
    problem(await owner.put(guests(), { ...settings, cutoff: '2013-03-10T02:30' }), 400, 'cutoff') // the DST gap in Chicago
    problem(await owner.put(guests(), { ...settings, cutoff: '2013-07-13T12:00' }), 400, 'cutoff') // after the show
    problem(
      await owner.put(guests(), { ...settings, allotments: [{ personId: id.member, actId: id.act, headLimit: 2, passTypes: ['guest'] }] }),
      400,
      'allotments.0.personId',
    )
    problem(
      await owner.put(guests(), { ...settings, allotments: [{ personId: id.outsider, headLimit: 2, passTypes: ['guest'] }] }),
      400,
      'allotments.0.personId',
    )
    problem(await owner.put(guests(), { ...settings, allotments: [{ actId: id.act, headLimit: -2, passTypes: ['guest'] }] }), 400, 'allotments.0.headLimit')
    problem(await owner.put(guests(), { ...settings, allotments: [{ actId: id.act, headLimit: 2, passTypes: [] }] }), 400, 'allotments.0.passTypes')
    problem(
      await owner.put(guests(), { ...settings, allotments: [{ actId: id.act, headLimit: 2, passTypes: ['guest', 'guest'] }] }),
      400,
      'allotments.0.passTypes',
    )
    problem(await owner.put(guests(), { ...settings, version: -1 }), 400, 'version')
    problem(await owner.get(`${base}/shows/01900000-0000-7000-8000-00000000dead/guests`), 404)
    problem(await owner.post(`${guests()}/requests/01900000-0000-7000-8000-00000000dead/check-in`, { checkInId: 'phone-a-tap-0009' }), 404)
    const after = (await owner.get(guests())).json()
    expect(after.requests).toEqual(before.requests)
    expect(after.version).toBe(before.version)
  })
})
