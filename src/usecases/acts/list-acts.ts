import { listActs as query, getAct as queryOne } from '../../db/queries/acts.ts'
import type { Act } from '../../contract/people.ts'
import { NotFoundError } from '../../domain/errors.ts'
import type { Actor, Deps } from '../deps.ts'
import { readerOf } from '../read-access.ts'

export async function listActs(deps: Deps, actor: Actor, q?: string): Promise<Act[]> {
  await readerOf(deps, actor, 'acts')
  return query(deps.db, actor.workspaceId, { q })
}

/** An act by id or slug. */
export async function getAct(deps: Deps, actor: Actor, actIdOrSlug: string): Promise<Act> {
  await readerOf(deps, actor, 'acts')
  const act = await queryOne(deps.db, actor.workspaceId, actIdOrSlug)
  if (!act) throw new NotFoundError('act', actIdOrSlug)
  return act
}
