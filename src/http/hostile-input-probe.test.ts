import { writeFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatReport, runProbe } from '../test/openapi-probe.ts'
import type { ProbeRequest } from '../test/openapi-probe-requests.ts'
import { ownerWithWorkspace, startTestApp, type TestApp } from '../test/test-app.ts'
import { testDbKind } from '../test/test-database.ts'
import { buildWorkspaceFixtures, created } from '../test/workspace-fixtures.ts'
import { joinedClient } from '../test/role-clients.ts'

/**
 * Issue 10 point 3: every operation of the live OpenAPI document, as a workspace owner, gets
 * generated requests with odd values per field (src/test/openapi-probe.ts). No answer may be a 5xx;
 * every 4xx is application/problem+json. GREENROOM_PROBE_RUNS sets the random mutations per
 * operation (default 4); GREENROOM_PROBE_REPORT names a file to write the figures to.
 */
describe('hostile-input probe over the OpenAPI document', () => {
  let t: TestApp
  let doc: Record<string, any>
  let ids: Record<string, string>
  let ownerCookie: string

  beforeAll(async () => {
    t = await startTestApp()
    const ws = await ownerWithWorkspace(t.app, 'Probe')
    const fixtures = await buildWorkspaceFixtures(ws.client, ws.base)
    // A second member, so that changing a member's role never demotes the probing owner.
    await joinedClient(t.app, ws.client, ws.base, 'member')
    const members = (await ws.client.get(`${ws.base}/members`)).json() as { userId: string; role: string }[]
    const other = members.find((m) => m.userId !== fixtures.userId)!
    const invite = await created(ws.client, `${ws.base}/invites`, { role: 'viewer' })
    const feed = await created(ws.client, `${ws.base}/people/${fixtures.personId}/feeds`, {})
    const act = (await ws.client.get(`${ws.base}/acts/${fixtures.actId}`)).json()
    ids = { ...fixtures, workspaceId: ws.workspaceId, userId: other.userId, token: invite.token, 'feeds:token': feed.token, actSlug: act.slug }
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: (ws.client as { email?: string }).email ?? '', password: 'correct horse battery' },
    })
    ownerCookie = login.cookies.find((c) => c.name === 'gr_session')?.value ?? ''
    doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json()
  })
  afterAll(() => t.close())

  const send = (request: ProbeRequest) => {
    const anonymous = request.url.startsWith('/api/auth/')
    const headers: Record<string, string> = { ...(anonymous || !ownerCookie ? {} : { cookie: `gr_session=${ownerCookie}` }) }
    if (request.payload !== undefined) headers['content-type'] = 'application/json'
    return t.app.inject({ method: request.method as 'GET', url: request.url, headers, ...(request.payload !== undefined ? { payload: request.payload } : {}) })
  }

  it('signs in as the owner, so requests reach the handlers', () => {
    expect(ownerCookie).not.toBe('')
    expect(Object.keys(doc.paths).length).toBeGreaterThan(20)
  })

  it('answers no 5xx and only problem+json 4xx to generated hostile requests on every operation', async () => {
    const report = await runProbe(doc, ids, send, { randomRuns: Number(process.env.GREENROOM_PROBE_RUNS ?? 4) })
    const text = formatReport(report, testDbKind(), Number(process.env.GREENROOM_PROBE_EXAMPLES ?? 40))
    console.log(text)
    if (process.env.GREENROOM_PROBE_REPORT) writeFileSync(process.env.GREENROOM_PROBE_REPORT, `${text}\n`)
    // The probe reached the handlers: plenty of 2xx, not only refusals.
    expect(report.byStatus['2xx'] ?? 0).toBeGreaterThan(report.operations / 2)
    expect(report.failures.map((f) => `${f.operation} ${f.label} → ${f.status}`)).toEqual([])
  }, 600_000)
})
