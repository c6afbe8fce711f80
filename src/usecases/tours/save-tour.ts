import { uuidv7 } from 'uuidv7'
import type { z } from 'zod'
import type { Tour, TourBodySchema, UpdateTourBodySchema } from '../../contract/touring.ts'
import type { Db } from '../../db/client.ts'
import { FOREIGN_KEY_VIOLATION, sqlState, UNIQUE_VIOLATION } from '../../db/errors.ts'
import { missingActs } from '../../db/queries/acts.ts'
import { getTour as queryOne, tourShape } from '../../db/queries/tours.ts'
import { replaceTourLegs, tourRows } from '../../db/writes/documents.ts'
import { ConflictError, ValidationError, type FieldIssue } from '../../domain/errors.ts'
import { assertWritesAll } from '../authorize.ts'
import type { Actor, Deps } from '../deps.ts'
import { deleteOrExplain, finishVersionedWrite } from '../versioned-write.ts'

type Body = z.output<typeof TourBodySchema>
type UpdateBody = z.output<typeof UpdateTourBodySchema>
type StoredLeg = { id: string; name: string; showCount: number }

/** The act is of this workspace; every leg id the body keeps is a leg of this tour, named once. */
async function tourIssues(db: Db, workspaceId: string, body: Body, storedLegs: StoredLeg[]): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = []
  if ((await missingActs(db, workspaceId, [body.actId])).size > 0) issues.push({ path: 'actId', message: 'no such act in this workspace' })
  const stored = new Set(storedLegs.map((l) => l.id))
  const seen = new Set<string>()
  body.legs.forEach((leg, n) => {
    if (!leg.id) return
    if (!stored.has(leg.id)) issues.push({ path: `legs.${n}.id`, message: 'not a leg of this tour; omit the id for a new leg' })
    else if (seen.has(leg.id)) issues.push({ path: `legs.${n}.id`, message: 'this leg is listed twice' })
    seen.add(leg.id)
  })
  return issues
}

/** Legs the body drops must have no shows: the shows would lose their leg silently. */
function removedLegsWithShows(body: Body, storedLegs: StoredLeg[]): FieldIssue[] {
  const kept = new Set(body.legs.flatMap((l) => (l.id ? [l.id] : [])))
  return storedLegs
    .filter((l) => !kept.has(l.id) && l.showCount > 0)
    .map((l) => ({
      path: 'legs',
      message: `the leg "${l.name}" has ${l.showCount} show${l.showCount === 1 ? '' : 's'}; move them to another leg or remove them before removing the leg`,
    }))
}

/** Replaces the legs wholesale in the body's order, keeping the ids the body names. */
async function writeLegs(db: Db, workspaceId: string, tourId: string, legs: Body['legs']): Promise<void> {
  await replaceTourLegs(
    db,
    workspaceId,
    tourId,
    legs.map((leg) => ({ id: leg.id, name: leg.name, notes: leg.notes ?? '' })),
  )
}

function columns(body: Body) {
  return { actId: body.actId, name: body.name, notes: body.notes ?? '' }
}

/** The act, or a leg's shows, changed by someone else between our check and our write. */
async function orConflict<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (err) {
    const state = sqlState(err)
    if (state === FOREIGN_KEY_VIOLATION || state === UNIQUE_VIOLATION)
      throw new ConflictError('The act or the shows of a leg of this tour were changed by someone else meanwhile; reload and try again.')
    throw err
  }
}

export async function createTour(deps: Deps, actor: Actor, body: Body): Promise<Tour> {
  assertWritesAll(actor, 'tours')
  const now = deps.clock.now()
  const id = uuidv7()
  await orConflict(() =>
    deps.db.transaction(async (tx) => {
      const issues = await tourIssues(tx, actor.workspaceId, body, [])
      if (issues.length) throw new ValidationError(issues)
      await tourRows.insert(tx, { workspaceId: actor.workspaceId, id, ...columns(body), createdAt: now, updatedAt: now })
      await writeLegs(tx, actor.workspaceId, id, body.legs)
    }),
  )
  return (await queryOne(deps.db, actor.workspaceId, id))!
}

/** Replaces the tour document (name, act, notes, legs) under its version. */
export async function updateTour(deps: Deps, actor: Actor, tourId: string, body: UpdateBody): Promise<Tour> {
  assertWritesAll(actor, 'tours')
  const ws = actor.workspaceId
  const updatedRows = await orConflict(() =>
    deps.db.transaction(async (tx) => {
      const shape = await tourShape(tx, ws, tourId)
      // A stale write is answered with the current document before its content is judged against it.
      if (!shape || shape.version !== body.version) return 0
      const issues = await tourIssues(tx, ws, body, shape.legs)
      if (issues.length) throw new ValidationError(issues)
      const stranded = removedLegsWithShows(body, shape.legs)
      if (stranded.length) throw new ConflictError(stranded.map((i) => i.message).join('; '), stranded)
      const written = await tourRows.update(tx, ws, tourId, { ...columns(body), updatedAt: deps.clock.now() }, body.version)
      if (written === 0) return 0
      await writeLegs(tx, ws, tourId, body.legs)
      return written
    }),
  )
  return finishVersionedWrite({ kind: 'tour', id: tourId, updatedRows, load: () => queryOne(deps.db, ws, tourId) })
}

export async function deleteTour(deps: Deps, actor: Actor, tourId: string): Promise<void> {
  assertWritesAll(actor, 'tours')
  await deleteOrExplain('tour', 'shows', () => tourRows.delete(deps.db, actor.workspaceId, tourId), tourId)
}
