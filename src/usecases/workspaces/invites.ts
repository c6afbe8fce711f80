import { and, desc, eq, isNull } from 'drizzle-orm'
import { uuidv7 } from 'uuidv7'
import type { CreateInviteBody, CreatedInvite, Invite, InvitePreview, Workspace } from '../../contract/auth.ts'
import { invites, workspaceMembers, workspaces, people } from '../../db/schema/index.ts'
import { ConflictError, ForbiddenError, NotFoundError } from '../../domain/errors.ts'
import { canGrantRole } from '../../domain/roles.ts'
import { assertCan } from '../authorize.ts'
import type { Actor, Deps } from '../deps.ts'
import { hashSecret, newSecret } from '../auth/session-token.ts'
import { getWorkspace } from './get-workspace.ts'

export const INVITE_DAYS = 14
type InviteRow = typeof invites.$inferSelect

const present = (r: InviteRow): Invite => ({
  id: r.id,
  role: r.role,
  email: r.email,
  createdAt: r.createdAt.toISOString(),
  expiresAt: r.expiresAt.toISOString(),
  acceptedAt: r.acceptedAt?.toISOString() ?? null,
  revokedAt: r.revokedAt?.toISOString() ?? null,
})

/** Makes an invite link; the token is returned once and only its hash is stored. */
export async function createInvite(deps: Deps, actor: Actor, body: CreateInviteBody, baseUrl: string): Promise<CreatedInvite> {
  assertCan(actor, 'invite')
  if (!canGrantRole(actor.role, body.role)) throw new ForbiddenError('Only an owner may invite another owner.')
  const { token, hash } = newSecret()
  const now = deps.clock.now()
  const row: InviteRow = {
    workspaceId: actor.workspaceId,
    id: uuidv7(),
    tokenHash: hash,
    role: body.role,
    email: body.email?.toLowerCase() ?? null,
    createdBy: actor.userId,
    createdAt: now,
    expiresAt: new Date(Math.max(now.getTime(), Date.now()) + INVITE_DAYS * 86_400_000),
    acceptedBy: null,
    acceptedAt: null,
    revokedAt: null,
  }
  await deps.db.insert(invites).values(row)
  return { ...present(row), token, url: `${baseUrl}/invite/${token}` }
}

export async function listInvites(deps: Deps, actor: Actor): Promise<Invite[]> {
  assertCan(actor, 'invite')
  const rows = await deps.db.select().from(invites).where(eq(invites.workspaceId, actor.workspaceId)).orderBy(desc(invites.createdAt))
  return rows.map(present)
}

export async function revokeInvite(deps: Deps, actor: Actor, inviteId: string): Promise<void> {
  assertCan(actor, 'invite')
  const done = await deps.db
    .update(invites)
    .set({ revokedAt: deps.clock.now() })
    .where(and(eq(invites.workspaceId, actor.workspaceId), eq(invites.id, inviteId), isNull(invites.acceptedAt)))
    .returning({ id: invites.id })
  if (done.length === 0) throw new NotFoundError('open invite', inviteId)
}

async function findOpenInvite(deps: Deps, token: string) {
  const [row] = await deps.db
    .select({ invite: invites, workspaceName: workspaces.name, workspaceSlug: workspaces.slug })
    .from(invites)
    .innerJoin(workspaces, eq(workspaces.id, invites.workspaceId))
    .where(eq(invites.tokenHash, hashSecret(token)))
  // Expiry uses wall-clock time so a pinned demo clock cannot keep links alive forever.
  if (!row || row.invite.revokedAt || row.invite.acceptedAt || row.invite.expiresAt.getTime() < Date.now()) throw new NotFoundError('invite', 'link')
  return row
}

export async function previewInvite(deps: Deps, token: string): Promise<InvitePreview> {
  const row = await findOpenInvite(deps, token)
  return { workspaceName: row.workspaceName, workspaceSlug: row.workspaceSlug, role: row.invite.role, expiresAt: row.invite.expiresAt.toISOString() }
}

/** Joins the signed-in user to the invite's workspace with the invite's role. */
export async function acceptInvite(deps: Deps, user: { id: string; email: string; displayName: string }, token: string): Promise<Workspace> {
  const { invite } = await findOpenInvite(deps, token)
  if (invite.email && invite.email !== user.email) throw new ForbiddenError(`This invite is for ${invite.email}; log in with that address.`)
  const now = deps.clock.now()
  await deps.db.transaction(async (tx) => {
    const [already] = await tx
      .select()
      .from(workspaceMembers)
      .where(and(eq(workspaceMembers.workspaceId, invite.workspaceId), eq(workspaceMembers.userId, user.id)))
    if (already) throw new ConflictError('You are already in this workspace.')
    await tx.insert(workspaceMembers).values({ workspaceId: invite.workspaceId, userId: user.id, role: invite.role, joinedAt: now })
    await tx
      .update(invites)
      .set({ acceptedAt: now, acceptedBy: user.id })
      .where(and(eq(invites.workspaceId, invite.workspaceId), eq(invites.id, invite.id)))
    const [person] = await tx
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.workspaceId, invite.workspaceId), eq(people.userId, user.id)))
    if (!person) {
      await tx
        .insert(people)
        .values({ workspaceId: invite.workspaceId, id: uuidv7(), name: user.displayName, email: user.email, userId: user.id, createdAt: now, updatedAt: now })
    }
  })
  return getWorkspace(deps, { userId: user.id, workspaceId: invite.workspaceId, role: invite.role })
}
