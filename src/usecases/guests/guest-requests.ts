import { uuidv7 } from 'uuidv7'
import type { z } from 'zod'
import type { GuestDecisionBodySchema, GuestRequest, GuestRequestBodySchema, UpdateGuestRequestBodySchema } from '../../contract/guests.ts'
import type { Db } from '../../db/client.ts'
import { missingActs } from '../../db/queries/acts.ts'
import { allotmentsOfShow, lockShowForGuests, requestsOfShow } from '../../db/queries/guests.ts'
import { missingPeople } from '../../db/queries/people.ts'
import { guestRequestRows } from '../../db/writes/documents.ts'
import { ConflictError, ValidationError } from '../../domain/errors.ts'
import {
  allotmentFor,
  allotmentOfKey,
  allotmentProblem,
  headsUsed,
  holdsHeads,
  meetAndGreetIssue,
  windowProblem,
  type Allotment,
  type AllotmentKey,
} from '../../domain/guests.ts'
import type { Actor, Deps } from '../deps.ts'
import { finishVersionedWrite } from '../versioned-write.ts'
import { assertManages, guestActor, loadRequest, loadShow, ownRequest, published, windowOf, type GuestActor } from './guest-actor.ts'

type RequestBody = z.output<typeof GuestRequestBodySchema>
type UpdateBody = z.output<typeof UpdateGuestRequestBodySchema>
type DecisionBody = z.output<typeof GuestDecisionBodySchema>

function assertFits(allotment: Allotment, used: number, ask: { plusN: number; passType: RequestBody['passType'] }): void {
  const problem = allotmentProblem(allotment, used, ask)
  if (!problem) return
  if (problem.status === 400) throw new ValidationError([problem.issue])
  throw new ConflictError(`${problem.issue.message}.`, [problem.issue])
}

/** Which allotment a new request goes to: the requester's own, or (managers) the person's or party's named, or the managers' own list. */
async function keyFor(db: Db, who: GuestActor, body: RequestBody, allotments: readonly Allotment[]): Promise<AllotmentKey> {
  const behalf = body.onBehalfOf
  if (behalf && (behalf.personId || behalf.actId)) {
    if (!who.manages)
      throw new ValidationError([{ path: 'onBehalfOf', message: 'only owners and managers ask for someone else; leave it out to use your own allotment' }])
    if (behalf.personId && behalf.actId) throw new ValidationError([{ path: 'onBehalfOf', message: 'name a person or a party, not both' }])
    const ws = who.actor.workspaceId
    if (behalf.personId && (await missingPeople(db, ws, [behalf.personId])).size)
      throw new ValidationError([{ path: 'onBehalfOf.personId', message: 'no such person in this workspace' }])
    if (behalf.actId && (await missingActs(db, ws, [behalf.actId])).size)
      throw new ValidationError([{ path: 'onBehalfOf.actId', message: 'no such act in this workspace' }])
    return behalf.personId ? `person:${behalf.personId}` : `act:${behalf.actId!}`
  }
  if (who.manages) return 'managers'
  return allotmentFor(allotments, { userId: who.actor.userId, personId: who.personId, actIds: who.actIds }).key
}

/**
 * Asks for a guest. Members and touring musicians ask within their allotment, before the cut-off,
 * and a manager decides; what a manager files is approved at once. Over the allotment: 409; after
 * the cut-off or on a locked list: 400 naming `cutoff` or `locked`; nothing is stored then.
 */
export async function createGuestRequest(deps: Deps, actor: Actor, showId: string, body: RequestBody): Promise<GuestRequest> {
  const who = await guestActor(deps, actor, 'write')
  const ws = actor.workspaceId
  const mg = meetAndGreetIssue(body.passType, body.meetAndGreetTime)
  if (mg) throw new ValidationError([mg])
  const id = uuidv7()
  await deps.db.transaction(async (tx) => {
    await lockShowForGuests(tx, ws, showId)
    const show = await loadShow(tx, ws, showId)
    const now = deps.clock.now()
    const closed = windowProblem(windowOf(show), now, who.manages)
    if (closed) throw new ValidationError([closed])
    const [allotments, requests] = await Promise.all([allotmentsOfShow(tx, ws, showId), requestsOfShow(tx, ws, showId)])
    const key = await keyFor(tx, who, body, allotments)
    if (key !== 'managers') assertFits(allotmentOfKey(allotments, key), headsUsed(requests, key), body)
    const requesterPersonId = key.startsWith('person:') && body.onBehalfOf?.personId ? body.onBehalfOf.personId : who.personId
    await guestRequestRows.insert(tx, {
      workspaceId: ws,
      id,
      showId,
      version: 1,
      name: body.name,
      plusN: body.plusN,
      passType: body.passType,
      note: body.note,
      meetAndGreetTime: body.meetAndGreetTime,
      status: who.manages ? 'approved' : 'pending',
      allotment: key,
      requesterPersonId,
      createdByUserId: actor.userId,
      decidedByUserId: who.manages ? actor.userId : null,
      decidedAt: who.manages ? now : null,
      createdAt: now,
      updatedAt: now,
    })
  })
  return published(deps, ws, showId, (await loadRequest(deps.db, who, showId, id))!)
}

