import { and, eq, count } from 'drizzle-orm'
import type { Member } from '../../contract/auth.ts'
import { users, workspaceMembers } from '../../db/schema/index.ts'
import { NotFoundError, ConflictError, ForbiddenError } from '../../domain/errors.ts'
import { canGrantRole, type WorkspaceRole } from '../../domain/roles.ts'
import { assertCan } from '../authorize.ts'
import type { Actor, Deps } from '../deps.ts'

function memberQuery(deps: Deps, workspaceId: string) {
  return deps.db
    .select({ userId: users.id, email: users.email, displayName: users.displayName, role: workspaceMembers.role, joinedAt: workspaceMembers.joinedAt })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(eq(workspaceMembers.workspaceId, workspaceId))
    .$dynamic()
}

const present = (r: { userId: string; email: string; displayName: string; role: WorkspaceRole; joinedAt: Date }): Member => ({
  ...r,
  joinedAt: r.joinedAt.toISOString(),
})

export async function listMembers(deps: Deps, actor: Actor): Promise<Member[]> {
  const rows = await memberQuery(deps, actor.workspaceId).orderBy(users.displayName)
  return rows.map(present)
}

/** Changes a member's role; only owners grant or take away ownership, and the last owner stays. */
export async function changeMemberRole(deps: Deps, actor: Actor, userId: string, role: WorkspaceRole): Promise<Member> {
  assertCan(actor, 'manage-workspace')
  return deps.db.transaction(async (tx) => {
    const [target] = await tx
      .select()
      .from(workspaceMembers)
      .where(and(eq(workspaceMembers.workspaceId, actor.workspaceId), eq(workspaceMembers.userId, userId)))
    if (!target) throw new NotFoundError('member', userId)
    if (!canGrantRole(actor.role, role) || (target.role === 'owner' && actor.role !== 'owner'))
      throw new ForbiddenError('Only an owner may give or take away the owner role.')
    if (target.role === 'owner' && role !== 'owner') {
      const [owners] = await tx
        .select({ n: count() })
        .from(workspaceMembers)
        .where(and(eq(workspaceMembers.workspaceId, actor.workspaceId), eq(workspaceMembers.role, 'owner')))
      if ((owners?.n ?? 0) <= 1)
        throw new ConflictError('A workspace needs at least one owner; make someone else owner first.', [{ path: 'role', message: 'last owner' }])
    }
    await tx
      .update(workspaceMembers)
      .set({ role })
      .where(and(eq(workspaceMembers.workspaceId, actor.workspaceId), eq(workspaceMembers.userId, userId)))
    const [row] = await tx
      .select({ userId: users.id, email: users.email, displayName: users.displayName, role: workspaceMembers.role, joinedAt: workspaceMembers.joinedAt })
      .from(workspaceMembers)
      .innerJoin(users, eq(users.id, workspaceMembers.userId))
      .where(and(eq(workspaceMembers.workspaceId, actor.workspaceId), eq(workspaceMembers.userId, userId)))
    return present(row!)
  })
}
