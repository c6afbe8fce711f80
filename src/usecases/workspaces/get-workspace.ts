import type { Workspace } from '../../contract/auth.ts'
import { findPersonIdOfUser } from '../../db/queries/accounts.ts'
import type { Actor, Deps } from '../deps.ts'
import { readerOf } from '../read-access.ts'
import { getWorkspaceRow } from '../../db/queries/workspaces.ts'

export async function getWorkspace(deps: Deps, actor: Actor): Promise<Workspace> {
  await readerOf(deps, actor, 'workspace')
  const ws = await getWorkspaceRow(deps.db, actor.workspaceId)
  if (!ws) throw new Error(`workspace ${actor.workspaceId} vanished`)
  return {
    id: ws.id,
    slug: ws.slug,
    name: ws.name,
    version: ws.version,
    role: actor.role,
    personId: await findPersonIdOfUser(deps.db, actor.workspaceId, actor.userId),
  }
}
