import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ownerWithWorkspace, startTestApp, type TestApp, type TestClient } from '../test/test-app.ts'
import { created } from '../test/workspace-fixtures.ts'
import { joinedClient } from '../test/role-clients.ts'

describe('organizations', () => {
  let t: TestApp
  let client: TestClient
  let base: string
  beforeAll(async () => {
    t = await startTestApp()
    ;({ client, base } = await ownerWithWorkspace(t.app, 'Organizations'))
  })
  afterAll(() => t.close())

  const label = { name: 'Northway Records', kind: 'label', ipiNameNumber: '00014107338', society: 'ASCAP', notes: 'The band’s label' }

  it('adds an organisation, reads it back, finds it by name or kind and edits it under its version', async () => {
    const res = await client.post(`${base}/organizations`, label)
    expect(res.statusCode).toBe(201)
    const org = res.json()
    expect(org).toMatchObject({ ...label, version: 1 })
    expect((await client.get(`${base}/organizations/${org.id}`)).json()).toEqual(org)
    expect((await client.get(`${base}/organizations?q=northway`)).json().map((o: { id: string }) => o.id)).toEqual([org.id])
    expect((await client.get(`${base}/organizations?kind=network`)).json().map((o: { id: string }) => o.id)).not.toContain(org.id)

    const edited = await client.put(`${base}/organizations/${org.id}`, { ...label, society: null, ipiNameNumber: null, version: 1 })
    expect(edited.statusCode).toBe(200)
    expect(edited.json()).toMatchObject({ society: null, ipiNameNumber: null, version: 2 })
    const stale = await client.put(`${base}/organizations/${org.id}`, { ...label, version: 1 })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().current).toMatchObject({ society: null, version: 2 })
  })

  it('refuses an IPI name number that is not 11 digits and an unknown kind, naming the fields', async () => {
    const res = await client.post(`${base}/organizations`, { ...label, ipiNameNumber: '12345', kind: 'bank' })
    expect(res.statusCode).toBe(400)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['ipiNameNumber', 'kind'])
  })

  it('refuses to delete an organisation holding an option on a song, and deletes an unused one', async () => {
    const person = await created(client, `${base}/people`, { name: 'Writer' })
    const work = await created(client, `${base}/works`, { title: 'Held Song', writers: [{ personId: person.id, sharePercent: 100 }] })
    const holder = await created(client, `${base}/organizations`, { name: 'Holding Label', kind: 'label' })
    await created(client, `${base}/works/${work.id}/holds`, {
      holder: { kind: 'organization', id: holder.id },
      kind: 'option',
      startsOn: '2013-01-01',
      period: { months: 6 },
    })
    const refused = await client.delete(`${base}/organizations/${holder.id}`)
    expect(refused.statusCode).toBe(409)
    expect(refused.json().detail).toMatch(/holds on songs/)
    const unused = await created(client, `${base}/organizations`, { name: 'Unused Network', kind: 'network' })
    expect((await client.delete(`${base}/organizations/${unused.id}`)).statusCode).toBe(204)
    expect((await client.get(`${base}/organizations/${unused.id}`)).statusCode).toBe(404)
  })

  it('answers 404 for an organisation that does not exist', async () => {
    const missing = '00000000-0000-4000-8000-000000000000'
    expect((await client.get(`${base}/organizations/${missing}`)).statusCode).toBe(404)
    expect((await client.put(`${base}/organizations/${missing}`, { ...label, version: 1 })).statusCode).toBe(404)
    expect((await client.delete(`${base}/organizations/${missing}`)).statusCode).toBe(404)
  })

  it('lets a viewer read organisations but not change them', async () => {
    const viewer = await joinedClient(t.app, client, base, 'viewer')
    expect((await viewer.get(`${base}/organizations`)).statusCode).toBe(200)
    expect((await viewer.post(`${base}/organizations`, label)).statusCode).toBe(403)
  })
})
