import { uuidv7 } from 'uuidv7'
import type { z } from 'zod'
import type {
  CheckInBodySchema,
  GuestDecisionBodySchema,
  GuestList,
  GuestListSettingsBodySchema,
  GuestRequest,
  GuestRequestBodySchema,
  UpdateGuestRequestBodySchema,
} from '../../contract/guests.ts'
import type { Db } from '../../db/client.ts'
import { findPersonIdOfUser } from '../../db/queries/accounts.ts'
import { actIdsOfPerson, missingActs } from '../../db/queries/acts.ts'
import {
  allotmentsOfShow,
  checkInOf,
  deleteCheckIn,
  insertCheckInIfAbsent,
  insertGuestListIfAbsent,
  lockShowForGuests,
  requestsOfShow,
  showForGuests,
  type ShowForGuests,
  type StoredAllotment,
  type StoredGuestRequest,
} from '../../db/queries/guests.ts'
import { missingPeople } from '../../db/queries/people.ts'
import { guestAllotmentRows, guestListRows, guestRequestRows } from '../../db/writes/documents.ts'
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, type FieldIssue } from '../../domain/errors.ts'
import {
  allotmentFor,
  allotmentIssues,
  allotmentOfKey,
  allotmentProblem,
  checkInOutcome,
  countsByType,
  cutoffInstant,
  headsUsed,
  holdsHeads,
  meetAndGreetIssue,
  windowProblem,
  type Allotment,
  type AllotmentKey,
} from '../../domain/guests.ts'
import { instantToLocalTime } from '../../domain/local-time.ts'
import type { DoorListInput } from '../../interop/guests/door-list.ts'
import { grantOf } from '../../domain/permissions.ts'
import type { Actor, Deps } from '../deps.ts'
import { readerOf } from '../read-access.ts'
import { finishVersionedWrite } from '../versioned-write.ts'

type SettingsBody = z.output<typeof GuestListSettingsBodySchema>
type RequestBody = z.output<typeof GuestRequestBodySchema>
type UpdateBody = z.output<typeof UpdateGuestRequestBodySchema>
type DecisionBody = z.output<typeof GuestDecisionBodySchema>
type CheckInBody = z.output<typeof CheckInBodySchema>

/** Who acts on a guest list: whether they manage it (decide, allot, lock, check in), their person and parties. */
interface GuestActor {
  actor: Actor
  manages: boolean
  personId: string | null
  actIds: Set<string>
}

async function guestActor(deps: Deps, actor: Actor, action: 'read' | 'write'): Promise<GuestActor> {
  if (action === 'read') await readerOf(deps, actor, 'guests')
  else if (grantOf(actor.role, 'guests').write === 'none') throw new ForbiddenError(`Your role (${actor.role}) may not change guest lists in this workspace.`)
  const personId = await findPersonIdOfUser(deps.db, actor.workspaceId, actor.userId)
  const actIds = new Set(personId ? await actIdsOfPerson(deps.db, actor.workspaceId, personId) : [])
  return { actor, manages: grantOf(actor.role, 'guests').write === 'all', personId, actIds }
}

const isMine = (r: StoredGuestRequest, who: GuestActor) =>
  r.createdByUserId === who.actor.userId || (who.personId !== null && r.requesterPersonId === who.personId)

