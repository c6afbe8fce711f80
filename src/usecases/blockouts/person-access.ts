import { findPersonIdOfUser } from '../../db/queries/accounts.ts'
import type { Db } from '../../db/client.ts'
import { managesWorkspace } from '../../domain/permissions.ts'
import type { WorkspaceRole } from '../../domain/roles.ts'
import type { Actor } from '../deps.ts'

/**
 * Who may act for a person in their private matters (blockout reasons, calendar feeds): the
 * person themselves (the person linked to the actor's account) and those who manage the workspace.
 */
export async function actsForPerson(db: Db, actor: Actor, personId: string): Promise<boolean> {
  if (managesWorkspace(actor.role)) return true
  return (await findPersonIdOfUser(db, actor.workspaceId, actor.userId)) === personId
}

/** A reader of many people's records: sees private details of everyone when managing, else only their own. */
export async function privateDetailsReader(db: Db, actor: Actor): Promise<(personId: string) => boolean> {
  if (managesWorkspace(actor.role)) return () => true
  const own = await findPersonIdOfUser(db, actor.workspaceId, actor.userId)
  return (personId) => personId === own
}

/** Who may mark their own blockout dates; owners and managers mark anyone's. Viewers only look. */
export const marksOwnBlockouts: Record<WorkspaceRole, boolean> = { owner: true, manager: true, member: true, crew: true, viewer: false }
