import type { Show, ShowSummary } from '../../contract/touring.ts'
import { getPlayedRow } from '../../db/queries/play-history.ts'
import { getShowSetlistRow } from '../../db/queries/setlists.ts'
import { getStoredShow, listShowSummaries, type ShowFilter } from '../../db/queries/shows.ts'
import { NotFoundError } from '../../domain/errors.ts'
import { isPublic } from '../../domain/public-shows.ts'
import type { Actor, Deps } from '../deps.ts'
import { assertShowVisible, readerOf, visibleShows } from '../read-access.ts'
import { storedShowConflicts } from './show-conflicts.ts'

/** Shows in time order; a limited reader (viewer) sees only the shows that are public now. */
export async function listShows(deps: Deps, actor: Actor, filter: ShowFilter): Promise<ShowSummary[]> {
  const reader = await readerOf(deps, actor, 'shows')
  return visibleShows(deps, reader, await listShowSummaries(deps.db, actor.workspaceId, filter), (s) => s.id)
}

/** A show with its current conflicts and whether it is public now; null when the workspace has no such show. */
export async function loadShow(deps: Deps, actor: Actor, showId: string): Promise<Show | null> {
  const stored = await getStoredShow(deps.db, actor.workspaceId, showId)
  if (!stored) return null
  const conflicts = await storedShowConflicts(deps, actor, stored)
  const visibility = { status: stored.status, announcement: stored.announcement, announceAt: stored.announceAt ? new Date(stored.announceAt) : null }
  // Whether the show's optional parts exist, so a client asks for them only then (an absent set list is not an error to log)
  const applied = await getShowSetlistRow(deps.db, actor.workspaceId, showId)
  const played = await getPlayedRow(deps.db, actor.workspaceId, showId)
  return {
    ...stored,
    conflicts,
    isPublic: isPublic(visibility, deps.clock.now()),
    setlistVersionId: applied?.versionId ?? null,
    playedRecorded: played !== null,
  }
}

/** One show; to a limited reader a show that is not public does not exist, and it comes without notes or conflicts. */
export async function getShow(deps: Deps, actor: Actor, showId: string): Promise<Show> {
  const reader = await readerOf(deps, actor, 'shows')
  await assertShowVisible(deps, reader, showId)
  const show = await loadShow(deps, actor, showId)
  if (!show) throw new NotFoundError('show', showId)
  return reader.whole ? show : { ...show, notes: '', conflicts: [] }
}
