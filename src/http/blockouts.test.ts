import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ownerWithWorkspace, startTestApp, type TestApp, type TestClient } from '../test/test-app.ts'
import { created } from '../test/workspace-fixtures.ts'
import { joinedClient } from '../test/role-clients.ts'

describe('blockouts: dates a person is unavailable', () => {
  let t: TestApp
  let owner: TestClient
  let base: string
  let member: TestClient
  let memberPersonId: string
  let otherMember: TestClient
  let logan: { id: string }

  /** The person linked to a client's account in the workspace. */
  async function ownPersonId(client: TestClient): Promise<string> {
    const me = (await client.get('/api/me')).json()
    const [person] = (await client.get(`${base}/people?q=${encodeURIComponent(me.user.email)}`)).json()
    return person.id
  }

  beforeAll(async () => {
    t = await startTestApp()
    ;({ client: owner, base } = await ownerWithWorkspace(t.app, 'Blockouts'))
    logan = await created(owner, `${base}/people`, { name: 'Logan Henderson' })
    member = await joinedClient(t.app, owner, base, 'member')
    memberPersonId = await ownPersonId(member)
    otherMember = await joinedClient(t.app, owner, base, 'member')
  })
  afterAll(() => t.close())

  it('lets a member mark their own dates, and edit and remove them', async () => {
    const res = await member.post(`${base}/blockouts`, { personId: memberPersonId, startDate: '2013-07-20', endDate: '2013-07-21', reason: 'Sister’s wedding' })
    expect(res.statusCode).toBe(201)
    const b = res.json()
    expect(b).toMatchObject({
      personId: memberPersonId,
      personName: 'A member',
      startDate: '2013-07-20',
      endDate: '2013-07-21',
      reason: 'Sister’s wedding',
      version: 1,
    })
    const edited = await member.put(`${base}/blockouts/${b.id}`, {
      personId: memberPersonId,
      startDate: '2013-07-19',
      endDate: '2013-07-21',
      reason: 'Sister’s wedding',
      version: 1,
    })
    expect(edited.json()).toMatchObject({ startDate: '2013-07-19', version: 2 })
    expect(
      (await member.put(`${base}/blockouts/${b.id}`, { personId: memberPersonId, startDate: '2013-07-19', endDate: '2013-07-21', version: 1 })).statusCode,
    ).toBe(409)
    expect((await member.delete(`${base}/blockouts/${b.id}`)).statusCode).toBe(204)
    expect((await member.get(`${base}/blockouts?personId=${memberPersonId}`)).json()).toEqual([])
  })

  it('does not let a member mark dates for someone else, nor move theirs onto someone else', async () => {
    const res = await member.post(`${base}/blockouts`, { personId: logan.id, startDate: '2013-07-20', endDate: '2013-07-20' })
    expect(res.statusCode).toBe(403)
    expect(res.json().detail).toMatch(/only for yourself/)
    const own = await created(member, `${base}/blockouts`, { personId: memberPersonId, startDate: '2013-09-01', endDate: '2013-09-01' })
    expect(
      (await member.put(`${base}/blockouts/${own.id}`, { personId: logan.id, startDate: '2013-09-01', endDate: '2013-09-01', version: 1 })).statusCode,
    ).toBe(403)
    const managed = await created(owner, `${base}/blockouts`, { personId: logan.id, startDate: '2013-09-02', endDate: '2013-09-02' })
    expect((await member.delete(`${base}/blockouts/${managed.id}`)).statusCode).toBe(403)
  })

  it('lets crew mark their own dates but not viewers', async () => {
    const crew = await joinedClient(t.app, owner, base, 'crew')
    expect((await crew.post(`${base}/blockouts`, { personId: await ownPersonId(crew), startDate: '2013-08-10', endDate: '2013-08-10' })).statusCode).toBe(201)
    const viewer = await joinedClient(t.app, owner, base, 'viewer')
    expect((await viewer.post(`${base}/blockouts`, { personId: await ownPersonId(viewer), startDate: '2013-08-10', endDate: '2013-08-10' })).statusCode).toBe(
      403,
    )
  })

  it('lets owners and managers mark dates for anyone', async () => {
    const manager = await joinedClient(t.app, owner, base, 'manager')
    expect((await manager.post(`${base}/blockouts`, { personId: logan.id, startDate: '2013-08-15', endDate: '2013-08-16' })).statusCode).toBe(201)
    expect((await owner.post(`${base}/blockouts`, { personId: memberPersonId, startDate: '2013-08-17', endDate: '2013-08-17' })).statusCode).toBe(201)
  })

  it('shows the reason to the person and to managers, and null to other members', async () => {
    const b = await created(member, `${base}/blockouts`, { personId: memberPersonId, startDate: '2013-10-01', endDate: '2013-10-03', reason: 'Surgery' })
    const reasonSeenBy = async (client: TestClient) =>
      (await client.get(`${base}/blockouts?personId=${memberPersonId}`)).json().find((x: { id: string }) => x.id === b.id).reason
    expect(await reasonSeenBy(member)).toBe('Surgery')
    expect(await reasonSeenBy(owner)).toBe('Surgery')
    expect(await reasonSeenBy(otherMember)).toBeNull()
    expect((await otherMember.get(`${base}/blockouts`)).json().find((x: { id: string }) => x.id === b.id)).toMatchObject({
      startDate: '2013-10-01',
      endDate: '2013-10-03',
      reason: null,
    })
  })

  it('refuses an end date before the start date and a person from elsewhere', async () => {
    const backwards = await owner.post(`${base}/blockouts`, { personId: logan.id, startDate: '2013-07-20', endDate: '2013-07-19' })
    expect(backwards.statusCode).toBe(400)
    expect(backwards.json().errors).toEqual([{ path: 'endDate', message: 'ends on 2013-07-19, before it starts (2013-07-20)' }])
    const other = await ownerWithWorkspace(t.app, 'Elsewhere')
    const stranger = await created(other.client, `${other.base}/people`, { name: 'Stranger' })
    expect((await owner.post(`${base}/blockouts`, { personId: stranger.id, startDate: '2013-07-20', endDate: '2013-07-20' })).json().errors).toEqual([
      { path: 'personId', message: 'no such person in this workspace' },
    ])
  })
})
