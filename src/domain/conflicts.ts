import { distanceKm } from './geo.ts'

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
  place: { latitude: number; longitude: number } | null
}

export interface Blockout {
  id: string
  startDate: string
  endDate: string
  reason: string
}

/** How fast people move between places, door to door; configurable (GREENROOM_TRAVEL_KMH, GREENROOM_TRAVEL_BUFFER_MINUTES). */
export interface TravelPolicy {
  kmPerHour: number
  /** Added to every trip longer than `localRadiusKm` (getting to and through airports, stations). */
  bufferMinutes: number
  /** Moves shorter than this are local and need no travel time. */
  localRadiusKm: number
}

export const DEFAULT_TRAVEL_POLICY: TravelPolicy = { kmPerHour: 700, bufferMinutes: 180, localRadiusKm: 50 }

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

/** Minutes needed to get from one place to the other under the policy (0 for local moves or unknown places). */
export function travelMinutes(a: Booking['place'], b: Booking['place'], policy: TravelPolicy): { km: number; minutes: number } {
  if (!a || !b) return { km: 0, minutes: 0 }
  const km = distanceKm(a, b)
  if (km <= policy.localRadiusKm) return { km, minutes: 0 }
  return { km, minutes: Math.ceil((km / policy.kmPerHour) * 60 + policy.bufferMinutes) }
}

/**
 * Every conflict of `booking` for one person against their other bookings and blockouts:
 * overlapping times, a blockout on a local date it touches, or too little time to travel between
 * places. `others` may hold more than the neighbours; the booking itself is skipped.
 * @example conflictsOf(newShow, personBookings, personBlockouts, DEFAULT_TRAVEL_POLICY)
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
    const trip = travelMinutes(first.place, second.place, policy)
    if (trip.minutes > gapMinutes) {
      found.push({
        kind: 'travel',
        with: ref(other),
        distanceKm: Math.round(trip.km),
        neededMinutes: trip.minutes,
        availableMinutes: Math.floor(gapMinutes),
        message: `${Math.round(trip.km)} km from "${other.title}" needs about ${hours(trip.minutes)}; there are ${hours(Math.max(0, Math.floor(gapMinutes)))} between them`,
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
  // Half the Earth's circumference at the policy's speed, plus the buffer.
  return ((20_040 / policy.kmPerHour) * 60 + policy.bufferMinutes) * 60_000
}

function hours(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`
}
