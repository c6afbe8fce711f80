import { and, desc, eq, isNull } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { invites, workspaceMembers, workspaces } from '../schema/index.ts'
import type { WorkspaceRole } from '../../domain/roles.ts'

export type InviteRow = typeof invites.$inferSelect

export async function insertInvite(db: Db, row: InviteRow): Promise<void> {
  await db.insert(invites).values(row)
}

/** A workspace's invites, newest first. */
export async function listInviteRows(db: Db, workspaceId: string): Promise<InviteRow[]> {
  return db.select().from(invites).where(eq(invites.workspaceId, workspaceId)).orderBy(desc(invites.createdAt))
}

/** Revokes an invite not accepted yet; false when there is no such open invite. */
export async function revokeOpenInvite(db: Db, workspaceId: string, id: string, now: Date): Promise<boolean> {
  const done = await db
    .update(invites)
    .set({ revokedAt: now })
    .where(and(eq(invites.workspaceId, workspaceId), eq(invites.id, id), isNull(invites.acceptedAt)))
    .returning({ id: invites.id })
  return done.length > 0
}

/** The invite with this token hash and its workspace's name and slug (whatever its state), or null. */
export async function inviteByTokenHash(db: Db, tokenHash: string) {
  const [row] = await db
    .select({ invite: invites, workspaceName: workspaces.name, workspaceSlug: workspaces.slug })
    .from(invites)
    .innerJoin(workspaces, eq(workspaces.id, invites.workspaceId))
    .where(eq(invites.tokenHash, tokenHash))
  return row ?? null
}

/** The user joins the invite's workspace with its role; the invite is marked accepted by them. */
export async function acceptInviteRow(db: Db, invite: { workspaceId: string; id: string; role: WorkspaceRole }, userId: string, now: Date): Promise<void> {
  await db.insert(workspaceMembers).values({ workspaceId: invite.workspaceId, userId, role: invite.role, joinedAt: now })
  await db
    .update(invites)
    .set({ acceptedAt: now, acceptedBy: userId })
    .where(and(eq(invites.workspaceId, invite.workspaceId), eq(invites.id, invite.id)))
}
