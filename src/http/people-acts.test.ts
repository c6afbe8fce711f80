import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ownerWithWorkspace, startTestApp, type TestApp, type TestClient } from '../test/test-app.ts'

describe('people, acts and memberships', () => {
  let t: TestApp
  let client: TestClient
  let base: string
  beforeAll(async () => {
    t = await startTestApp()
    ;({ client, base } = await ownerWithWorkspace(t.app, 'Acts'))
  })
  afterAll(() => t.close())

  it('puts one person in several acts with roles, instruments and partial dates', async () => {
    const dustin = (await client.post(`${base}/people`, { name: 'Dustin Belt' })).json()
    const hd = (await client.post(`${base}/acts`, { name: 'Heffron Drive', kind: 'duo', isInternal: true })).json()
    const btr = (await client.post(`${base}/acts`, { name: 'Big Time Rush', kind: 'group', isInternal: true })).json()
    expect(btr.slug).toBe('big-time-rush')
    expect(
      (
        await client.post(`${base}/acts/heffron-drive/memberships`, {
          personId: dustin.id,
          role: 'member',
          instruments: ['guitar', 'voice'],
          beginDate: '2008',
        })
      ).statusCode,
    ).toBe(201)
    expect(
      (
        await client.post(`${base}/acts/${btr.id}/memberships`, {
          personId: dustin.id,
          role: 'touring-musician',
          instruments: ['guitar'],
          beginDate: '2013-05',
        })
      ).statusCode,
    ).toBe(201)
    const person = (await client.get(`${base}/people/${dustin.id}`)).json()
    expect(person.memberships.map((m: { actSlug: string; role: string }) => `${m.actSlug}:${m.role}`).sort()).toEqual([
      'big-time-rush:touring-musician',
      'heffron-drive:member',
    ])
    expect((await client.get(`${base}/acts/${hd.id}`)).json().memberships[0].beginDate).toBe('2008')
  })

  it('refuses an end date before the begin date and a malformed partial date, naming the fields', async () => {
    const p = (await client.post(`${base}/people`, { name: 'Someone' })).json()
    const before = await client.post(`${base}/acts/big-time-rush/memberships`, { personId: p.id, role: 'member', beginDate: '2013-05', endDate: '2012' })
    expect(before.statusCode).toBe(400)
    expect(before.json().errors).toEqual([{ path: 'endDate', message: 'ends (2012) before it begins (2013-05)' }])
    const malformed = await client.post(`${base}/acts/big-time-rush/memberships`, { personId: p.id, role: 'member', beginDate: '2013-13' })
    expect(malformed.statusCode).toBe(400)
    expect(malformed.json().errors[0].path).toBe('beginDate')
    const role = await client.post(`${base}/acts/big-time-rush/memberships`, { personId: p.id, role: 'roadie' })
    expect(role.json().errors[0].path).toBe('role')
  })

  it('refuses a membership for a person of another workspace', async () => {
    const other = await ownerWithWorkspace(t.app, 'Other')
    const stranger = (await other.client.post(`${other.base}/people`, { name: 'Stranger' })).json()
    const res = await client.post(`${base}/acts/big-time-rush/memberships`, { personId: stranger.id, role: 'member' })
    expect(res.statusCode).toBe(400)
    expect(res.json().errors).toEqual([{ path: 'personId', message: 'no such person in this workspace' }])
  })

  it('answers a stale edit with 409 and the current version, losing nothing', async () => {
    const p = (await client.post(`${base}/people`, { name: 'Versioned' })).json()
    expect((await client.put(`${base}/people/${p.id}`, { name: 'First edit', version: p.version })).statusCode).toBe(200)
    const stale = await client.put(`${base}/people/${p.id}`, { name: 'Second edit', version: p.version })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().current).toMatchObject({ name: 'First edit', version: p.version + 1 })
    expect((await client.get(`${base}/people/${p.id}`)).json().name).toBe('First edit')
  })

  it('searches people and acts by name', async () => {
    const people = (await client.get(`${base}/people?q=dust`)).json()
    expect(people.map((p: { name: string }) => p.name)).toEqual(['Dustin Belt'])
    const acts = (await client.get(`${base}/acts?q=heff`)).json()
    expect(acts.map((a: { slug: string }) => a.slug)).toEqual(['heffron-drive'])
  })

  it('refuses to delete a person still in an act, and deletes one who is not', async () => {
    const dustin = (await client.get(`${base}/people?q=dustin`)).json()[0]
    expect((await client.delete(`${base}/people/${dustin.id}`)).statusCode).toBe(409)
    const loose = (await client.post(`${base}/people`, { name: 'Loose' })).json()
    expect((await client.delete(`${base}/people/${loose.id}`)).statusCode).toBe(204)
    expect((await client.get(`${base}/people/${loose.id}`)).statusCode).toBe(404)
  })

  it('refuses a duplicate act address', async () => {
    const res = await client.post(`${base}/acts`, { name: 'Big Time Rush', kind: 'group', isInternal: true })
    expect(res.statusCode).toBe(409)
    expect(res.json().errors[0].path).toBe('slug')
  })
})
