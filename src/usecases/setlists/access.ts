import { findPersonIdOfUser } from '../../db/queries/accounts.ts'
import { listPersonMemberships } from '../../db/queries/acts.ts'
import type { Db } from '../../db/client.ts'
import { ForbiddenError } from '../../domain/errors.ts'
import { NOT_IN_THE_ACT, setlistParticipationOf } from '../../domain/setlist-participation.ts'
import type { Actor } from '../deps.ts'

/** The person record of the signed-in user in this workspace: set lists are written and answered by people. */
export async function actorPersonId(db: Db, actor: Actor): Promise<string> {
  const personId = await findPersonIdOfUser(db, actor.workspaceId, actor.userId)
  if (!personId) throw new ForbiddenError('You have no person record in this workspace, so you cannot take part in set lists.')
  return personId
}

/** Refuses an actor who may not take part in the act's set lists (domain/setlist-participation.ts). */
export async function assertTakesPart(db: Db, actor: Actor, actId: string, personId: string): Promise<void> {
  const byRole = setlistParticipationOf(actor.role)
  if (byRole.kind === 'refused') throw new ForbiddenError(byRole.reason)
  if (byRole.kind === 'allowed') return
  const memberships = await listPersonMemberships(db, actor.workspaceId, actId, personId)
  if (memberships.length === 0) throw new ForbiddenError(NOT_IN_THE_ACT)
}
