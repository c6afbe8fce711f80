import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ownerWithWorkspace, startTestApp, type TestApp, type TestClient } from '../test/test-app.ts'
import { joinedClient } from '../test/role-clients.ts'

describe('public handles: an act has a public page only when an owner claims one', () => {
  let t: TestApp
  let owner: TestClient
  let base: string
  let band: string
  beforeAll(async () => {
    t = await startTestApp()
    ;({ client: owner, base } = await ownerWithWorkspace(t.app, 'Handle Band'))
    band = (await owner.post(`${base}/acts`, { name: 'Handle Band Act', slug: 'the-real-band', kind: 'group', isInternal: true })).json().id
  })
  afterAll(() => t.close())

  const page = (handle: string) => t.app.inject({ method: 'GET', url: `/public/${handle}` })
  const json = (handle: string) => t.app.inject({ method: 'GET', url: `/public/${handle}/shows.json` })

  it('gives an internal act no public page by its slug: a newcomer cannot serve /public/victoria-justice', async () => {
    const squatter = await ownerWithWorkspace(t.app, 'Squatter')
    const act = await squatter.client.post(`${squatter.base}/acts`, { name: 'Victoria Justice', slug: 'victoria-justice', kind: 'solo', isInternal: true })
    expect(act.statusCode).toBe(201)
    for (const url of ['/public/victoria-justice', '/public/victoria-justice/shows.ics', '/public/victoria-justice/shows.json']) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode, url).toBe(404)
    }
    expect((await page('the-real-band')).statusCode).toBe(404)
    expect((await owner.get(`${base}/acts/${band}/public-handle`)).json()).toEqual({ handle: null })
  })

  it('serves the page, feeds and JSON at the handle once the owner claims it', async () => {
    const claimed = await owner.put(`${base}/acts/${band}/public-handle`, { handle: 'real-band' })
    expect(claimed.statusCode).toBe(200)
    expect(claimed.json()).toEqual({ handle: 'real-band' })
    expect((await owner.get(`${base}/acts/the-real-band/public-handle`)).json()).toEqual({ handle: 'real-band' })
    const res = await page('real-band')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('Handle Band Act')
    expect(res.body).toContain('/public/real-band/shows.ics')
    expect((await json('real-band')).json().act).toEqual({ slug: 'real-band', name: 'Handle Band Act' })
    expect((await page('the-real-band')).statusCode).toBe(404)
  })

  it('keeps a handle unique on the server: another workspace gets 409 naming the field', async () => {
    const other = await ownerWithWorkspace(t.app, 'Other')
    const act = (await other.client.post(`${other.base}/acts`, { name: 'Imposter', kind: 'group', isInternal: true })).json()
    const res = await other.client.put(`${other.base}/acts/${act.id}/public-handle`, { handle: 'real-band' })
    expect(res.statusCode).toBe(409)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(res.json().errors).toEqual([{ path: 'handle', message: 'taken' }])
    expect((await page('real-band')).body).toContain('Handle Band Act')
    // Claiming it again for the same act is harmless.
    expect((await owner.put(`${base}/acts/${band}/public-handle`, { handle: 'real-band' })).statusCode).toBe(200)
  })

  it('lets only an owner claim or release, and only for our own acts, with a well-formed, unreserved handle', async () => {
    for (const role of ['manager', 'member', 'viewer'] as const) {
      const client = await joinedClient(t.app, owner, base, role)
      expect((await client.put(`${base}/acts/${band}/public-handle`, { handle: `by-${role}` })).statusCode, role).toBe(403)
      expect((await client.delete(`${base}/acts/${band}/public-handle`)).statusCode, role).toBe(403)
    }
    const outside = (await owner.post(`${base}/acts`, { name: 'Support Act', kind: 'group', isInternal: false })).json()
    const refused = await owner.put(`${base}/acts/${outside.id}/public-handle`, { handle: 'support-act' })
    expect(refused.statusCode).toBe(400)
    expect(refused.json().errors[0].path).toBe('actId')
    for (const handle of ['Real Band', 'ab', 'api', 'x'.repeat(61)]) {
      const res = await owner.put(`${base}/acts/${band}/public-handle`, { handle })
      expect(res.statusCode, handle).toBe(400)
      expect(res.json().errors[0].path, handle).toBe('handle')
    }
    expect((await owner.put(`${base}/acts/no-such-act/public-handle`, { handle: 'no-such' })).statusCode).toBe(404)
    expect((await page('real-band')).statusCode).toBe(200)
  })

  it('moves the page to a new handle, and a released handle is free for others', async () => {
    expect((await owner.put(`${base}/acts/${band}/public-handle`, { handle: 'real-band-2013' })).statusCode).toBe(200)
    expect((await page('real-band')).statusCode).toBe(404)
    expect((await page('real-band-2013')).statusCode).toBe(200)
    expect((await owner.delete(`${base}/acts/${band}/public-handle`)).statusCode).toBe(204)
    expect((await page('real-band-2013')).statusCode).toBe(404)
    expect((await owner.get(`${base}/acts/${band}/public-handle`)).json()).toEqual({ handle: null })
    const other = await ownerWithWorkspace(t.app, 'Next')
    const act = (await other.client.post(`${other.base}/acts`, { name: 'Next Band', kind: 'group', isInternal: true })).json()
    expect((await other.client.put(`${other.base}/acts/${act.id}/public-handle`, { handle: 'real-band-2013' })).statusCode).toBe(200)
    expect((await page('real-band-2013')).body).toContain('Next Band')
  })
})
