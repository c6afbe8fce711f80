import type { Tour } from '../../contract/touring.ts'
import { getTour as queryOne, listTours as query, type TourListEntry } from '../../db/queries/tours.ts'
import { NotFoundError } from '../../domain/errors.ts'
import type { Actor, Deps } from '../deps.ts'

export async function listTours(deps: Deps, actor: Actor, opts: { q?: string; actId?: string }): Promise<TourListEntry[]> {
  return query(deps.db, actor.workspaceId, opts)
}

export async function getTour(deps: Deps, actor: Actor, tourId: string): Promise<Tour> {
  const tour = await queryOne(deps.db, actor.workspaceId, tourId)
  if (!tour) throw new NotFoundError('tour', tourId)
  return tour
}
