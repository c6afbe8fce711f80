import { uuidv7 } from 'uuidv7'
import type { z } from 'zod'
import type { AvailabilityRequest, AvailabilityRequestBody, MakeCommitmentBodySchema } from '../../contract/availability-requests.ts'
import type { Commitment } from '../../contract/touring.ts'
import { findPersonIdOfUser } from '../../db/queries/accounts.ts'
import { listActPeople, missingActs } from '../../db/queries/acts.ts'
import { missingPeople } from '../../db/queries/people.ts'
import {
  availabilityAnswerRows,
  availabilityRequestRowsOfPerson,
  closeAvailabilityRequestRow,
  deleteAvailabilityRequestRow,
  getAvailabilityRequestRow,
  insertAvailabilityRequest,
  lineupPersonIds,
  listAvailabilityRequestRows,
  missingShowIds,
  setAnswersCommitment,
  setAvailabilityAnswer,
  type AvailabilityAnswerRow,
  type AvailabilityRequestRow,
} from '../../db/writes/availability-requests.ts'
import { countAnswers, deadlineOf, isOpen, requestDateProblems, type AvailabilityAnswer } from '../../domain/availability-requests.ts'
import { isCurrentMembership } from '../../domain/consensus.ts'
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, type FieldIssue } from '../../domain/errors.ts'
import { timeZoneProblem } from '../../domain/local-time.ts'
import { grantOf } from '../../domain/permissions.ts'
import { createCommitment } from '../commitments/save-commitment.ts'
import type { Actor, Deps } from '../deps.ts'
import { readerOf } from '../read-access.ts'
import { scheduleAvailabilityJobs, tellAboutAvailability } from './availability-jobs.ts'

/**
 * Availability requests (issue 14, point 4; ADR 042). Owners and managers ask, read every answer,
 * close a request and make the "yes" answers a commitment; a person asked reads the request, their
 * own answer and the counts (never anyone else's answer or comment) and answers until the deadline
 * or the close; anyone else gets 404, as for a request of another workspace.
 */
const LIST_MAX = 200

function assertManages(actor: Actor): void {
  if (grantOf(actor.role, 'availability').write !== 'all')
    throw new ForbiddenError(`Your role (${actor.role}) may not ask for availability or read others' answers in this workspace.`)
}

type AnswerRow = AvailabilityAnswerRow & { personName: string }

function answerView(a: AnswerRow) {
  return {
    personId: a.personId,
    personName: a.personName,
    answer: (a.answer as AvailabilityAnswer | null) ?? null,
    comment: a.comment,
    answeredAt: a.answeredAt?.toISOString() ?? null,
    commitmentId: a.commitmentId,
  }
}

function requestView(r: AvailabilityRequestRow, answers: AnswerRow[], now: Date, opts: { whole: boolean; personId: string | null }): AvailabilityRequest {
  const mine = opts.personId ? answers.find((a) => a.personId === opts.personId) : undefined
  return {
    id: r.id,
    title: r.title,
    note: r.note,
    startDate: r.startDate,
    endDate: r.endDate,
    timeZone: r.timeZone,
    answerBy: r.answerBy,
    deadlineAt: r.deadlineAt.toISOString(),
    closedAt: r.closedAt?.toISOString() ?? null,
    open: isOpen(r, now),
    createdByPersonId: r.createdByPersonId,
    counts: countAnswers(answers),
    answers: opts.whole ? answers.map(answerView) : mine ? [answerView(mine)] : [],
    myAnswer: mine ? answerView(mine) : null,
    createdAt: r.createdAt.toISOString(),
  }
}

/** Everyone the body names: people by id, current members of acts, lineups of shows; unknown ids are 400s naming the field. */
async function askedPeople(deps: Deps, workspaceId: string, body: AvailabilityRequestBody): Promise<string[]> {
  const issues: FieldIssue[] = []
  const missing = await missingPeople(deps.db, workspaceId, body.personIds)
  body.personIds.forEach((id, i) => missing.has(id) && issues.push({ path: `personIds.${i}`, message: `no person ${id} in this workspace` }))
  const noActs = await missingActs(deps.db, workspaceId, body.actIds)
  body.actIds.forEach((id, i) => noActs.has(id) && issues.push({ path: `actIds.${i}`, message: `no act ${id} in this workspace` }))
  const noShows = await missingShowIds(deps.db, workspaceId, body.showIds)
  body.showIds.forEach((id, i) => noShows.has(id) && issues.push({ path: `showIds.${i}`, message: `no show ${id} in this workspace` }))
  if (issues.length > 0) throw new ValidationError(issues)
  const today = deps.clock.now().toISOString().slice(0, 10)
  const ids = new Set(body.personIds)
  for (const actId of body.actIds)
    for (const p of await listActPeople(deps.db, workspaceId, actId)) if (isCurrentMembership(p.endDate, today)) ids.add(p.personId)
  for (const id of await lineupPersonIds(deps.db, workspaceId, body.showIds)) ids.add(id)
  if (ids.size === 0) throw new ValidationError([{ path: 'personIds', message: 'ask at least one person (by name, an act or a show’s lineup)' }])
  return [...ids]
}

