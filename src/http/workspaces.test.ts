import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ownerWithWorkspace, signUpClient, startTestApp, TestClient, type TestApp } from '../test/test-app.ts'

describe('workspaces, roles and invites', () => {
  let t: TestApp
  let owner: TestClient
  let base: string
  beforeAll(async () => {
    t = await startTestApp()
    ;({ client: owner, base } = await ownerWithWorkspace(t.app, 'Roles'))
  })
  afterAll(() => t.close())

  async function joinAs(role: string) {
    const invite = (await owner.post(`${base}/invites`, { role })).json()
    const client = await signUpClient(t.app, `A ${role}`)
    const preview = await new TestClient(t.app).get(`/api/invites/${invite.token}`)
    expect(preview.json().role).toBe(role)
    const accepted = await client.post(`/api/invites/${invite.token}/accept`)
    expect(accepted.statusCode).toBe(200)
    return { client, invite }
  }

  it('refuses a taken workspace address naming the slug', async () => {
    const res = await owner.post('/api/workspaces', { name: 'Again', slug: 'again' })
    expect(res.statusCode).toBe(201)
    const dup = await owner.post('/api/workspaces', { name: 'Again', slug: 'again' })
    expect(dup.statusCode).toBe(409)
    expect(dup.json().errors[0].path).toBe('slug')
  })

  it('lets a viewer read but not change anything', async () => {
    const { client: viewer } = await joinAs('viewer')
    expect((await viewer.get(`${base}/people`)).statusCode).toBe(200)
    const res = await viewer.post(`${base}/people`, { name: 'Not allowed' })
    expect(res.statusCode).toBe(403)
    expect(res.json().detail).toMatch(/viewer/)
    expect((await viewer.post(`${base}/invites`, { role: 'viewer' })).statusCode).toBe(403)
  })

  it('lets a member edit people but not invite', async () => {
    const { client: member } = await joinAs('member')
    expect((await member.post(`${base}/people`, { name: 'Added by member' })).statusCode).toBe(201)
    expect((await member.post(`${base}/invites`, { role: 'viewer' })).statusCode).toBe(403)
  })

  it('uses an invite link once, and not after it is revoked', async () => {
    const { invite } = await joinAs('crew')
    const second = await signUpClient(t.app)
    expect((await second.post(`/api/invites/${invite.token}/accept`)).statusCode).toBe(404)
    const another = (await owner.post(`${base}/invites`, { role: 'member' })).json()
    expect((await owner.delete(`${base}/invites/${another.id}`)).statusCode).toBe(204)
    expect((await second.post(`/api/invites/${another.token}/accept`)).statusCode).toBe(404)
  })

  it('keeps at least one owner and lets only owners grant ownership', async () => {
    const me = (await owner.get('/api/me')).json()
    const res = await owner.put(`${base}/members/${me.user.id}`, { role: 'manager' })
    expect(res.statusCode).toBe(409)
    const { client: manager } = await joinAs('manager')
    const members = (await owner.get(`${base}/members`)).json() as { userId: string; role: string }[]
    const crew = members.find((m) => m.role === 'crew')!
    expect((await manager.put(`${base}/members/${crew.userId}`, { role: 'owner' })).statusCode).toBe(403)
    expect((await manager.put(`${base}/members/${crew.userId}`, { role: 'member' })).statusCode).toBe(200)
  })

  it('refuses an unknown role naming the field', async () => {
    const res = await owner.post(`${base}/invites`, { role: 'drummer' })
    expect(res.statusCode).toBe(400)
    expect(res.json().errors[0].path).toBe('role')
  })
})
