import type { TimelineEntry } from '../../contract/touring.ts'
import { resolveActId } from '../../db/queries/acts.ts'
import { listCommitments } from '../../db/queries/commitments.ts'
import { listActShows } from '../../db/queries/timelines.ts'
import { NotFoundError } from '../../domain/errors.ts'
import type { Actor, Deps } from '../deps.ts'
import { readerOf, visibleShows } from '../read-access.ts'
import { timeRange } from './time-range.ts'
import { byStart, commitmentEntry, showEntry } from './timeline-entries.ts'

/**
 * An act's calendar in [from, to) (default: 30 days ago to a year ahead): shows it headlines or
 * is billed on, and commitments made for it. Conflicts are people's: see their timelines.
 */
export async function actTimeline(deps: Deps, actor: Actor, actIdOrSlug: string, query: { from?: string; to?: string }): Promise<TimelineEntry[]> {
  const reader = await readerOf(deps, actor, 'timelines')
  const actId = await resolveActId(deps.db, actor.workspaceId, actIdOrSlug)
  if (!actId) throw new NotFoundError('act', actIdOrSlug)
  const { from, to } = timeRange(query, deps.clock.now(), { daysBefore: 30, daysAfter: 365 })
  // a limited reader (viewer) sees the act's public shows and only the commitments they attend
  const shows = await visibleShows(deps, reader, await listActShows(deps.db, actor.workspaceId, actId, from, to), (s) => s.id)
  const commitments = (await listCommitments(deps.db, actor.workspaceId, { actId, from, to })).filter(
    (c) => reader.whole || c.people.some((p) => p.personId === reader.personId),
  )
  return [...shows.map((s) => showEntry(s, [])), ...commitments.map((c) => commitmentEntry(c, []))].sort(byStart)
}