/** Changes a request under its version; a member's change of a decided request asks the manager again (pending). */
export async function updateGuestRequest(deps: Deps, actor: Actor, showId: string, id: string, body: UpdateBody): Promise<GuestRequest> {
  const who = await guestActor(deps, actor, 'write')
  const ws = actor.workspaceId
  const mg = meetAndGreetIssue(body.passType, body.meetAndGreetTime)
  if (mg) throw new ValidationError([mg])
  const updatedRows = await deps.db.transaction(async (tx) => {
    await lockShowForGuests(tx, ws, showId)
    const show = await loadShow(tx, ws, showId)
    const current = await ownRequest(tx, who, showId, id)
    if (current.version !== body.version) return 0
    const closed = windowProblem(windowOf(show), deps.clock.now(), who.manages)
    if (closed) throw new ValidationError([closed])
    if (current.checkIn) throw new ConflictError('This guest has been admitted already; the request cannot change now.')
    if (current.allotment !== 'managers' && holdsHeads(current)) {
      const [allotments, requests] = await Promise.all([allotmentsOfShow(tx, ws, showId), requestsOfShow(tx, ws, showId)])
      assertFits(allotmentOfKey(allotments, current.allotment as AllotmentKey), headsUsed(requests, current.allotment, id), body)
    }
    const { version, ...fields } = body
    const backToPending = !who.manages && current.status !== 'pending'
    return guestRequestRows.update(
      tx,
      ws,
      id,
      { ...fields, updatedAt: deps.clock.now(), ...(backToPending ? { status: 'pending', decidedAt: null, decidedByUserId: null } : {}) },
      version,
    )
  })
  return published(deps, ws, showId, await finishVersionedWrite({ kind: 'guest request', id, updatedRows, load: () => loadRequest(deps.db, who, showId, id) }))
}

/** Approves or denies a request (or puts it back to pending), under its version: managers only, not on a locked list. */
export async function decideGuestRequest(deps: Deps, actor: Actor, showId: string, id: string, body: DecisionBody): Promise<GuestRequest> {
  const who = await guestActor(deps, actor, 'write')
  assertManages(who, 'approve or deny guests')
  const ws = actor.workspaceId
  const updatedRows = await deps.db.transaction(async (tx) => {
    await lockShowForGuests(tx, ws, showId)
    const show = await loadShow(tx, ws, showId)
    const current = await ownRequest(tx, who, showId, id)
    if (current.version !== body.version) return 0
    if (show.list?.locked) throw new ValidationError([{ path: 'locked', message: 'the guest list of this show is locked: unlock it to change a decision' }])
    if (current.checkIn && body.decision !== 'approved') throw new ConflictError('This guest has been admitted already; undo the check-in first.')
    // a denied request freed its places: taking them again must still fit
    if (current.status === 'denied' && body.decision !== 'denied' && current.allotment !== 'managers') {
      const [allotments, requests] = await Promise.all([allotmentsOfShow(tx, ws, showId), requestsOfShow(tx, ws, showId)])
      assertFits(allotmentOfKey(allotments, current.allotment as AllotmentKey), headsUsed(requests, current.allotment, id), current)
    }
    const now = deps.clock.now()
    const decided = body.decision !== 'pending'
    return guestRequestRows.update(
      tx,
      ws,
      id,
      { status: body.decision, decidedAt: decided ? now : null, decidedByUserId: decided ? actor.userId : null, updatedAt: now },
      body.version,
    )
  })
  return published(deps, ws, showId, await finishVersionedWrite({ kind: 'guest request', id, updatedRows, load: () => loadRequest(deps.db, who, showId, id) }))
}

/** Withdraws a request (its asker, or a manager), not after the cut-off or on a locked list, not once admitted. */
export async function deleteGuestRequest(deps: Deps, actor: Actor, showId: string, id: string): Promise<void> {
  const who = await guestActor(deps, actor, 'write')
  const ws = actor.workspaceId
  await deps.db.transaction(async (tx) => {
    const show = await loadShow(tx, ws, showId)
    const current = await ownRequest(tx, who, showId, id)
    const closed = windowProblem(windowOf(show), deps.clock.now(), who.manages)
    if (closed) throw new ValidationError([closed])
    if (current.checkIn) throw new ConflictError('This guest has been admitted already; undo the check-in first.')
    await guestRequestRows.delete(tx, ws, id)
  })
  await published(deps, ws, showId, undefined)
}
