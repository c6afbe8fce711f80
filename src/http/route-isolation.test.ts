import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ownerWithWorkspace, signUpClient, startTestApp, type TestApp, type TestClient } from '../test/test-app.ts'
import { buildWorkspaceFixtures } from '../test/workspace-fixtures.ts'

/**
 * Generated from the app's own route table: every route under /api/workspaces/:workspaceId answers
 * 404 to a signed-in user outside the workspace, whatever the method, ids or body, whether the
 * workspace is named by id or by its real slug. A member of another workspace who puts this
 * workspace's ids inside their own workspace's path gets 404 too (the case of a query that forgets
 * workspace_id). Every request has a positive control: the owner sending the same request to the
 * right workspace is answered (not 404 or 403), so a 404 above proves the scope, not a bad fixture.
 * A new route is covered the moment it is mounted; a new path parameter fails here until it gets a fixture.
 */
describe('workspace isolation', () => {
  let t: TestApp
  let outsider: TestClient
  let outsiderWorkspaceId: string
  let owner: TestClient
  let slug: string
  let params: Record<string, string>

  beforeAll(async () => {
    t = await startTestApp()
    const ws = await ownerWithWorkspace(t.app, 'Isolated')
    owner = ws.client
    slug = ws.slug
    params = { workspaceId: ws.workspaceId, ...(await buildWorkspaceFixtures(owner, ws.base)) }
    outsider = await signUpClient(t.app, 'Outsider')
    const own = await outsider.post('/api/workspaces', { name: 'Outsider Band' })
    outsiderWorkspaceId = own.json().id
    // the outsider's own workspace holds one of everything too, so its routes answer as they would for real
    await buildWorkspaceFixtures(outsider, `/api/workspaces/${outsiderWorkspaceId}`)
  })
  afterAll(() => t.close())

  const scopedRoutes = () => t.app.routeTable.filter((r) => r.url.startsWith('/api/workspaces/:workspaceId'))
  /** Routes naming a resource of the workspace besides the workspace itself. */
  const routesWithIds = () => scopedRoutes().filter((r) => /:(?!workspaceId)\w+/.test(r.url))
  const bodyFor = (method: string) => (method === 'GET' || method === 'DELETE' ? undefined : {})

  function fill(url: string, workspaceRef = params.workspaceId!): string {
    return url.replace(/:(\w+)/g, (_, name: string) => {
      if (name === 'workspaceId') return workspaceRef
      const value = params[name]
      if (!value) throw new Error(`No fixture for :${name} in ${url}; add one to src/test/workspace-fixtures.ts`)
      return value
    })
  }

  const isProblem404 = (res: { statusCode: number; headers: Record<string, unknown> }) =>
    res.statusCode === 404 && String(res.headers['content-type']).startsWith('application/problem+json')

  it('covers a meaningful number of routes', () => {
    expect(scopedRoutes().length).toBeGreaterThanOrEqual(15)
    expect(routesWithIds().length).toBeGreaterThanOrEqual(15)
  })

  it('uses a slug that exists: the owner reaches the workspace by its slug', async () => {
    expect(slug).toMatch(/^isolated-/)
    const res = await owner.get(`/api/workspaces/${slug}`)
    expect(res.statusCode).toBe(200)
    expect(res.json().id).toBe(params.workspaceId)
  })

  it('answers 404 problem+json to an outsider on every workspace route, by id and by slug', async () => {
    const leaks: string[] = []
    let requests = 0
    for (const route of scopedRoutes()) {
      for (const workspaceRef of [params.workspaceId!, slug]) {
        const url = fill(route.url, workspaceRef)
        const res = await outsider.request(route.method, url, bodyFor(route.method))
        requests++
        if (!isProblem404(res)) leaks.push(`${route.method} ${url} → ${res.statusCode}`)
      }
    }
    expect(leaks).toEqual([])
    expect(requests).toBe(scopedRoutes().length * 2)
  })

  it("answers 404 to a member of another workspace who sends this workspace's ids inside their own workspace's path", async () => {
    const leaks: string[] = []
    // GET and DELETE reach the handler (no body to validate): they must not find the other workspace's rows
    for (const route of routesWithIds().filter((r) => r.method === 'GET' || r.method === 'DELETE')) {
      const url = fill(route.url, outsiderWorkspaceId)
      const res = await outsider.request(route.method, url)
      if (!isProblem404(res)) leaks.push(`${route.method} ${url} → ${res.statusCode} ${res.body.slice(0, 120)}`)
    }
    // writes with a body: whatever the validation says, nothing may be written into the other workspace
    for (const route of routesWithIds().filter((r) => r.method === 'POST' || r.method === 'PUT')) {
      const url = fill(route.url, outsiderWorkspaceId)
      const res = await outsider.request(route.method, url, {})
      if (res.statusCode < 400) leaks.push(`${route.method} ${url} → ${res.statusCode} ${res.body.slice(0, 120)}`)
    }
    expect(leaks).toEqual([])
  })

  it('answers the same GET routes for the owner, so the fixtures are real', async () => {
    const failures: string[] = []
    for (const route of scopedRoutes().filter((r) => r.method === 'GET')) {
      const res = await owner.get(fill(route.url))
      if (res.statusCode !== 200) failures.push(`${route.url} → ${res.statusCode} ${res.body.slice(0, 200)}`)
    }
    expect(failures).toEqual([])
    // ~70 reads one after another, PDFs and the export among them: minutes on a loaded 2-core machine, not 30 s
  }, 180_000)

  it('answers every write route for the owner with neither 404 nor 403 (positive control of the writes)', async () => {
    const failures: string[] = []
    const writes = scopedRoutes().filter((r) => r.method !== 'GET')
    // deeper paths first, so that removing a child never leaves its parent's routes without a fixture
    const order = (url: string) => url.split('/').length
    const sorted = [...writes.filter((r) => r.method !== 'DELETE'), ...writes.filter((r) => r.method === 'DELETE').sort((a, b) => order(b.url) - order(a.url))]
    for (const route of sorted) {
      for (const workspaceRef of [params.workspaceId!, slug]) {
        if (route.method === 'DELETE' && workspaceRef === slug) continue // already removed by id
        const res = await owner.request(route.method, fill(route.url, workspaceRef), bodyFor(route.method))
        if (res.statusCode === 404 || res.statusCode === 403 || res.statusCode >= 500)
          failures.push(`${route.method} ${route.url} (${workspaceRef === slug ? 'slug' : 'id'}) → ${res.statusCode} ${res.body.slice(0, 160)}`)
      }
    }
    expect(failures).toEqual([])
    expect(writes.length).toBeGreaterThanOrEqual(60)
  }, 180_000)
})
