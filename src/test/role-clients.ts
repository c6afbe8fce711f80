import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD } from '../demo/world-2013.ts'
import { WORKSPACE_ROLES, type WorkspaceRole } from '../domain/roles.ts'
import type { App } from '../http/app.ts'
import { signUpClient, TestClient } from './test-app.ts'

// Signed-in clients by role: the joined roles of a test's own workspace, and the demo world's logins.

/** The four joined roles of the route tests (the owner is the caller's own client). */
export const JOINED_ROLES = ['manager', 'member', 'crew', 'viewer'] as const
export type JoinedRole = (typeof JOINED_ROLES)[number]

/**
 * One signed-in client per joined role of `base`'s workspace, and each one's person id: the fixture of
 * every test that asserts what each role may see and do.
 */
export async function everyRole(
  app: App,
  owner: TestClient,
  base: string,
): Promise<{ as: Record<JoinedRole, TestClient>; personIds: Record<JoinedRole, string> }> {
  const as = {} as Record<JoinedRole, TestClient>
  const personIds = {} as Record<JoinedRole, string>
  for (const role of JOINED_ROLES) {
    as[role] = await joinedClient(app, owner, base, role)
    personIds[role] = (await as[role].get(base)).json().personId
  }
  return { as, personIds }
}

/** A second user who joined the workspace through an invite with the given role (e.g. a read-only viewer). */
export async function joinedClient(app: App, owner: TestClient, base: string, role: WorkspaceRole): Promise<TestClient> {
  const made = await owner.post(`${base}/invites`, { role })
  if (made.statusCode !== 201) throw new Error(`inviting a ${role} → ${made.statusCode}: ${made.body}`)
  const invite = made.json()
  const client = await signUpClient(app, `A ${role}`)
  const res = await client.post(`/api/invites/${invite.token}/accept`)
  if (res.statusCode !== 200) throw new Error(`accepting the ${role} invite → ${res.statusCode}: ${res.body}`)
  return client
}

/** Who in the demo world holds each role in its workspace (`demo`). */
const DEMO_LOGIN: Record<WorkspaceRole, string> = { owner: 'sam', manager: 'nadia', member: 'kendall', crew: 'tess', viewer: 'victoria' }

/**
 * A signed-in client per role, each a real demo login (argon2 and all), checked to hold that role in
 * the demo workspace, with the person each one is there. The demo world must be loaded first.
 */
export async function demoRoleClients(app: App): Promise<{ client: Record<WorkspaceRole, TestClient>; personOf: Record<WorkspaceRole, string> }> {
  const client = {} as Record<WorkspaceRole, TestClient>
  const personOf = {} as Record<WorkspaceRole, string>
  for (const role of WORKSPACE_ROLES) {
    const c = new TestClient(app)
    const res = await c.post('/api/auth/login', { email: `${DEMO_LOGIN[role]}@${DEMO_EMAIL_DOMAIN}`, password: DEMO_PASSWORD })
    if (res.statusCode !== 200) throw new Error(`login ${DEMO_LOGIN[role]} → ${res.statusCode}`)
    const ws = (await c.get('/api/workspaces/demo')).json()
    if (ws.role !== role) throw new Error(`${DEMO_LOGIN[role]} has the role ${ws.role} in the demo, not ${role}`)
    client[role] = c
    personOf[role] = ws.personId
  }
  return { client, personOf }
}
