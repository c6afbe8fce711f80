import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD } from '../demo/world-2013.ts'
import { WORKSPACE_ROLES, type WorkspaceRole } from '../domain/roles.ts'
import type { App } from '../http/app.ts'
import { TestClient } from './test-app.ts'

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
