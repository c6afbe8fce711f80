import { uuidv7 } from 'uuidv7'
import type { CreateInviteBody, CreatedInvite, Invite, InvitePreview, Workspace } from '../../contract/auth.ts'
import { findPersonIdOfUser } from '../../db/queries/accounts.ts'
import { getMemberRow } from '../../db/queries/workspaces.ts'
import { personRows } from '../../db/writes/documents.ts'
import { acceptInviteRow, insertInvite, inviteByTokenHash, listInviteRows, revokeOpenInvite, type InviteRow } from '../../db/writes/invites.ts'
import { ConflictError, ForbiddenError, NotFoundError } from '../../domain/errors.ts'
import { canGrantRole } from '../../domain/permissions.ts'
import { assertWritesAll } from '../authorize.ts'
import type { Actor, Deps } from '../deps.ts'
import { hashSecret, newSecret } from '../auth/session-token.ts'
import { getWorkspace } from './get-workspace.ts'
import { mailInvite } from '../mail/invite-mail.ts'

export const INVITE_DAYS = 14

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
  assertWritesAll(actor, 'members')
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
  await insertInvite(deps.db, row)
  if (row.email) {
    const inviter = (await getMemberRow(deps.db, actor.workspaceId, actor.userId))?.displayName ?? 'Someone'
    await mailInvite(deps, {
      workspaceId: actor.workspaceId,
      inviteId: row.id,
      address: row.email,
      token,
      role: row.role,
      inviterName: inviter,
      expiresAt: row.expiresAt,
    })
  }
  return { ...present(row), token, url: `${baseUrl}/invite/${token}` }
}

export async function listInvites(deps: Deps, actor: Actor): Promise<Invite[]> {
  assertWritesAll(actor, 'members')
  return (await listInviteRows(deps.db, actor.workspaceId)).map(present)
}

export async function revokeInvite(deps: Deps, actor: Actor, inviteId: string): Promise<void> {
  assertWritesAll(actor, 'members')
  if (!(await revokeOpenInvite(deps.db, actor.workspaceId, inviteId, deps.clock.now()))) throw new NotFoundError('open invite', inviteId)
}

async function findOpenInvite(deps: Deps, token: string) {
  const row = await inviteByTokenHash(deps.db, hashSecret(token))
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
    if (await getMemberRow(tx, invite.workspaceId, user.id)) throw new ConflictError('You are already in this workspace.')
    await acceptInviteRow(tx, invite, user.id, now)
    if ((await findPersonIdOfUser(tx, invite.workspaceId, user.id)) === null) {
      await personRows.insert(tx, {
        workspaceId: invite.workspaceId,
        id: uuidv7(),
        name: user.displayName,
        email: user.email,
        userId: user.id,
        createdAt: now,
        updatedAt: now,
      })
    }
  })
  return getWorkspace(deps, { userId: user.id, workspaceId: invite.workspaceId, role: invite.role })
}
