import { uuidv7 } from 'uuidv7'
import type { z } from 'zod'
import type { Commitment, ConflictView, UpdateCommitmentBodySchema } from '../../contract/touring.ts'
import type { Db } from '../../db/client.ts'
import { getCommitment as queryOne } from '../../db/queries/commitments.ts'
import { FOREIGN_KEY_VIOLATION, sqlState, UNIQUE_VIOLATION } from '../../db/errors.ts'
import { commitmentPeopleRows, commitmentRows } from '../../db/writes/documents.ts'
import { ConflictError, NotFoundError } from '../../domain/errors.ts'
import { assertWritesAll } from '../authorize.ts'
import { findConflicts, guardConflicts } from '../calendar/find-conflicts.ts'
import type { Actor, Deps } from '../deps.ts'
import { newConflicts } from '../shows/show-conflicts.ts'
import { finishVersionedWrite } from '../versioned-write.ts'
import { commitmentBooking, draftCommitment, type CommitmentBody, type CommitmentDraft } from './commitment-draft.ts'
import { getCommitment, loadCommitment } from './list-commitments.ts'
import { bookingChange, type BookingChange, type BookingState } from '../../domain/notification-kinds.ts'
import { tellAboutBooking } from '../notifications/booking-notices.ts'
import { commitmentForNotice } from '../../db/queries/notify.ts'

type UpdateBody = z.output<typeof UpdateCommitmentBodySchema>

/** Each attendee row carries the commitment's instants, so a person's bookings are one index range scan. */
async function insertPeople(db: Db, workspaceId: string, commitmentId: string, personIds: readonly string[], draft: CommitmentDraft): Promise<void> {
  await commitmentPeopleRows.insert(
    db,
    personIds.map((personId) => ({ workspaceId, commitmentId, personId, startsAt: draft.columns.startsAt, endsAt: draft.columns.endsAt })),
  )
}

/**
 * Conflicts of the saved booking for its people, refused (409, rolling the write back) or recorded
 * by the workspace's rule (ADR 005). An edit is asked about only the conflicts it brings, as shows are.
 */
async function guard(
  deps: Deps,
  tx: Db,
  actor: Actor,
  opts: { id: string; draft: CommitmentDraft; body: CommitmentBody; before: readonly ConflictView[] },
): Promise<string | null> {
  const after = await findConflicts({ ...deps, db: tx }, actor, opts.draft.booking, opts.body.personIds)
  const conflicts = newConflicts(opts.before, after)
  return guardConflicts(tx, actor, {
    bookingKind: 'commitment',
    bookingId: opts.id,
    conflicts,
    acknowledged: opts.body.acknowledgeConflicts,
    now: deps.clock.now(),
  })
}

/** The conflicts a stored commitment has now, before an edit. */
async function storedConflicts(deps: Deps, tx: Db, actor: Actor, commitmentId: string): Promise<ConflictView[]> {
  const stored = await queryOne(tx, actor.workspaceId, commitmentId)
  return stored
    ? findConflicts(
        { ...deps, db: tx },
        actor,
        commitmentBooking(stored),
        stored.people.map((p) => p.personId),
      )
    : []
}

type News = { change: BookingChange | null; overrideId: string | null }

/** The parts of a commitment its people are told of when they change (ADR 041). */
function stateOf(c: {
  startDate: string
  startTime: string | null
  endDate: string
  endTime: string | null
  venueId: string | null
  locationName: string
  startsAt: Date | string
  endsAt: Date | string
}): BookingState {
  return {
    date: c.startDate,
    placeId: c.venueId ?? c.locationName,
    startsAt: new Date(c.startsAt),
    endsAt: new Date(c.endsAt),
    times: [c.startTime, c.endDate, c.endTime].join(' '),
    cancelled: false,
  }
}