export async function createAvailabilityRequest(deps: Deps, actor: Actor, body: AvailabilityRequestBody): Promise<AvailabilityRequest> {
  assertManages(actor)
  const zoneIssue = timeZoneProblem(body.timeZone)
  const issues = [...requestDateProblems(body), ...(zoneIssue ? [{ path: 'timeZone', message: zoneIssue }] : [])]
  if (issues.length > 0) throw new ValidationError(issues)
  const now = deps.clock.now()
  const deadlineAt = deadlineOf(body.answerBy, body.timeZone)
  if (deadlineAt <= now) throw new ValidationError([{ path: 'answerBy', message: `the answer-by date (${body.answerBy}) has passed` }])
  const personIds = await askedPeople(deps, actor.workspaceId, body)
  const id = uuidv7()
  const createdByPersonId = await findPersonIdOfUser(deps.db, actor.workspaceId, actor.userId)
  await deps.db.transaction(async (tx) => {
    await insertAvailabilityRequest(
      tx,
      {
        workspaceId: actor.workspaceId,
        id,
        title: body.title,
        note: body.note,
        startDate: body.startDate,
        endDate: body.endDate,
        timeZone: body.timeZone,
        answerBy: body.answerBy,
        deadlineAt,
        createdByPersonId,
        createdAt: now,
        updatedAt: now,
      },
      personIds,
    )
  })
  // after the commit: the asked are told now, reminders and the deadline are queued for later
  await tellAboutAvailability(deps, { workspaceId: actor.workspaceId, requestId: id, step: 'asked' })
  await scheduleAvailabilityJobs(deps, { workspaceId: actor.workspaceId, requestId: id, answerBy: body.answerBy, timeZone: body.timeZone })
  return getAvailabilityRequest(deps, actor, id)
}

/** Owners and managers: every request (at most 200, the latest first). Others: the requests they are asked in. */
export async function listAvailabilityRequests(deps: Deps, actor: Actor): Promise<AvailabilityRequest[]> {
  const reader = await readerOf(deps, actor, 'availability')
  const now = deps.clock.now()
  const rows = reader.whole
    ? await listAvailabilityRequestRows(deps.db, actor.workspaceId, LIST_MAX)
    : reader.personId
      ? (await availabilityRequestRowsOfPerson(deps.db, actor.workspaceId, reader.personId, { limit: LIST_MAX })).map((r) => r.request)
      : []
  const answers = await availabilityAnswerRows(
    deps.db,
    actor.workspaceId,
    rows.map((r) => r.id),
  )
  return rows.map((r) =>
    requestView(
      r,
      answers.filter((a) => a.requestId === r.id),
      now,
      { whole: reader.whole, personId: reader.personId },
    ),
  )
}

/** One request: whole for owners and managers; for someone asked, their own answer and the counts; for anyone else, 404. */
export async function getAvailabilityRequest(deps: Deps, actor: Actor, id: string): Promise<AvailabilityRequest> {
  const reader = await readerOf(deps, actor, 'availability')
  const row = await getAvailabilityRequestRow(deps.db, actor.workspaceId, id)
  if (!row) throw new NotFoundError('availability request', id)
  const answers = await availabilityAnswerRows(deps.db, actor.workspaceId, [id])
  if (!reader.whole && !answers.some((a) => a.personId === reader.personId)) throw new NotFoundError('availability request', id)
  return requestView(row, answers, deps.clock.now(), { whole: reader.whole, personId: reader.personId })
}

/** The open requests a person is asked in, with their answer (for their home): the nearest deadline first. */
export async function openRequestsOf(deps: Deps, workspaceId: string, personId: string, limit: number) {
  return availabilityRequestRowsOfPerson(deps.db, workspaceId, personId, { openAt: deps.clock.now(), limit })
}

