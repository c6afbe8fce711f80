import { getPlacement as queryOne, listPlacements as query } from '../../db/queries/placements.ts'
import type { Placement } from '../../contract/catalog.ts'
import { NotFoundError } from '../../domain/errors.ts'
import type { Actor, Deps } from '../deps.ts'
import { readerOf } from '../read-access.ts'

export async function listPlacements(deps: Deps, actor: Actor, filter: { recordingId?: string } = {}): Promise<Placement[]> {
  await readerOf(deps, actor, 'catalog')
  return query(deps.db, actor.workspaceId, { recordingId: filter.recordingId })
}

export async function getPlacement(deps: Deps, actor: Actor, placementId: string): Promise<Placement> {
  await readerOf(deps, actor, 'catalog')
  const placement = await queryOne(deps.db, actor.workspaceId, placementId)
  if (!placement) throw new NotFoundError('placement', placementId)
  return placement
}
