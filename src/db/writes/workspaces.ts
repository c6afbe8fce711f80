import { and, eq } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { workspaceMembers } from '../schema/index.ts'
import type { WorkspaceRole } from '../../domain/roles.ts'

/** Gives a member of the workspace this role. */
export async function setMemberRole(db: Db, workspaceId: string, userId: string, role: WorkspaceRole): Promise<void> {
  await db
    .update(workspaceMembers)
    .set({ role })
    .where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.userId, userId)))
}
