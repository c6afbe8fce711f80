import { and, count, eq } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { users, workspaceMembers, workspaces } from '../schema/index.ts'

/** The id of the workspace with this slug, or null. */
export async function findWorkspaceIdBySlug(db: Db, slug: string): Promise<string | null> {
  const [ws] = await db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, slug))
  return ws?.id ?? null
}

/** The ids of at most `limit` workspaces of the database (to tell "none", "one" and "several" apart). */
export async function someWorkspaceIds(db: Db, limit: number): Promise<string[]> {
  const rows = await db.select({ id: workspaces.id }).from(workspaces).limit(limit)
  return rows.map((r) => r.id)
}

/** A workspace's row by id, or null. */
export async function getWorkspaceRow(db: Db, id: string) {
  const [ws] = await db.select().from(workspaces).where(eq(workspaces.id, id))
  return ws ?? null
}

const memberColumns = { userId: users.id, email: users.email, displayName: users.displayName, role: workspaceMembers.role, joinedAt: workspaceMembers.joinedAt }

/** The members of a workspace with their accounts, by display name. */
export async function listMemberRows(db: Db, workspaceId: string) {
  return db
    .select(memberColumns)
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(eq(workspaceMembers.workspaceId, workspaceId))
    .orderBy(users.displayName)
}

/** One member of a workspace with their account, or null. */
export async function getMemberRow(db: Db, workspaceId: string, userId: string) {
  const [row] = await db
    .select(memberColumns)
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.userId, userId)))
  return row ?? null
}

/** How many owners a workspace has. */
export async function countOwners(db: Db, workspaceId: string): Promise<number> {
  const [owners] = await db
    .select({ n: count() })
    .from(workspaceMembers)
    .where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.role, 'owner')))
  return owners?.n ?? 0
}

/** Every workspace's id, in id order (the daily hold reminders visit each one: ADR 047). */
export async function allWorkspaceIds(db: Db): Promise<string[]> {
  return (await db.select({ id: workspaces.id }).from(workspaces).orderBy(workspaces.id)).map((r) => r.id)
}
