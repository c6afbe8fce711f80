import type { App } from '../http/app.ts'
import type { WorkspaceRole } from '../domain/roles.ts'
import { signUpClient, type TestClient } from './test-app.ts'

export async function created(client: TestClient, url: string, body: unknown): Promise<any> {
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
  const work = await created(client, `${base}/works`, { title: 'Fixture Song', writers: [{ personId: person.id, sharePercent: 100 }] })
  const recording = await created(client, `${base}/recordings`, { workId: work.id, actId: act.id, kind: 'master', durationSeconds: 200 })
  const releaseGroup = await created(client, `${base}/release-groups`, {
    actId: act.id, title: 'Fixture Album', kind: 'album', editions: [{ name: 'Standard', releaseDate: '2013-06-11', tracks: [{ recordingId: recording.id, position: 1 }] }],
  })
  const placement = await created(client, `${base}/placements`, { recordingId: recording.id, series: 'Fixture Series', season: 4, episodeNumber: 1 })
  return {
    userId: me.user.id,
    personId: person.id,
    actId: act.id,
    membershipId: membership.id,
    inviteId: invite.id,
    workId: work.id,
    recordingId: recording.id,
    releaseGroupId: releaseGroup.id,
    placementId: placement.id,
  }
}

/** A second user who joined the workspace through an invite with the given role (e.g. a read-only viewer). */
export async function joinedClient(app: App, owner: TestClient, base: string, role: WorkspaceRole): Promise<TestClient> {
  const invite = await created(owner, `${base}/invites`, { role })
  const client = await signUpClient(app, `A ${role}`)
  const res = await client.post(`/api/invites/${invite.token}/accept`)
  if (res.statusCode !== 200) throw new Error(`accepting the ${role} invite → ${res.statusCode}: ${res.body}`)
  return client
}
