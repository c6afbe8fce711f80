import { resolveActId } from '../../db/queries/acts.ts'
import { getReleaseGroup as queryOne, listReleaseGroups as query, type ReleaseGroupListEntry } from '../../db/queries/releases.ts'
import type { ReleaseGroup } from '../../contract/catalog.ts'
import { NotFoundError } from '../../domain/errors.ts'
import type { Actor, Deps } from '../deps.ts'
import { readerOf } from '../read-access.ts'

/** Release groups, optionally of one act (id or slug) and matching search text. */
export async function listReleaseGroups(deps: Deps, actor: Actor, filter: { q?: string; actId?: string } = {}): Promise<ReleaseGroupListEntry[]> {
  await readerOf(deps, actor, 'catalog')
  const actId = filter.actId ? await resolveActId(deps.db, actor.workspaceId, filter.actId) : undefined
  if (actId === null) return []
  return query(deps.db, actor.workspaceId, { q: filter.q, actId })
}

export async function getReleaseGroup(deps: Deps, actor: Actor, releaseGroupId: string): Promise<ReleaseGroup> {
  await readerOf(deps, actor, 'catalog')
  const group = await queryOne(deps.db, actor.workspaceId, releaseGroupId)
  if (!group) throw new NotFoundError('release group', releaseGroupId)
  return group
}
