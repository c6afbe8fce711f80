import type { z } from 'zod'
import type { CheckInBodySchema, GuestRequest } from '../../contract/guests.ts'
import { checkInOf, deleteCheckIn, insertCheckInIfAbsent } from '../../db/queries/guests.ts'
import { ConflictError } from '../../domain/errors.ts'
import { checkInOutcome } from '../../domain/guests.ts'
import { instantToLocalTime } from '../../domain/local-time.ts'
import type { Actor, Deps } from '../deps.ts'
import { assertManages, guestActor, loadRequest, loadShow, ownRequest, published } from './guest-actor.ts'

type CheckInBody = z.output<typeof CheckInBodySchema>

export type CheckInOutcome = 'admitted' | 'already-admitted-by-this-tap'

/**
 * Admits an approved guest at the door, once: the first tap admits; the same tap sent again (its
 * answer lost, or queued offline and sent twice) answers the same admission; any other tap (another
 * phone that admitted the guest offline too) is a 409 naming when and where the guest came in.
 */
export async function checkInGuest(
  deps: Deps,
  actor: Actor,
  showId: string,
  id: string,
  body: CheckInBody,
): Promise<{ outcome: CheckInOutcome; request: GuestRequest }> {
  const who = await guestActor(deps, actor, 'write')
  assertManages(who, 'check guests in at the door')
  const ws = actor.workspaceId
  const show = await loadShow(deps.db, ws, showId)
  const current = await ownRequest(deps.db, who, showId, id)
  if (current.status !== 'approved') throw new ConflictError(`This guest is ${current.status}, not approved: they are not on the door list.`)
  const now = deps.clock.now()
  // the phone's clock may be off: an admission is never recorded later than the server hears of it
  const admittedAt = body.admittedAt && new Date(body.admittedAt).getTime() < now.getTime() ? new Date(body.admittedAt) : now
  const inserted = await insertCheckInIfAbsent(deps.db, {
    workspaceId: ws,
    requestId: id,
    checkInId: body.checkInId,
    device: body.device,
    admittedAt,
    recordedAt: now,
    byUserId: actor.userId,
  })
  const existing = inserted ? null : await checkInOf(deps.db, ws, id)
  const outcome = inserted ? 'admit' : checkInOutcome(existing, body.checkInId)
  if (outcome === 'conflict') {
    const at = instantToLocalTime(existing!.admittedAt, show.timeZone)
    throw new ConflictError(
      `${current.name} was already admitted at ${at} (venue time)${existing!.device ? ` on ${existing!.device}` : ''}: not admitted again.`,
      [{ path: 'checkInId', message: 'this guest has been checked in by another tap' }],
    )
  }
  const admitted = {
    outcome: outcome === 'admit' ? ('admitted' as const) : ('already-admitted-by-this-tap' as const),
    request: (await loadRequest(deps.db, who, showId, id))!,
  }
  return outcome === 'admit' ? published(deps, ws, showId, admitted) : admitted
}

/** Undoes an admission (the wrong name was pressed): managers only. */
export async function undoCheckIn(deps: Deps, actor: Actor, showId: string, id: string): Promise<GuestRequest> {
  const who = await guestActor(deps, actor, 'write')
  assertManages(who, 'check guests in at the door')
  await ownRequest(deps.db, who, showId, id)
  await deleteCheckIn(deps.db, actor.workspaceId, id)
  return published(deps, actor.workspaceId, showId, (await loadRequest(deps.db, who, showId, id))!)
}
