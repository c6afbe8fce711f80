import { findMembership, findSessionUserInWorkspace, findSessionUserWithWorkspaces, findUserBySession, listUserWorkspaces } from '../../db/queries/accounts.ts'
import type { Me } from '../../contract/auth.ts'
import type { WorkspaceRole } from '../../domain/roles.ts'
import type { Deps } from '../deps.ts'
import { hashSecret } from './session-token.ts'

/** The user behind a session token, or null when the token is unknown or expired. */
export async function userForToken(deps: Deps, token: string) {
  // Wall-clock expiry, see start-session.ts.
  return (await findUserBySession(deps.db, hashSecret(token), new Date())) ?? null
}

/**
 * The user behind a session token and their membership of one workspace (id or slug), in one
 * statement: null when the token is unknown or expired; membership undefined when not a member.
 */
export async function userAndMembershipForToken(deps: Deps, token: string, workspaceIdOrSlug: string) {
  return (await findSessionUserInWorkspace(deps.db, hashSecret(token), new Date(), workspaceIdOrSlug)) ?? null
}

/** The user behind a session token with every workspace they belong to, in one statement (what /api/me answers), or null. */
export async function meForToken(deps: Deps, token: string): Promise<Me | null> {
  return (await findSessionUserWithWorkspaces(deps.db, hashSecret(token), new Date())) ?? null
}

/** The user's membership of a workspace named by id or slug, or undefined when they are not in it. */
export async function membershipOf(deps: Deps, userId: string, workspaceIdOrSlug: string) {
  return findMembership(deps.db, userId, workspaceIdOrSlug)
}

export async function getMe(deps: Deps, user: Me['user']): Promise<Me> {
  const rows = await listUserWorkspaces(deps.db, user.id)
  return { user, workspaces: rows.map((r) => ({ ...r, role: r.role as WorkspaceRole })) }
}
