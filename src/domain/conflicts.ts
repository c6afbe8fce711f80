import { estimateTravel, longestTravelMinutes, type TravelPlace, type TravelPolicy } from './travel-estimate.ts'

/**
 * A span of a person's time: a show they play or a commitment they attend. Instants are derived
 * from local times at the place (see local-time.ts); `localDates` are the local calendar dates it
 * touches, for blockouts.
 */
export interface Booking {
  kind: 'show' | 'commitment'
  id: string
  title: string
  actId: string | null
  startsAt: Date
  endsAt: Date
  localDates: { first: string; last: string }
  /** Where it happens, with the zone of its local times (null: unknown, never a travel conflict). */
  place: TravelPlace | null
}

export interface Blockout {
  id: string
  startDate: string
  endDate: string
  reason: string
}

export type Conflict =
  | { kind: 'overlap'; with: BookingRef; message: string }
  | { kind: 'blockout'; blockoutId: string; reason: string | null; message: string }
  | { kind: 'travel'; with: BookingRef; distanceKm: number; neededMinutes: number; availableMinutes: number; message: string }

export interface BookingRef {
  kind: 'show' | 'commitment'
  id: string
  title: string
  startsAt: string
  endsAt: string
}

const ref = (b: Booking): BookingRef => ({ kind: b.kind, id: b.id, title: b.title, startsAt: b.startsAt.toISOString(), endsAt: b.endsAt.toISOString() })

/**
 * Every conflict of `booking` for one person against their other bookings and blockouts:
 * overlapping times, a blockout on a local date it touches, or too little time to travel between
 * places. `others` may hold more than the neighbours; the booking itself is skipped.
 * @example conflictsOf(newShow, personBookings, personBlockouts, DEFAULT_TRAVEL_POLICY, { showReasons: true })
 */
export function conflictsOf(
  booking: Booking,
  others: readonly Booking[],
  blockouts: readonly Blockout[],
  policy: TravelPolicy,
  opts: { showReasons: boolean },
): Conflict[] {
  const found: Conflict[] = []
  for (const other of others) {
    if (other.kind === booking.kind && other.id === booking.id) continue
    if (booking.startsAt < other.endsAt && other.startsAt < booking.endsAt) {
      found.push({ kind: 'overlap', with: ref(other), message: `overlaps "${other.title}"` })
      continue
    }
    const [first, second] = booking.endsAt <= other.startsAt ? [booking, other] : [other, booking]
    const gapMinutes = (second.startsAt.getTime() - first.endsAt.getTime()) / 60_000
    const trip = estimateTravel(first.place, second.place, first.endsAt, policy)
    if (trip.minutes > gapMinutes) {
      const how = trip.mode === 'ground' ? 'by road' : trip.mode === 'air' && trip.waitMinutes > 0 ? 'flying, with no flight before morning,' : 'flying'
      found.push({
        kind: 'travel',
        with: ref(other),
        distanceKm: Math.round(trip.km),
        neededMinutes: trip.minutes,
        availableMinutes: Math.floor(gapMinutes),
        message: `${Math.round(trip.km)} km from "${other.title}" needs about ${hours(trip.minutes)} ${how}; there are ${hours(Math.max(0, Math.floor(gapMinutes)))} between them`,
      })
    }
  }
  for (const b of blockouts) {
    if (b.startDate <= booking.localDates.last && booking.localDates.first <= b.endDate) {
      found.push({
        kind: 'blockout',
        blockoutId: b.id,
        reason: opts.showReasons ? b.reason || null : null,
        message: `falls on blocked-out dates ${b.startDate === b.endDate ? b.startDate : `${b.startDate} to ${b.endDate}`}`,
      })
    }
  }
  return found
}

/** How far apart in time two bookings may be and still conflict through travel, for the query window. */
export function travelWindowMs(policy: TravelPolicy): number {
  return longestTravelMinutes(policy) * 60_000
}

function hours(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`
}
