import { and, eq, gt, sql } from 'drizzle-orm'
import { isUuid } from './ids.ts'
import { preparedPerDb } from './prepared.ts'
import type { Db } from '../client.ts'
import { users, sessions, workspaceMembers, workspaces, people } from '../schema/index.ts'
import type { WorkspaceRole } from '../../domain/roles.ts'

export async function findUserByEmail(db: Db, email: string) {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()))
  return row
}

const sessionUser = preparedPerDb((db) =>
  db
    .select({ id: users.id, email: users.email, displayName: users.displayName, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, sql.placeholder('tokenHash')), gt(sessions.expiresAt, sql.placeholder('now'))))
    .prepare('gr_session_user'),
)

export async function findUserBySession(db: Db, tokenHash: string, now: Date) {
  const [row] = await sessionUser(db).execute({ tokenHash, now: now.toISOString() })
  return row
}

function sessionUserInWorkspace(byId: boolean) {
  return preparedPerDb((db) =>
    db
      .select({
        id: users.id,
        email: users.email,
        displayName: users.displayName,
        expiresAt: sessions.expiresAt,
        workspaceId: workspaceMembers.workspaceId,
        role: workspaceMembers.role,
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .leftJoin(workspaces, eq(byId ? workspaces.id : workspaces.slug, sql.placeholder('workspace')))
      .leftJoin(workspaceMembers, and(eq(workspaceMembers.workspaceId, workspaces.id), eq(workspaceMembers.userId, sessions.userId)))
      .where(and(eq(sessions.tokenHash, sql.placeholder('tokenHash')), gt(sessions.expiresAt, sql.placeholder('now'))))
      .prepare(byId ? 'gr_session_user_in_workspace_by_id' : 'gr_session_user_in_workspace_by_slug'),
  )
}
const sessionUserInWorkspaceById = sessionUserInWorkspace(true)
const sessionUserInWorkspaceBySlug = sessionUserInWorkspace(false)

/**
 * Authentication and authorisation of a workspace request in one statement: the session's user
 * and, when they are a member of the workspace named by id or slug, their role in it.
 */
export async function findSessionUserInWorkspace(db: Db, tokenHash: string, now: Date, workspaceIdOrSlug: string) {
  const query = isUuid(workspaceIdOrSlug) ? sessionUserInWorkspaceById(db) : sessionUserInWorkspaceBySlug(db)
  const [row] = await query.execute({ tokenHash, now: now.toISOString(), workspace: workspaceIdOrSlug })
  if (!row) return undefined
  const { workspaceId, role, expiresAt, ...user } = row
  return { user, expiresAt, membership: workspaceId && role ? { workspaceId, role: role as WorkspaceRole } : undefined }
}

const sessionUserWithWorkspaces = preparedPerDb((db) =>
  db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      expiresAt: sessions.expiresAt,
      workspaces: sql<{ id: string; slug: string; name: string; role: string }[]>`coalesce((
        select json_agg(json_build_object('id', w.id, 'slug', w.slug, 'name', w.name, 'role', m.role) order by w.name)
        from ${workspaceMembers} m join ${workspaces} w on w.id = m.workspace_id
        where m.user_id = ${users.id}
      ), '[]'::json)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, sql.placeholder('tokenHash')), gt(sessions.expiresAt, sql.placeholder('now'))))
    .prepare('gr_session_user_with_workspaces'),
)

/** The session's user and every workspace they belong to (by name), in one statement: what /api/me answers. */
export async function findSessionUserWithWorkspaces(db: Db, tokenHash: string, now: Date) {
  const [row] = await sessionUserWithWorkspaces(db).execute({ tokenHash, now: now.toISOString() })
  if (!row) return undefined
  const { workspaces: memberOf, expiresAt, ...user } = row
  return { user, expiresAt, workspaces: memberOf.map((w) => ({ ...w, role: w.role as WorkspaceRole })) }
}

const userWorkspaces = preparedPerDb((db) =>
  db
    .select({ id: workspaces.id, slug: workspaces.slug, name: workspaces.name, role: workspaceMembers.role })
    .from(workspaceMembers)
    .innerJoin(workspaces, eq(workspaces.id, workspaceMembers.workspaceId))
    .where(eq(workspaceMembers.userId, sql.placeholder('userId')))
    .orderBy(workspaces.name)
    .prepare('gr_user_workspaces'),
)

export async function listUserWorkspaces(db: Db, userId: string) {
  return userWorkspaces(db).execute({ userId })
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

/** An account by its id (null when it is gone). */
export async function findUserById(db: Db, userId: string) {
  if (!isUuid(userId)) return null
  const [row] = await db.select({ id: users.id, email: users.email, displayName: users.displayName }).from(users).where(eq(users.id, userId))
  return row ?? null
}
