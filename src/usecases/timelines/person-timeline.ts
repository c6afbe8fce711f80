import type { ConflictView, TimelineEntry } from '../../contract/touring.ts'
import { listCommitments } from '../../db/queries/commitments.ts'
import { findPersonName, listPersonShows } from '../../db/queries/timelines.ts'
import { bookingKey, conflictsByBooking } from '../../domain/conflict-sweep.ts'
import { travelWindowMs } from '../../domain/conflicts.ts'
import { ForbiddenError, NotFoundError } from '../../domain/errors.ts'
import { readerOf } from '../read-access.ts'
import { actsForPerson } from '../blockouts/person-access.ts'
import type { Actor, Deps } from '../deps.ts'
import { bookingRef, conflictView, sweepPersonCalendar } from './person-calendar.ts'
import { timeRange } from './time-range.ts'
import { blockoutEntry, byStart, commitmentEntry, showEntry } from './timeline-entries.ts'

/**
 * One person's calendar across all acts: the shows they play, the commitments they attend and
 * their blockouts, in [from, to) (default: 30 days ago to a year ahead), each with its conflicts.
 * Bookings just outside the range are swept too, so a conflict with one is still shown.
 */
export async function personTimeline(deps: Deps, actor: Actor, personId: string, query: { from?: string; to?: string }): Promise<TimelineEntry[]> {
  const reader = await readerOf(deps, actor, 'timelines')
  const name = await findPersonName(deps.db, actor.workspaceId, personId)
  if (name === null) throw new NotFoundError('person', personId)
  // a limited reader (viewer) sees only their own person's calendar
  if (!reader.whole && reader.personId !== personId) throw new ForbiddenError(`Your role (${actor.role}) may read only your own timeline.`)
  const person = { id: personId, name }
  const { from, to } = timeRange(query, deps.clock.now(), { daysBefore: 30, daysAfter: 365 })
  const seesReason = await actsForPerson(deps.db, actor, personId)
  const margin = travelWindowMs(deps.travel) + 60_000
  const calendar = await sweepPersonCalendar(deps.db, {
    workspaceId: actor.workspaceId,
    personId,
    from: new Date(from.getTime() - margin),
    to: new Date(to.getTime() + margin),
    travel: deps.travel,
    showReasons: seesReason,
  })

  const byBooking = conflictsByBooking(calendar.swept, calendar.bookings, deps.travel, { showReasons: seesReason, journeys: calendar.journeys })
  const conflictsOf = (kind: 'show' | 'commitment', id: string) => (byBooking.get(bookingKey({ kind, id })) ?? []).map((c) => conflictView(c, person))
  const byBlockout = new Map<string, ConflictView[]>()
  for (const { booking, conflict } of calendar.swept) {
    if (conflict.kind !== 'blockout') continue
    byBlockout.set(conflict.blockoutId, [...(byBlockout.get(conflict.blockoutId) ?? []), { ...conflictView(conflict, person), with: bookingRef(booking) }])
  }

  const shows = await listPersonShows(deps.db, actor.workspaceId, personId, from, to)
  const commitments = await listCommitments(deps.db, actor.workspaceId, { personId, from, to })
  const firstDay = from.toISOString().slice(0, 10)
  const lastDay = new Date(to.getTime() - 1).toISOString().slice(0, 10)
  return [
    ...shows.map((s) => showEntry(s, conflictsOf('show', s.id))),
    ...commitments.map((c) => commitmentEntry(c, conflictsOf('commitment', c.id))),
    ...calendar.blockouts.filter((b) => b.startDate <= lastDay && b.endDate >= firstDay).map((b) => blockoutEntry(b, seesReason, byBlockout.get(b.id) ?? [])),
  ].sort(byStart)
}