/** After the commit: the people on it are told of a change that matters, the people in a new conflict (and managers) of it. */
async function tellAboutCommitment(deps: Deps, actor: Actor, commitmentId: string, version: number, news: News) {
  if (news.change) await tellAboutBooking(deps, actor, { kind: 'commitment.changed', commitmentId, change: news.change, version })
  if (news.overrideId) await tellAboutBooking(deps, actor, { kind: 'conflict.new', overrideId: news.overrideId })
}

/** A person or act removed by someone else between our check and our write: a conflict to retry, not a 500. */
async function orConflict<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (err) {
    const state = sqlState(err)
    if (state === FOREIGN_KEY_VIOLATION || state === UNIQUE_VIOLATION)
      throw new ConflictError('A person, act or venue of this commitment was changed by someone else meanwhile; reload and try again.')
    throw err
  }
}

export async function createCommitment(deps: Deps, actor: Actor, body: CommitmentBody): Promise<Commitment> {
  assertWritesAll(actor, 'commitments')
  const now = deps.clock.now()
  const id = uuidv7()
  let news: News = { change: null, overrideId: null }
  await orConflict(() =>
    deps.db.transaction(async (tx) => {
      const draft = await draftCommitment(tx, actor.workspaceId, id, body)
      await commitmentRows.insert(tx, { workspaceId: actor.workspaceId, id, ...draft.columns, createdAt: now, updatedAt: now })
      await insertPeople(tx, actor.workspaceId, id, body.personIds, draft)
      const overrideId = await guard(deps, tx, actor, { id, draft, body, before: [] })
      news = { change: 'created', overrideId }
    }),
  )
  await tellAboutCommitment(deps, actor, id, 1, news)
  return getCommitment(deps, actor, id)
}

export async function updateCommitment(deps: Deps, actor: Actor, commitmentId: string, body: UpdateBody): Promise<Commitment> {
  assertWritesAll(actor, 'commitments')
  let news: News = { change: null, overrideId: null }
  const updatedRows = await orConflict(() =>
    deps.db.transaction(async (tx) => {
      const draft = await draftCommitment(tx, actor.workspaceId, commitmentId, body)
      const was = await queryOne(tx, actor.workspaceId, commitmentId)
      const before = await storedConflicts(deps, tx, actor, commitmentId)
      const written = await commitmentRows.update(tx, actor.workspaceId, commitmentId, { ...draft.columns, updatedAt: deps.clock.now() }, body.version)
      if (written === 0) return 0
      await commitmentPeopleRows.clear(tx, actor.workspaceId, commitmentId)
      await insertPeople(tx, actor.workspaceId, commitmentId, body.personIds, draft)
      const overrideId = await guard(deps, tx, actor, { id: commitmentId, draft, body, before })
      news = { change: was ? bookingChange(stateOf(was), stateOf(draft.columns)) : null, overrideId }
      return written
    }),
  )
  if (updatedRows > 0) await tellAboutCommitment(deps, actor, commitmentId, body.version + 1, news)
  return finishVersionedWrite({ kind: 'commitment', id: commitmentId, updatedRows, load: () => loadCommitment(deps, actor, commitmentId) })
}

/**
 * Deletes a commitment (there is no other way to cancel one) and tells its people, like any other
 * change (ADR 047): the row is gone by the time the notify job runs, so the notice carries what
 * the inbox line needs, read in the same transaction as the delete.
 */
export async function deleteCommitment(deps: Deps, actor: Actor, commitmentId: string): Promise<void> {
  assertWritesAll(actor, 'commitments')
  const gone = await deps.db.transaction(async (tx) => {
    const before = await commitmentForNotice(tx, actor.workspaceId, commitmentId)
    if ((await commitmentRows.delete(tx, actor.workspaceId, commitmentId)) === 0) return null
    return before
  })
  if (!gone) throw new NotFoundError('commitment', commitmentId)
  await tellAboutBooking(deps, actor, {
    kind: 'commitment.changed',
    commitmentId,
    change: 'cancelled',
    version: gone.version,
    deleted: { title: gone.title, startDate: gone.startDate, startTime: gone.startTime, locationName: gone.locationName, people: gone.people },
  })
}
