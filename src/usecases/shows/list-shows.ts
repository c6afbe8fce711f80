import type { Show, ShowSummary } from '../../contract/touring.ts'
import { getPlayedRow } from '../../db/queries/play-history.ts'
import { getShowSetlistRow } from '../../db/queries/setlists.ts'
import { getStoredShow, listShowSummaries, type ShowFilter } from '../../db/queries/shows.ts'
import { NotFoundError } from '../../domain/errors.ts'
import { isPublic } from '../../domain/public-shows.ts'
import type { Actor, Deps } from '../deps.ts'
import { storedShowConflicts } from './show-conflicts.ts'

export async function listShows(deps: Deps, actor: Actor, filter: ShowFilter): Promise<ShowSummary[]> {
  return listShowSummaries(deps.db, actor.workspaceId, filter)
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
  return { ...stored, conflicts, isPublic: isPublic(visibility, deps.clock.now()), setlistVersionId: applied?.versionId ?? null, playedRecorded: played !== null }
}

export async function getShow(deps: Deps, actor: Actor, showId: string): Promise<Show> {
  const show = await loadShow(deps, actor, showId)
  if (!show) throw new NotFoundError('show', showId)
  return show
}
