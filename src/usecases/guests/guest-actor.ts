/** What every guest-list use case shares: who acts and what they may manage, how a list and a request are presented. */
import type { GuestList, GuestRequest } from '../../contract/guests.ts'
import type { Db } from '../../db/client.ts'
import { findPersonIdOfUser } from '../../db/queries/accounts.ts'
import { actIdsOfPerson } from '../../db/queries/acts.ts'
import { allotmentsOfShow, requestsOfShow, showForGuests, type ShowForGuests, type StoredAllotment, type StoredGuestRequest } from '../../db/queries/guests.ts'
import { ForbiddenError, NotFoundError } from '../../domain/errors.ts'
import { allotmentFor, countsByType, headsUsed, windowProblem, type Allotment, type AllotmentKey } from '../../domain/guests.ts'
import { grantOf } from '../../domain/permissions.ts'
import type { Actor, Deps } from '../deps.ts'
import { readerOf } from '../read-access.ts'

/** Who acts on a guest list: whether they manage it (decide, allot, lock, check in), their person and parties. */
export interface GuestActor {
  actor: Actor
  manages: boolean
  personId: string | null
  actIds: Set<string>
}

export async function guestActor(deps: Deps, actor: Actor, action: 'read' | 'write'): Promise<GuestActor> {
  if (action === 'read') await readerOf(deps, actor, 'guests')
  else if (grantOf(actor.role, 'guests').write === 'none') throw new ForbiddenError(`Your role (${actor.role}) may not change guest lists in this workspace.`)
  const personId = await findPersonIdOfUser(deps.db, actor.workspaceId, actor.userId)
  const actIds = new Set(personId ? await actIdsOfPerson(deps.db, actor.workspaceId, personId) : [])
  return { actor, manages: grantOf(actor.role, 'guests').write === 'all', personId, actIds }
}

export const isMine = (r: StoredGuestRequest, who: GuestActor) =>
  r.createdByUserId === who.actor.userId || (who.personId !== null && r.requesterPersonId === who.personId)

export function presentRequest(r: StoredGuestRequest, who: GuestActor): GuestRequest {
  return {
    id: r.id,
    showId: r.showId,
    version: r.version,
    name: r.name,
    plusN: r.plusN,
    passType: r.passType,
    note: r.note,
    meetAndGreetTime: r.meetAndGreetTime,
    status: r.status,
    allotment: r.allotment,
    requesterPersonId: r.requesterPersonId,
    requesterName: r.requesterName,
    mine: isMine(r, who),
    checkIn: r.checkIn && {
      checkInId: r.checkIn.checkInId,
      device: r.checkIn.device,
      admittedAt: r.checkIn.admittedAt.toISOString(),
      recordedAt: r.checkIn.recordedAt.toISOString(),
    },
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }
}

const keyOfAllotment = (a: Allotment): AllotmentKey => (a.personId ? `person:${a.personId}` : `act:${a.actId!}`)

function presentAllotment(a: StoredAllotment | (Allotment & { holderName: string }), requests: readonly StoredGuestRequest[], key: string) {
  return { personId: a.personId, actId: a.actId, holderName: a.holderName, headLimit: a.headLimit, passTypes: a.passTypes, used: headsUsed(requests, key) }
}

export async function loadShow(db: Db, workspaceId: string, showId: string): Promise<ShowForGuests> {
  const show = await showForGuests(db, workspaceId, showId)
  if (!show) throw new NotFoundError('show', showId)
  return show
}

export const windowOf = (show: ShowForGuests) => ({
  locked: show.list?.locked ?? false,
  cutoffAt: show.list?.cutoffAt ?? null,
  cutoffLocal: show.list?.cutoffLocal ?? null,
})

export async function view(deps: Deps, who: GuestActor, showId: string): Promise<GuestList> {
  const ws = who.actor.workspaceId
  const show = await loadShow(deps.db, ws, showId)
  const [allotments, requests] = await Promise.all([allotmentsOfShow(deps.db, ws, showId), requestsOfShow(deps.db, ws, showId)])
  const mine = allotmentFor(allotments, { userId: who.actor.userId, personId: who.personId, actIds: who.actIds })
  const closed = windowProblem(windowOf(show), deps.clock.now(), who.manages)
  const visibleAllotments = who.manages
    ? allotments
    : allotments.filter((a) => (a.personId !== null && a.personId === who.personId) || (a.actId !== null && who.actIds.has(a.actId)))
  return {
    showId,
    version: show.list?.version ?? 0,
    cutoff: show.list?.cutoffLocal ?? null,
    cutoffAt: show.list?.cutoffAt?.toISOString() ?? null,
    locked: show.list?.locked ?? false,
    open: closed === null,
    closedBecause: closed?.message ?? null,
    timeZone: show.timeZone,
    manages: who.manages,
    allotments: visibleAllotments.map((a) => presentAllotment(a, requests, keyOfAllotment(a))),
    myAllotment: { ...presentAllotment({ ...mine.allotment, holderName: '' }, requests, mine.key), key: mine.key, isDefault: mine.isDefault },
    requests: (who.manages ? requests : requests.filter((r) => isMine(r, who))).map((r) => presentRequest(r, who)),
    counts: countsByType(requests.map((r) => ({ ...r, admitted: r.checkIn !== null }))),
  }
}

/** Tells open pages of the workspace that a show's guest list changed (ids only; ADR 048). */
export async function published<T>(deps: Deps, ws: string, showId: string, result: T): Promise<T> {
  await deps.events?.publish({ workspaceId: ws, kind: 'guests.list', showId })
  return result
}

export function assertManages(who: GuestActor, what: string): void {
  if (!who.manages) throw new ForbiddenError(`Only owners and managers ${what}.`)
}

export async function loadRequest(db: Db, who: GuestActor, showId: string, id: string): Promise<GuestRequest | null> {
  const [r] = await requestsOfShow(db, who.actor.workspaceId, showId, [id])
  return r ? presentRequest(r, who) : null
}

/** A request the actor may touch: a manager any, others only their own (anyone else's does not exist for them). */
export async function ownRequest(db: Db, who: GuestActor, showId: string, id: string): Promise<StoredGuestRequest> {
  const [r] = await requestsOfShow(db, who.actor.workspaceId, showId, [id])
  if (!r || (!who.manages && !isMine(r, who))) throw new NotFoundError('guest request', id)
  return r
}
