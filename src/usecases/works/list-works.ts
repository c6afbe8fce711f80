import { getWork as queryOne, listWorks as query, type WorkListEntry } from '../../db/queries/works.ts'
import type { Work } from '../../contract/catalog.ts'
import { NotFoundError } from '../../domain/errors.ts'
import type { Actor, Deps } from '../deps.ts'

export async function listWorks(deps: Deps, actor: Actor, q?: string): Promise<WorkListEntry[]> {
  return query(deps.db, actor.workspaceId, { q })
}

export async function getWork(deps: Deps, actor: Actor, workId: string): Promise<Work> {
  const work = await queryOne(deps.db, actor.workspaceId, workId)
  if (!work) throw new NotFoundError('work', workId)
  return work
}
