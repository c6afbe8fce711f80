import type { ConflictView } from '../../contract/touring.ts'
import type { Db } from '../../db/client.ts'
import { findPersonName, listBookedPeople } from '../../db/queries/timelines.ts'
import type { BookingRef } from '../../domain/conflicts.ts'
import type { TravelPolicy } from '../../domain/travel-estimate.ts'
import { NotFoundError } from '../../domain/errors.ts'
import { privateDetailsReader } from '../blockouts/person-access.ts'
import type { Actor, Deps } from '../deps.ts'
import { readerOf } from '../read-access.ts'
import { bookingRef, conflictView, sweepPersonCalendar } from './person-calendar.ts'

/** A conflict with the booking it is about: the pair is `booking` and `with` (or the blockout). */
export type UpcomingConflict = ConflictView & { booking: BookingRef }

const DAY_MS = 86_400_000

/**
 * Every conflict among the upcoming bookings (from a day ago, for a year) of one person or of
 * everyone booked in the workspace, by time. Each person's calendar is swept, not compared pair by pair.
 */
export async function upcomingConflicts(
  db: Db,
  opts: { workspaceId: string; personId?: string; now: Date; travel: TravelPolicy; seesReasonOf: (personId: string) => boolean },
): Promise<UpcomingConflict[]> {
  const from = new Date(opts.now.getTime() - DAY_MS)
  const to = new Date(opts.now.getTime() + 365 * DAY_MS)
  const persons = opts.personId
    ? [{ id: opts.personId, name: await findPersonName(db, opts.workspaceId, opts.personId) }]
    : await listBookedPeople(db, opts.workspaceId, from, to)
  const found: UpcomingConflict[] = []
  for (const person of persons) {
    if (person.name === null) throw new NotFoundError('person', person.id)
    const { swept } = await sweepPersonCalendar(db, {
      workspaceId: opts.workspaceId,
      personId: person.id,
      from,
      to,
      travel: opts.travel,
      showReasons: opts.seesReasonOf(person.id),
    })
    for (const { booking, conflict } of swept) found.push({ ...conflictView(conflict, { id: person.id, name: person.name }), booking: bookingRef(booking) })
  }
  return found.sort(
    (a, b) =>
      a.booking.startsAt.localeCompare(b.booking.startsAt) ||
      a.personName.localeCompare(b.personName) ||
      (a.with?.startsAt ?? '').localeCompare(b.with?.startsAt ?? ''),
  )
}

/** The conflicts list: blockout reasons only for the person themselves and for managers. */
export async function listConflicts(deps: Deps, actor: Actor, personId?: string): Promise<UpcomingConflict[]> {
  const reader = await readerOf(deps, actor, 'conflicts')
  if (!reader.whole) {
    // a reader with the `own` scope (viewer) sees only their own conflicts
    if (!reader.personId || (personId && personId !== reader.personId)) return []
    personId = reader.personId
  }
  const seesReasonOf = await privateDetailsReader(deps.db, actor)
  return upcomingConflicts(deps.db, { workspaceId: actor.workspaceId, personId, now: deps.clock.now(), travel: deps.travel, seesReasonOf })
}
