import { handleOfAct, holderOfHandle, moveActHandle, releaseActHandle } from '../../db/writes/public-handles.ts'
import { resolveActId, getAct } from '../../db/queries/acts.ts'
import { sqlState, UNIQUE_VIOLATION, violatedConstraint } from '../../db/errors.ts'
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../domain/errors.ts'
import { grantOf } from '../../domain/permissions.ts'
import type { Actor, Deps } from '../deps.ts'
import { readerOf } from '../read-access.ts'

/** Addresses the server itself uses under /public/ or that would read as official. */
export const RESERVED_HANDLES = new Set(['api', 'admin', 'feeds', 'public', 'static', 'assets', 'greenroom', 'login', 'signup', 'help', 'about', 'www'])

export interface PublicHandle {
  handle: string | null
}

async function actIdOf(deps: Deps, actor: Actor, actIdOrSlug: string): Promise<string> {
  const id = await resolveActId(deps.db, actor.workspaceId, actIdOrSlug)
  if (!id) throw new NotFoundError('act', actIdOrSlug)
  return id
}

/** Who may claim or release a handle is the permission table's (resource `public-handles`: owners). */
function assertOwner(actor: Actor) {
  if (grantOf(actor.role, 'public-handles').write === 'none')
    throw new ForbiddenError(`Your role (${actor.role}) may not give an act a public page; an owner of the workspace may.`)
}

/** The act's public handle, if an owner claimed one. */
export async function getPublicHandle(deps: Deps, actor: Actor, actIdOrSlug: string): Promise<PublicHandle> {
  await readerOf(deps, actor, 'public-handles')
  const actId = await actIdOf(deps, actor, actIdOrSlug)
  return { handle: await handleOfAct(deps.db, actor.workspaceId, actId) }
}

/**
 * Gives one of our acts the public page /public/{handle}; the handle is unique on the server,
 * first claimed, first kept (409 naming `handle` when another act holds it). Claiming again
 * moves the act to the new handle and frees the old one. Owners only.
 */
export async function claimPublicHandle(deps: Deps, actor: Actor, actIdOrSlug: string, handle: string): Promise<PublicHandle> {
  assertOwner(actor)
  const actId = await actIdOf(deps, actor, actIdOrSlug)
  const act = await getAct(deps.db, actor.workspaceId, actId)
  if (!act?.isInternal) throw new ValidationError([{ path: 'actId', message: 'only our own (internal) acts have public pages' }])
  if (RESERVED_HANDLES.has(handle)) throw new ValidationError([{ path: 'handle', message: 'this handle is reserved' }])
  const taken = () => new ConflictError(`The public handle "${handle}" is taken on this server; choose another.`, [{ path: 'handle', message: 'taken' }])
  try {
    await deps.db.transaction(async (tx) => {
      const holder = await holderOfHandle(tx, handle)
      if (holder && (holder.workspaceId !== actor.workspaceId || holder.actId !== actId)) throw taken()
      if (holder) return
      await moveActHandle(tx, { handle, workspaceId: actor.workspaceId, actId, claimedBy: actor.userId, claimedAt: deps.clock.now() })
    })
  } catch (err) {
    // Claimed at the same moment by someone else.
    if (sqlState(err) === UNIQUE_VIOLATION && violatedConstraint(err) !== 'public_handles_act_key') throw taken()
    throw err
  }
  return { handle }
}

/** Takes the act's public page down; the handle is free for anyone to claim. Owners only. */
export async function releasePublicHandle(deps: Deps, actor: Actor, actIdOrSlug: string): Promise<void> {
  assertOwner(actor)
  const actId = await actIdOf(deps, actor, actIdOrSlug)
  await releaseActHandle(deps.db, actor.workspaceId, actId)
}