function presentRequest(r: StoredGuestRequest, who: GuestActor): GuestRequest {
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

async function loadShow(db: Db, workspaceId: string, showId: string): Promise<ShowForGuests> {
  const show = await showForGuests(db, workspaceId, showId)
  if (!show) throw new NotFoundError('show', showId)
  return show
}

const windowOf = (show: ShowForGuests) => ({
  locked: show.list?.locked ?? false,
  cutoffAt: show.list?.cutoffAt ?? null,
  cutoffLocal: show.list?.cutoffLocal ?? null,
})

async function view(deps: Deps, who: GuestActor, showId: string): Promise<GuestList> {
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
async function published<T>(deps: Deps, ws: string, showId: string, result: T): Promise<T> {
  await deps.events?.publish({ workspaceId: ws, kind: 'guests.list', showId })
  return result
}

/** A show's guest list as its reader may see it: managers everything; members and touring musicians their own requests and the counts. */
export async function getGuestList(deps: Deps, actor: Actor, showId: string): Promise<GuestList> {
  return view(deps, await guestActor(deps, actor, 'read'), showId)
}

function assertManages(who: GuestActor, what: string): void {
  if (!who.manages) throw new ForbiddenError(`Only owners and managers ${what}.`)
}

/** Sets the cut-off, the lock and the allotments under the list's version (0: the first save). */
export async function saveGuestListSettings(deps: Deps, actor: Actor, showId: string, body: SettingsBody): Promise<GuestList> {
  const who = await guestActor(deps, actor, 'write')
  assertManages(who, 'set a guest list’s allotments, cut-off and lock')
  const ws = actor.workspaceId
  const show = await loadShow(deps.db, ws, showId)
  const issues: FieldIssue[] = []
  const cutoff = cutoffInstant(body.cutoff, show.timeZone, show.endsAt)
  if (cutoff.issue) issues.push(cutoff.issue)
  issues.push(...allotmentIssues(body.allotments))
  const missingP = await missingPeople(
    deps.db,
    ws,
    body.allotments.flatMap((a) => (a.personId ? [a.personId] : [])),
  )
  const missingA = await missingActs(
    deps.db,
    ws,
    body.allotments.flatMap((a) => (a.actId ? [a.actId] : [])),
  )
  body.allotments.forEach((a, i) => {
    if (a.personId && missingP.has(a.personId)) issues.push({ path: `allotments.${i}.personId`, message: 'no such person in this workspace' })
    if (a.actId && missingA.has(a.actId)) issues.push({ path: `allotments.${i}.actId`, message: 'no such act in this workspace' })
  })
  if (issues.length) throw new ValidationError(issues)
  const now = deps.clock.now()
  const updatedRows = await deps.db.transaction(async (tx) => {
    const current = await showForGuests(tx, ws, showId)
    if (!current) return 0
    const set = { cutoffLocal: body.cutoff, cutoffAt: cutoff.at, locked: body.locked, updatedAt: now }
    const written =
      current.list === null
        ? body.version === 0
          ? await insertGuestListIfAbsent(tx, { workspaceId: ws, id: showId, version: 1, ...set })
          : 0
        : await guestListRows.update(tx, ws, showId, set, body.version)
    if (written === 0) return 0
    await guestAllotmentRows.replace(
      tx,
      ws,
      showId,
      body.allotments.map((a, position) => ({
        workspaceId: ws,
        showId,
        position,
        personId: a.personId ?? null,
        actId: a.actId ?? null,
        headLimit: a.headLimit,
        passTypes: a.passTypes,
      })),
    )
    return written
  })
  return published(deps, ws, showId, await finishVersionedWrite({ kind: 'guest list', id: showId, updatedRows, load: async () => view(deps, who, showId) }))
}

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

async function loadRequest(db: Db, who: GuestActor, showId: string, id: string): Promise<GuestRequest | null> {
  const [r] = await requestsOfShow(db, who.actor.workspaceId, showId, [id])
  return r ? presentRequest(r, who) : null
}

/** A request the actor may touch: a manager any, others only their own (anyone else's does not exist for them). */
async function ownRequest(db: Db, who: GuestActor, showId: string, id: string): Promise<StoredGuestRequest> {
  const [r] = await requestsOfShow(db, who.actor.workspaceId, showId, [id])
  if (!r || (!who.manages && !isMine(r, who))) throw new NotFoundError('guest request', id)
  return r
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

export interface DoorList {
  title: string
  subtitle: string
  fileStem: string
  guests: StoredGuestRequest[]
  counts: ReturnType<typeof countsByType>
}

/**
 * The approved guests by name, for the door: owners and managers get the whole list; members and
 * touring musicians only their own guests (the table's `own`: other people's guests are personal data).
 */
export async function doorList(deps: Deps, actor: Actor, showId: string): Promise<DoorList> {
  const who = await guestActor(deps, actor, 'read')
  const show = await loadShow(deps.db, actor.workspaceId, showId)
  const approved = (await requestsOfShow(deps.db, actor.workspaceId, showId)).filter((r) => r.status === 'approved' && (who.manages || isMine(r, who)))
  const stem = `guests-${show.localDate}-${show.city}`
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
  return {
    title: `Guest list — ${show.actName}${who.manages ? '' : ' (your guests)'}`,
    subtitle: `${show.localDate} · ${show.venueName}, ${show.city}`,
    fileStem: stem,
    guests: approved,
    counts: countsByType(approved.map((r) => ({ ...r, admitted: r.checkIn !== null }))),
  }
}

const doorInput = (list: DoorList): DoorListInput => ({
  title: list.title,
  subtitle: list.subtitle,
  counts: list.counts,
  guests: list.guests.map((g) => ({
    id: g.id,
    name: g.name,
    plusN: g.plusN,
    passType: g.passType,
    note: g.note,
    meetAndGreetTime: g.meetAndGreetTime,
    requesterName: g.requesterName,
    admitted: g.checkIn !== null,
  })),
})

/** The door list as a file to download: PDF to print or CSV for a spreadsheet. */
export async function doorListFile(deps: Deps, actor: Actor, showId: string, format: 'pdf' | 'csv'): Promise<{ fileName: string; body: Buffer | string }> {
  const list = await doorList(deps, actor, showId)
  // pdf-lib and the fonts are loaded on first use, not at start (ADR 052).
  const { doorListCsv, doorListPdf } = await import('../../interop/guests/door-list.ts')
  const input = doorInput(list)
  return format === 'pdf'
    ? { fileName: `${list.fileStem}.pdf`, body: Buffer.from(await doorListPdf(input)) }
    : { fileName: `${list.fileStem}.csv`, body: doorListCsv(input) }
}
