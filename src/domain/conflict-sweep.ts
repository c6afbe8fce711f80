import { conflictsOf, travelWindowMs, type Blockout, type Booking, type Conflict, type ConflictOptions } from './conflicts.ts'
import { type TravelPolicy } from './travel-estimate.ts'

/** One conflict of one booking: with another booking (each pair once, the earlier one as `booking`) or with a blockout. */
export interface SweptConflict {
  booking: Booking
  conflict: Conflict
}

/** Identifies a booking across kinds (a show and a commitment never share an id, but be safe). */
export const bookingKey = (b: { kind: string; id: string }) => `${b.kind}:${b.id}`

const byStart = (a: Booking, b: Booking) =>
  a.startsAt.getTime() - b.startsAt.getTime() || a.endsAt.getTime() - b.endsAt.getTime() || bookingKey(a).localeCompare(bookingKey(b))

/**
 * Every conflict among one person's bookings and blockouts, without comparing all pairs: bookings
 * sorted by start are compared only with those starting before the end of the travel window
 * after them (two bookings further apart can neither overlap nor be too far to travel between);
 * blockouts are found by binary search on dates. O(n log n + n·k), k being how many bookings start
 * within a travel window (about 38 h: half the Earth by air after a night without flights) of one's end. Sorted by the booking's start.
 * @example sweepConflicts(personBookings, personBlockouts, DEFAULT_TRAVEL_POLICY, { showReasons: false })
 */
export function sweepConflicts(bookings: readonly Booking[], blockouts: readonly Blockout[], policy: TravelPolicy, opts: ConflictOptions): SweptConflict[] {
  const sorted = [...bookings].sort(byStart)
  // One minute more than the window (booked journeys widen it), so rounding can never hide a pair.
  const windowMs = travelWindowMs(policy, opts.journeys) + 60_000
  const found: SweptConflict[] = []
  const findBlockouts = blockoutFinder(blockouts)
  for (let i = 0; i < sorted.length; i++) {
    const booking = sorted[i]!
    const reach = booking.endsAt.getTime() + windowMs
    const near: Booking[] = []
    for (let j = i + 1; j < sorted.length && sorted[j]!.startsAt.getTime() < reach; j++) {
      if (couldConflict(booking, sorted[j]!)) near.push(sorted[j]!)
    }
    for (const conflict of conflictsOf(booking, near, findBlockouts(booking), policy, opts)) found.push({ booking, conflict })
  }
  return found
}

/** Cheap first look: bookings that do not overlap can conflict only through travel between two known, different places. */
function couldConflict(a: Booking, b: Booking): boolean {
  if (a.startsAt < b.endsAt && b.startsAt < a.endsAt) return true
  if (!a.place || !b.place) return false
  return a.place.latitude !== b.place.latitude || a.place.longitude !== b.place.longitude
}

/**
 * Blockouts touching a booking's local dates, by binary search on the start date and a running
 * maximum of end dates, so a person with many blockouts costs log(n) per booking.
 */
function blockoutFinder(blockouts: readonly Blockout[]): (booking: Booking) => Blockout[] {
  const sorted = [...blockouts].sort((a, b) => a.startDate.localeCompare(b.startDate))
  const maxEndUpTo: string[] = []
  let maxEnd = ''
  for (const b of sorted) {
    if (b.endDate > maxEnd) maxEnd = b.endDate
    maxEndUpTo.push(maxEnd)
  }
  return (booking) => {
    let lo = 0
    let hi = sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (sorted[mid]!.startDate <= booking.localDates.last) lo = mid + 1
      else hi = mid
    }
    const touching: Blockout[] = []
    for (let k = lo - 1; k >= 0 && maxEndUpTo[k]! >= booking.localDates.first; k--) {
      if (sorted[k]!.endDate >= booking.localDates.first) touching.push(sorted[k]!)
    }
    return touching.reverse()
  }
}

/**
 * Each booking's conflicts from its own side, for views that show them on every booking involved
 * (a timeline): a pair found once by the sweep is listed on both of its bookings.
 */
export function conflictsByBooking(
  swept: readonly SweptConflict[],
  bookings: readonly Booking[],
  policy: TravelPolicy,
  opts: ConflictOptions,
): Map<string, Conflict[]> {
  const byKey = new Map(bookings.map((b) => [bookingKey(b), b]))
  const result = new Map<string, Conflict[]>()
  const add = (k: string, c: Conflict) => result.set(k, [...(result.get(k) ?? []), c])
  for (const { booking, conflict } of swept) {
    add(bookingKey(booking), conflict)
    if (conflict.kind === 'blockout') continue
    const other = byKey.get(bookingKey(conflict.with))
    if (!other) continue
    for (const mirrored of conflictsOf(other, [booking], [], policy, opts)) add(bookingKey(other), mirrored)
  }
  return result
}
