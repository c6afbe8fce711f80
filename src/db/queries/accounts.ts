import { and, eq, gt } from 'drizzle-orm'
import { isUuid } from './ids.ts'
import type { Db } from '../client.ts'
import { users, sessions, workspaceMembers, workspaces, people } from '../schema/index.ts'
import type { WorkspaceRole } from '../../domain/roles.ts'

export async function findUserByEmail(db: Db, email: string) {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()))
  return row
}

export async function findUserBySession(db: Db, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ id: users.id, email: users.email, displayName: users.displayName })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)))
  return row
}

/**
 * Authentication and authorisation of a workspace request in one statement: the session's user
 * and, when they are a member of the workspace named by id or slug, their role in it.
 */
export async function findSessionUserInWorkspace(db: Db, tokenHash: string, now: Date, workspaceIdOrSlug: string) {
  const byId = isUuid(workspaceIdOrSlug)
  const [row] = await db
    .select({ id: users.id, email: users.email, displayName: users.displayName, workspaceId: workspaceMembers.workspaceId, role: workspaceMembers.role })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(workspaces, byId ? eq(workspaces.id, workspaceIdOrSlug) : eq(workspaces.slug, workspaceIdOrSlug))
    .leftJoin(workspaceMembers, and(eq(workspaceMembers.workspaceId, workspaces.id), eq(workspaceMembers.userId, sessions.userId)))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)))
  if (!row) return undefined
  const { workspaceId, role, ...user } = row
  return { user, membership: workspaceId && role ? { workspaceId, role: role as WorkspaceRole } : undefined }
}

export async function listUserWorkspaces(db: Db, userId: string) {
  return db
    .select({ id: workspaces.id, slug: workspaces.slug, name: workspaces.name, role: workspaceMembers.role })
    .from(workspaceMembers)
    .innerJoin(workspaces, eq(workspaces.id, workspaceMembers.workspaceId))
    .where(eq(workspaceMembers.userId, userId))
    .orderBy(workspaces.name)
}

/** The user's role in a workspace named by id or slug, or undefined when they are not in it. */
export async function findMembership(db: Db, userId: string, workspaceIdOrSlug: string) {
  const byId = isUuid(workspaceIdOrSlug)
  const [row] = await db
    .select({ workspaceId: workspaces.id, slug: workspaces.slug, name: workspaces.name, version: workspaces.version, role: workspaceMembers.role })
    .from(workspaces)
    .innerJoin(workspaceMembers, and(eq(workspaceMembers.workspaceId, workspaces.id), eq(workspaceMembers.userId, userId)))
    .where(byId ? eq(workspaces.id, workspaceIdOrSlug) : eq(workspaces.slug, workspaceIdOrSlug))
  return row as (Omit<NonNullable<typeof row>, 'role'> & { role: WorkspaceRole }) | undefined
}

export async function findPersonIdOfUser(db: Db, workspaceId: string, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.workspaceId, workspaceId), eq(people.userId, userId)))
  return row?.id ?? null
}
