import type { z } from 'zod'
import { RotationSchema, type Rotation } from '../../contract/planner.ts'
import type { TourRotation, TourRotationBodySchema } from '../../contract/planner-runs.ts'
import type { Db } from '../../db/client.ts'
import { getTourRotationRow, writeTourRotation } from '../../db/queries/planner.ts'
import { NotFoundError } from '../../domain/errors.ts'
import { assertWritesAll } from '../authorize.ts'
import { readerOf } from '../read-access.ts'
import type { Actor, Deps } from '../deps.ts'
import { finishVersionedWrite } from '../versioned-write.ts'
import { loadPlannerSettings } from './planner-settings.ts'

/**
 * A tour's own rotation (issue 13): fixed, core and rotating slots, or free, chosen per tour; a tour
 * without one follows its act's planner settings (core and rotating slots by default).
 */

type Body = z.output<typeof TourRotationBodySchema>

async function loadTourRotation(db: Db, workspaceId: string, tourId: string): Promise<TourRotation | null> {
  const found = await getTourRotationRow(db, workspaceId, tourId)
  if (!found) return null
  const act = await loadPlannerSettings(db, workspaceId, found.actId)
  return {
    tourId,
    rotation: found.row ? RotationSchema.parse(found.row.rotation) : null,
    actRotation: act!.rotation,
    version: found.row?.version ?? 0,
  }
}

/** The rotation a tour is planned with: its own, else its act's. */
export async function effectiveTourRotation(db: Db, workspaceId: string, tourId: string): Promise<Rotation | null> {
  const r = await loadTourRotation(db, workspaceId, tourId)
  return r ? (r.rotation ?? r.actRotation) : null
}

export async function getTourRotation(deps: Deps, actor: Actor, tourId: string): Promise<TourRotation> {
  await readerOf(deps, actor, 'planner')
  const r = await loadTourRotation(deps.db, actor.workspaceId, tourId)
  if (!r) throw new NotFoundError('tour', tourId)
  return r
}

/** Sets the tour's rotation, or back to its act's with null, under its version (stale → 409 with the current one). */
export async function saveTourRotation(deps: Deps, actor: Actor, tourId: string, body: Body): Promise<TourRotation> {
  assertWritesAll(actor, 'planner')
  const current = await getTourRotation(deps, actor, tourId) // 404 for an unknown tour
  // back to the act's at version 0: done when the tour follows the act already, stale when it has its own
  const updatedRows =
    body.rotation === null && !body.version
      ? current.version === 0
        ? 1
        : 0
      : await writeTourRotation(deps.db, actor.workspaceId, tourId, body.rotation, body.version ?? 0, deps.clock.now())
  return finishVersionedWrite({ kind: 'tour rotation', id: tourId, updatedRows, load: () => loadTourRotation(deps.db, actor.workspaceId, tourId) })
}
