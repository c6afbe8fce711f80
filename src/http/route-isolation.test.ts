import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ownerWithWorkspace, signUpClient, startTestApp, type TestApp, type TestClient } from '../test/test-app.ts'
import { buildWorkspaceFixtures } from '../test/workspace-fixtures.ts'

/**
 * Generated from the app's own route table: every route under /api/workspaces/:workspaceId answers
 * 404 to a signed-in user outside the workspace, whatever the method, ids or body. A new route is
 * covered the moment it is mounted; a new path parameter fails here until it gets a fixture.
 */
describe('workspace isolation', () => {
  let t: TestApp
  let outsider: TestClient
  let owner: TestClient
  let params: Record<string, string>

  beforeAll(async () => {
    t = await startTestApp()
    const ws = await ownerWithWorkspace(t.app, 'Isolated')
    owner = ws.client
    params = { workspaceId: ws.workspaceId, ...(await buildWorkspaceFixtures(owner, ws.base)) }
    outsider = await signUpClient(t.app, 'Outsider')
    await outsider.post('/api/workspaces', { name: 'Outsider Band' })
  })
  afterAll(() => t.close())

  const scopedRoutes = () => t.app.routeTable.filter((r) => r.url.startsWith('/api/workspaces/:workspaceId'))

  function fill(url: string): string {
    return url.replace(/:(\w+)/g, (_, name: string) => {
      const value = params[name]
      if (!value) throw new Error(`No fixture for :${name} in ${url}; add one to src/test/workspace-fixtures.ts`)
      return value
    })
  }

  it('covers a meaningful number of routes', () => {
    expect(scopedRoutes().length).toBeGreaterThanOrEqual(15)
  })

  it('answers 404 problem+json to an outsider on every workspace route', async () => {
    const leaks: string[] = []
    for (const route of scopedRoutes()) {
      for (const workspaceRef of [params.workspaceId!, 'isolated']) {
        const url = fill(route.url).replace(params.workspaceId!, workspaceRef)
        const res = await outsider.request(route.method, url, route.method === 'GET' || route.method === 'DELETE' ? undefined : {})
        if (res.statusCode !== 404 || !String(res.headers['content-type']).startsWith('application/problem+json')) leaks.push(`${route.method} ${url} → ${res.statusCode}`)
      }
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
  })
})
