import { getWork as queryOne, listWorks as query, type WorkListEntry } from '../../db/queries/works.ts'
import type { Work } from '../../contract/catalog.ts'
import { NotFoundError } from '../../domain/errors.ts'
import type { Actor, Deps } from '../deps.ts'
import { readerOf } from '../read-access.ts'

export async function listWorks(deps: Deps, actor: Actor, q?: string): Promise<WorkListEntry[]> {
  await readerOf(deps, actor, 'catalog')
  return query(deps.db, actor.workspaceId, { q })
}

/** One song; a limited reader (viewer) sees its writers without their shares and without the song's notes. */
export async function getWork(deps: Deps, actor: Actor, workId: string): Promise<Work> {
  const reader = await readerOf(deps, actor, 'catalog')
  const work = await queryOne(deps.db, actor.workspaceId, workId)
  if (!work) throw new NotFoundError('work', workId)
  if (reader.whole) return work
  return { ...work, notes: '', writers: work.writers.map((w) => ({ ...w, sharePercent: null })) }
}