/**
 * Records a person's answer (their own, signed in, or through the signed link of their email): 404
 * when they are not asked, 409 once the request is closed or its deadline has passed.
 */
export async function answerAsPerson(
  deps: Deps,
  workspaceId: string,
  requestId: string,
  personId: string,
  body: { answer: AvailabilityAnswer; comment: string },
): Promise<AvailabilityRequestRow> {
  const row = await getAvailabilityRequestRow(deps.db, workspaceId, requestId)
  if (!row) throw new NotFoundError('availability request', requestId)
  const now = deps.clock.now()
  if (!isOpen(row, now)) {
    const why = row.closedAt ? 'was closed' : `took answers until the end of ${row.answerBy}`
    throw new ConflictError(`This availability request ${why}; the answer was not recorded.`, [{ path: 'answer', message: 'the request is closed' }])
  }
  const done = await setAvailabilityAnswer(deps.db, { workspaceId, requestId, personId }, { answer: body.answer, comment: body.comment, answeredAt: now })
  if (!done) throw new NotFoundError('availability request', requestId)
  await deps.events?.publish({ workspaceId, kind: 'availability', requestId })
  return row
}

/** The signed-in person answers for themselves. */
export async function answerAvailabilityRequest(
  deps: Deps,
  actor: Actor,
  id: string,
  body: { answer: AvailabilityAnswer; comment: string },
): Promise<AvailabilityRequest> {
  const personId = await findPersonIdOfUser(deps.db, actor.workspaceId, actor.userId)
  if (!personId) throw new NotFoundError('availability request', id)
  await answerAsPerson(deps, actor.workspaceId, id, personId, body)
  return getAvailabilityRequest(deps, actor, id)
}

export async function closeAvailabilityRequest(deps: Deps, actor: Actor, id: string): Promise<AvailabilityRequest> {
  assertManages(actor)
  const row = await getAvailabilityRequestRow(deps.db, actor.workspaceId, id)
  if (!row) throw new NotFoundError('availability request', id)
  if (!(await closeAvailabilityRequestRow(deps.db, actor.workspaceId, id, deps.clock.now())))
    throw new ConflictError('This availability request is closed already.')
  return getAvailabilityRequest(deps, actor, id)
}

export async function deleteAvailabilityRequest(deps: Deps, actor: Actor, id: string): Promise<void> {
  assertManages(actor)
  if (!(await deleteAvailabilityRequestRow(deps.db, actor.workspaceId, id))) throw new NotFoundError('availability request', id)
}

/**
 * The manager's one action: the "yes" answers (or some of them) become one all-day commitment over
 * the request's dates, through the commitments use case, so its conflicts are found and refused
 * (409) or acknowledged as for any commitment.
 */
export async function commitmentFromYes(
  deps: Deps,
  actor: Actor,
  id: string,
  body: z.output<typeof MakeCommitmentBodySchema>,
): Promise<{ commitment: Commitment; request: AvailabilityRequest }> {
  assertManages(actor)
  const row = await getAvailabilityRequestRow(deps.db, actor.workspaceId, id)
  if (!row) throw new NotFoundError('availability request', id)
  const answers = await availabilityAnswerRows(deps.db, actor.workspaceId, [id])
  const yes = answers.filter((a) => a.answer === 'yes' && a.commitmentId === null)
  const chosen = body.personIds ?? yes.map((a) => a.personId)
  const issues: FieldIssue[] = []
  chosen.forEach((pid, i) => {
    if (!yes.some((a) => a.personId === pid))
      issues.push({ path: `personIds.${i}`, message: 'this person has not answered yes (or is on a commitment from this request already)' })
  })
  if (issues.length > 0) throw new ConflictError('Only a "yes" not yet made a commitment can become one.', issues)
  if (chosen.length === 0)
    throw new ConflictError('Nobody has answered yes yet (or every yes is a commitment already).', [
      { path: 'personIds', message: 'no yes to make a commitment of' },
    ])
  const commitment = await createCommitment(deps, actor, {
    kind: body.kind,
    title: row.title,
    timeZone: row.timeZone,
    startDate: row.startDate,
    endDate: row.endDate,
    startTime: null,
    endTime: null,
    notes: row.note,
    locationName: '',
    personIds: chosen,
    acknowledgeConflicts: body.acknowledgeConflicts,
  })
  await setAnswersCommitment(deps.db, actor.workspaceId, id, chosen, commitment.id)
  return { commitment, request: await getAvailabilityRequest(deps, actor, id) }
}
