import { findPersonIdOfUser } from '../../db/queries/accounts.ts'
import { listPersonMemberships } from '../../db/queries/setlists.ts'
import type { Db } from '../../db/client.ts'
import { ForbiddenError } from '../../domain/errors.ts'
import type { Actor } from '../deps.ts'

/** The person record of the signed-in user in this workspace: set lists are written and answered by people. */
export async function actorPersonId(db: Db, actor: Actor): Promise<string> {
  const personId = await findPersonIdOfUser(db, actor.workspaceId, actor.userId)
  if (!personId) throw new ForbiddenError('You have no person record in this workspace, so you cannot take part in set lists.')
  return personId
}

/**
 * Who takes part in an act's set lists: anyone with a membership of the act (member, touring
 * musician, DJ …), and the workspace's owners and managers. Viewers only read.
 */
export async function assertTakesPart(db: Db, actor: Actor, actId: string, personId: string): Promise<void> {
  if (actor.role === 'viewer') throw new ForbiddenError('Your role (viewer) may read set lists but not propose, answer or apply them.')
  if (actor.role === 'owner' || actor.role === 'manager') return
  const memberships = await listPersonMemberships(db, actor.workspaceId, actId, personId)
  if (memberships.length === 0) throw new ForbiddenError("Only the act's members, its touring musicians and the workspace's managers take part in its set lists.")
}
