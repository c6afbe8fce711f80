import { uuidv7 } from 'uuidv7'
import type { ConflictView } from '../../contract/touring.ts'
import { insertConflictOverride, listPersonBlockouts, listPersonBookings } from '../../db/queries/bookings.ts'
import { personNames } from '../../db/queries/people.ts'
import { listPersonJourneys } from '../../db/queries/travel.ts'
import type { Db } from '../../db/client.ts'
import { conflictsOf, travelWindowMs, type Booking } from '../../domain/conflicts.ts'
import { addDays } from '../../domain/local-time.ts'
import { managesWorkspace } from '../../domain/permissions.ts'
import { DomainError } from '../../domain/errors.ts'
import type { Actor, Deps } from '../deps.ts'

/**
 * Conflicts a booking (saved or draft) causes for each of its people, across all acts: overlaps,
 * blockouts and impossible travel (by the journeys each has booked, else the estimate). Blockout reasons are shown only to those who manage the workspace.
 */
export async function findConflicts(deps: Deps, actor: Actor, booking: Booking, personIds: readonly string[]): Promise<ConflictView[]> {
  if (personIds.length === 0) return []
  const window = travelWindowMs(deps.travel)
  const from = new Date(booking.startsAt.getTime() - window)
  const to = new Date(booking.endsAt.getTime() + window)
  const names = await personNames(deps.db, actor.workspaceId, personIds)
  const showReasons = managesWorkspace(actor.role)
  const result: ConflictView[] = []
  for (const personId of personIds) {
    const others = await listPersonBookings(deps.db, actor.workspaceId, personId, from, to)
    const blocked = await listPersonBlockouts(deps.db, actor.workspaceId, personId, addDays(booking.localDates.first, -1), addDays(booking.localDates.last, 1))
    const journeys = await listPersonJourneys(deps.db, actor.workspaceId, personId, from, to)
    for (const c of conflictsOf(booking, others, blocked, deps.travel, { showReasons, journeys })) {
      result.push({ ...c, personId, personName: names.get(personId) ?? '' } as ConflictView)
    }
  }
  return result
}

/**
 * The rule for saving a booking with conflicts: refused (409 listing them) unless the writer
 * acknowledged them, in which case the decision is recorded with the conflicts it overrode.
 */
export async function guardConflicts(
  db: Db,
  actor: Actor,
  opts: { bookingKind: 'show' | 'commitment'; bookingId: string; conflicts: ConflictView[]; acknowledged: boolean; now: Date },
): Promise<string | null> {
  if (opts.conflicts.length === 0) return null
  if (!opts.acknowledged) {
    // The conflicts travel with the 409 (problem extension `conflicts`) so the client can show them.
    throw new DomainError(
      'conflict',
      `This booking conflicts for ${[...new Set(opts.conflicts.map((c) => c.personName))].join(', ')}. Review the conflicts, then save again with acknowledgeConflicts to keep it anyway.`,
      { errors: [], conflicts: opts.conflicts },
    )
  }
  const id = uuidv7()
  await insertConflictOverride(db, {
    workspaceId: actor.workspaceId,
    id,
    bookingKind: opts.bookingKind,
    bookingId: opts.bookingId,
    decidedBy: actor.userId,
    decidedAt: opts.now,
    conflicts: opts.conflicts,
  })
  return id
}
