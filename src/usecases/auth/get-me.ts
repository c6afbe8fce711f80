import { findMembership, findSessionUserInWorkspace, findSessionUserWithWorkspaces, findUserBySession, listUserWorkspaces } from '../../db/queries/accounts.ts'
import type { Me } from '../../contract/auth.ts'
import type { WorkspaceRole } from '../../domain/roles.ts'
import type { Deps } from '../deps.ts'
import { hashSecret } from './session-token.ts'

/**
 * A session read through the session cache when the app has one (ADR 046): a found session is kept
 * for a few seconds, an unknown token is asked every time. The cache's ticket is taken before the
 * read, so an answer read while who-may-do-what changed is not kept.
 */
async function cached<T>(deps: Deps, key: string, read: () => Promise<(T & { expiresAt: Date | string }) | undefined>): Promise<T | null> {
  const cache = deps.sessionCache
  const hit = cache?.get<T>(key)
  if (hit !== undefined) return hit
  const ticket = cache?.ticket() ?? 0
  const row = await read()
  if (!row) return null
  const { expiresAt, ...value } = row
  cache?.set(key, value, ticket, expiresAt)
  return value as T
}

/** The user behind a session token, or null when the token is unknown or expired. */
export async function userForToken(deps: Deps, token: string): Promise<Me['user'] | null> {
  const hash = hashSecret(token)
  // Wall-clock expiry, see start-session.ts.
  return cached<Me['user']>(deps, `user:${hash}`, () => findUserBySession(deps.db, hash, new Date()))
}

/**
 * The user behind a session token and their membership of one workspace (id or slug), in one
 * statement: null when the token is unknown or expired; membership undefined when not a member.
 */
export async function userAndMembershipForToken(deps: Deps, token: string, workspaceIdOrSlug: string) {
  const hash = hashSecret(token)
  type Found = NonNullable<Awaited<ReturnType<typeof findSessionUserInWorkspace>>>
  return cached<Omit<Found, 'expiresAt'>>(deps, `in:${workspaceIdOrSlug}:${hash}`, () =>
    findSessionUserInWorkspace(deps.db, hash, new Date(), workspaceIdOrSlug),
  )
}

/** The user behind a session token with every workspace they belong to, in one statement (what /api/me answers), or null. */
export async function meForToken(deps: Deps, token: string): Promise<Me | null> {
  const hash = hashSecret(token)
  return cached<Me>(deps, `me:${hash}`, () => findSessionUserWithWorkspaces(deps.db, hash, new Date()))
}

/** The user's membership of a workspace named by id or slug, or undefined when they are not in it. */
export async function membershipOf(deps: Deps, userId: string, workspaceIdOrSlug: string) {
  return findMembership(deps.db, userId, workspaceIdOrSlug)
}

export async function getMe(deps: Deps, user: Me['user']): Promise<Me> {
  const rows = await listUserWorkspaces(deps.db, user.id)
  return { user, workspaces: rows.map((r) => ({ ...r, role: r.role as WorkspaceRole })) }
}
