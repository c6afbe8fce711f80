import type { Member } from '../../contract/auth.ts'
import { countOwners, getMemberRow, listMemberRows } from '../../db/queries/workspaces.ts'
import { setMemberRole } from '../../db/writes/workspaces.ts'
import { NotFoundError, ConflictError, ForbiddenError } from '../../domain/errors.ts'
import { canGrantRole } from '../../domain/permissions.ts'
import type { WorkspaceRole } from '../../domain/roles.ts'
import { assertWritesAll } from '../authorize.ts'
import type { Actor, Deps } from '../deps.ts'

const present = (r: { userId: string; email: string; displayName: string; role: WorkspaceRole; joinedAt: Date }): Member => ({
  ...r,
  joinedAt: r.joinedAt.toISOString(),
})

export async function listMembers(deps: Deps, actor: Actor): Promise<Member[]> {
  return (await listMemberRows(deps.db, actor.workspaceId)).map(present)
}

/** Changes a member's role; only owners grant or take away ownership, and the last owner stays. */
export async function changeMemberRole(deps: Deps, actor: Actor, userId: string, role: WorkspaceRole): Promise<Member> {
  assertWritesAll(actor, 'members')
  return deps.db.transaction(async (tx) => {
    const target = await getMemberRow(tx, actor.workspaceId, userId)
    if (!target) throw new NotFoundError('member', userId)
    if (!canGrantRole(actor.role, role) || (target.role === 'owner' && actor.role !== 'owner'))
      throw new ForbiddenError('Only an owner may give or take away the owner role.')
    if (target.role === 'owner' && role !== 'owner') {
      if ((await countOwners(tx, actor.workspaceId)) <= 1)
        throw new ConflictError('A workspace needs at least one owner; make someone else owner first.', [{ path: 'role', message: 'last owner' }])
    }
    await setMemberRole(tx, actor.workspaceId, userId, role)
    return present((await getMemberRow(tx, actor.workspaceId, userId))!)
  })
}
