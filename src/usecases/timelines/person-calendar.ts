import type { ConflictView } from '../../contract/touring.ts'
import type { Db } from '../../db/client.ts'
import { listPersonBlockouts, listPersonBookings } from '../../db/queries/bookings.ts'
import { listPersonJourneys } from '../../db/queries/travel.ts'
import { sweepConflicts, type SweptConflict } from '../../domain/conflict-sweep.ts'
import type { Blockout, Booking, BookingRef, Conflict } from '../../domain/conflicts.ts'
import type { TravelPolicy } from '../../domain/travel-estimate.ts'
import type { BookedJourney } from '../../domain/travel.ts'
import { addDays } from '../../domain/local-time.ts'

/** A person's bookings and blockouts over a time range, and every conflict among them. */
export interface PersonCalendar {
  bookings: Booking[]
  blockouts: Blockout[]
  /** The person's booked journeys in the range: they replace the travel estimate (ADR 036). */
  journeys: BookedJourney[]
  swept: SweptConflict[]
}

const utcDate = (instant: Date) => instant.toISOString().slice(0, 10)

/**
 * Loads one person's bookings touching [from, to) (two index range scans), the blockouts on the
 * local dates around them and their booked journeys, and sweeps them for conflicts (ADR 005, 036).
 */
export async function sweepPersonCalendar(
  db: Db,
  opts: { workspaceId: string; personId: string; from: Date; to: Date; travel: TravelPolicy; showReasons: boolean },
): Promise<PersonCalendar> {
  const bookings = await listPersonBookings(db, opts.workspaceId, opts.personId, opts.from, opts.to)
  // Local dates may run a day either side of the UTC ones.
  const blockouts = await listPersonBlockouts(db, opts.workspaceId, opts.personId, addDays(utcDate(opts.from), -1), addDays(utcDate(opts.to), 1))
  const journeys = await listPersonJourneys(db, opts.workspaceId, opts.personId, opts.from, opts.to)
  return { bookings, blockouts, journeys, swept: sweepConflicts(bookings, blockouts, opts.travel, { showReasons: opts.showReasons, journeys }) }
}

/** A domain conflict as the API shows it, naming the person it is for. */
export function conflictView(conflict: Conflict, person: { id: string; name: string }): ConflictView {
  return { ...conflict, personId: person.id, personName: person.name }
}

/** The reference to a booking that conflict views carry. */
export function bookingRef(b: Booking): BookingRef {
  return { kind: b.kind, id: b.id, title: b.title, startsAt: b.startsAt.toISOString(), endsAt: b.endsAt.toISOString() }
}
