import { distanceKm } from './geo.ts'
import { bookedTravelProblem, connectingJourneys, travelWindowMinutes } from './booked-travel.ts'
import { estimateTravel, type TravelPlace, type TravelPolicy } from './travel-estimate.ts'
import type { BookedJourney } from './travel.ts'

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
  /** `journeyId`: the person's booked journey between the two (ADR 036), which replaced the estimate. */
  | { kind: 'travel'; with: BookingRef; distanceKm: number; neededMinutes: number; availableMinutes: number; message: string; journeyId?: string }

/** Options of a conflict check: blockout reasons shown or not; the person's booked journeys (none: every trip is estimated). */
export interface ConflictOptions {
  showReasons: boolean
  journeys?: readonly BookedJourney[]
}

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
 * places: by the journey the person has booked between them where there is one (ADR 036), by the
 * estimate otherwise; bookings further apart than the travel window never conflict through travel.
 * `others` may hold more than the neighbours; the booking itself is skipped.
 * @example conflictsOf(newShow, personBookings, personBlockouts, DEFAULT_TRAVEL_POLICY, { showReasons: true })
 */
export function conflictsOf(
  booking: Booking,
  others: readonly Booking[],
  blockouts: readonly Blockout[],
  policy: TravelPolicy,
  opts: ConflictOptions,
): Conflict[] {
  const found: Conflict[] = []
  const journeys = opts.journeys ?? []
  const windowMinutes = travelWindowMinutes(policy, journeys)
  for (const other of others) {
    if (other.kind === booking.kind && other.id === booking.id) continue
    if (booking.startsAt < other.endsAt && other.startsAt < booking.endsAt) {
      found.push({ kind: 'overlap', with: ref(other), message: `overlaps "${other.title}"` })
      continue
    }
    const [first, second] = booking.endsAt <= other.startsAt ? [booking, other] : [other, booking]
    const gapMinutes = (second.startsAt.getTime() - first.endsAt.getTime()) / 60_000
    if (gapMinutes > windowMinutes) continue
    const carried = journeys.length ? connectingJourneys(first, second, journeys, policy) : []
    if (carried.length) {
      const problem = bookedTravelProblem(first, second, carried, policy)
      if (problem) {
        const { journeyId, neededMinutes, availableMinutes, message } = problem
        found.push({
          kind: 'travel',
          with: ref(other),
          distanceKm: Math.round(distanceKm(first.place!, second.place!)),
          neededMinutes,
          availableMinutes,
          message,
          journeyId,
        })
      }
      continue
    }
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

/** How far apart in time two bookings may be and still conflict through travel, for the query window (with the person's booked journeys, when known). */
export function travelWindowMs(policy: TravelPolicy, journeys: readonly BookedJourney[] = []): number {
  return travelWindowMinutes(policy, journeys) * 60_000
}

function hours(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`
}
