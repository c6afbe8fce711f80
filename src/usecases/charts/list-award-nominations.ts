import type { AwardNomination, AwardNominationListQuery } from '../../contract/charts.ts'
import { getAwardNomination as queryOne, listAwardNominations as query } from '../../db/queries/charts.ts'
import { NotFoundError } from '../../domain/errors.ts'
import type { Actor, Deps } from '../deps.ts'
import { readerOf } from '../read-access.ts'

export async function listAwardNominations(deps: Deps, actor: Actor, filter: AwardNominationListQuery = {}): Promise<AwardNomination[]> {
  await readerOf(deps, actor, 'charts')
  return query(deps.db, actor.workspaceId, filter)
}

export async function getAwardNomination(deps: Deps, actor: Actor, nominationId: string): Promise<AwardNomination> {
  await readerOf(deps, actor, 'charts')
  const nomination = await queryOne(deps.db, actor.workspaceId, nominationId)
  if (!nomination) throw new NotFoundError('award nomination', nominationId)
  return nomination
}
