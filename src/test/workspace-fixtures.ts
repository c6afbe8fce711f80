import type { TestClient } from './test-app.ts'

async function created(client: TestClient, url: string, body: unknown): Promise<any> {
  const res = await client.post(url, body)
  if (res.statusCode !== 201) throw new Error(`POST ${url} → ${res.statusCode}: ${res.body}`)
  return res.json()
}

/**
 * One of every resource in a workspace, keyed by the path parameter that names it. The isolation
 * test fills route parameters from this map; a route with a parameter missing here fails it.
 */
export async function buildWorkspaceFixtures(client: TestClient, base: string): Promise<Record<string, string>> {
  const me = (await client.get('/api/me')).json()
  const person = await created(client, `${base}/people`, { name: 'Fixture Person' })
  const act = await created(client, `${base}/acts`, { name: 'Fixture Act', kind: 'group', isInternal: true })
  const membership = await created(client, `${base}/acts/${act.id}/memberships`, { personId: person.id, role: 'member', instruments: ['voice'] })
  const invite = await created(client, `${base}/invites`, { role: 'viewer' })
  return {
    userId: me.user.id,
    personId: person.id,
    actId: act.id,
    membershipId: membership.id,
    inviteId: invite.id,
  }
}
