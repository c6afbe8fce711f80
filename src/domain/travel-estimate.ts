import { distanceKm } from './geo.ts'
import { localStamp } from './local-stamp.ts'

/**
 * How long a person needs to get from one booking to the next when no real travel is booked
 * (docs/decisions/005-local-time-at-the-venue.md, "Travel"). An estimate, and an honest one: by road
 * up to a bus ride's reach (a tour bus drives through the night), by air beyond it or where flying is
 * faster, with time to get to and through the airport before and out of it after, and no flight
 * leaving in the middle of the night (none would run): a show ending at 23:00 in London cannot be
 * followed by a 10:00 load-in in Dallas the next day.
 */
export interface TravelPolicy {
  /** Moves shorter than this are local and need no travel time. */
  localRadiusKm: number
  ground: {
    /** Average speed on the road, stops included. */
    kmPerHour: number
    /** Road distance ÷ great-circle distance. */
    detourFactor: number
    /** Farther than this, nobody goes by road between two bookings. */
    maxKm: number
    /** Loading out and in, finding the hotel: added to every road trip. */
    handlingMinutes: number
  }
  air: {
    /** Average speed gate to gate (taxi, climb and descent included). GREENROOM_TRAVEL_KMH. */
    kmPerHour: number
    /** Flown distance ÷ great-circle distance (routes are not great circles). */
    detourFactor: number
    /** To the airport and through it, before the flight leaves. */
    beforeMinutes: number
    /** Out of the airport and into town after it lands. */
    afterMinutes: number
    /** The window of local departure times flights leave in, minutes after midnight at the origin. */
    firstDeparture: number
    lastDeparture: number
  }
}

export const DEFAULT_TRAVEL_POLICY: TravelPolicy = {
  localRadiusKm: 50,
  ground: { kmPerHour: 85, detourFactor: 1.25, maxKm: 900, handlingMinutes: 30 },
  air: { kmPerHour: 800, detourFactor: 1.1, beforeMinutes: 120, afterMinutes: 60, firstDeparture: 6 * 60, lastDeparture: 23 * 60 },
}

/** The policy with the two figures configuration sets (GREENROOM_TRAVEL_KMH, GREENROOM_TRAVEL_BUFFER_MINUTES). */
export function travelPolicyOf(airKmPerHour: number, airportMinutes: number, base: TravelPolicy = DEFAULT_TRAVEL_POLICY): TravelPolicy {
  // Two thirds before the flight (to the airport, check-in, security), one third after (out and into town).
  const before = Math.round((airportMinutes * 2) / 3)
  return { ...base, air: { ...base.air, kmPerHour: airKmPerHour, beforeMinutes: before, afterMinutes: airportMinutes - before } }
}

/** A place a booking happens at; the zone (IANA) tells the local hour flights leave at. */
export interface TravelPlace {
  latitude: number
  longitude: number
  zone?: string | null
}

export type TravelEstimate =
  | { mode: 'none'; km: number; minutes: 0 }
  | { mode: 'ground'; km: number; minutes: number }
  /** `waitMinutes`: how long the traveller waits for the first flight of the morning. */
  | { mode: 'air'; km: number; minutes: number; waitMinutes: number }

/**
 * Door-to-door minutes from leaving `from` at `leaveAt` to arriving at `to`: the faster of road and
 * air where both are possible. Unknown places and local moves need no time (mode 'none').
 * @example estimateTravel(LONDON, DALLAS, new Date('2013-07-01T22:00:00Z')).minutes // ≈ 1,100: the first flight leaves at 06:00
 */
export function estimateTravel(from: TravelPlace | null, to: TravelPlace | null, leaveAt: Date, policy: TravelPolicy = DEFAULT_TRAVEL_POLICY): TravelEstimate {
  if (!from || !to) return { mode: 'none', km: 0, minutes: 0 }
  const km = distanceKm(from, to)
  if (km <= policy.localRadiusKm) return { mode: 'none', km, minutes: 0 }
  const { air, ground } = policy
  const withoutWait = air.beforeMinutes + ((km * air.detourFactor) / air.kmPerHour) * 60 + air.afterMinutes
  const byRoad = km <= ground.maxKm ? Math.ceil(((km * ground.detourFactor) / ground.kmPerHour) * 60 + ground.handlingMinutes) : Infinity
  // The road wins even against a flight leaving at once: no need to read the clock at the origin.
  if (byRoad <= withoutWait) return { mode: 'ground', km, minutes: byRoad }
  const readyAt = new Date(leaveAt.getTime() + air.beforeMinutes * 60_000)
  const waitMinutes = minutesUntilDepartureWindow(minuteOfDay(readyAt, from), air.firstDeparture, air.lastDeparture)
  const flying = Math.ceil(withoutWait + waitMinutes)
  return byRoad <= flying ? { mode: 'ground', km, minutes: byRoad } : { mode: 'air', km, minutes: flying, waitMinutes }
}

/** 0 inside the window [first, last]; otherwise the minutes until `first` comes round. */
export function minutesUntilDepartureWindow(minute: number, first: number, last: number): number {
  if (minute >= first && minute <= last) return 0
  return (first - minute + 1440) % 1440
}

/** The local minute of the day at a place: on its zone's clock, or by the sun (longitude ÷ 15°) where no zone is known. */
function minuteOfDay(instant: Date, place: TravelPlace): number {
  if (place.zone) {
    const stamp = localStamp(instant, place.zone)
    return Number(stamp.slice(11, 13)) * 60 + Number(stamp.slice(14, 16))
  }
  const utc = instant.getUTCHours() * 60 + instant.getUTCMinutes()
  return (((utc + Math.round(place.longitude / 15) * 60) % 1440) + 1440) % 1440
}

/**
 * The longest any estimate can be: half the Earth's circumference by air after the longest wait for a
 * morning flight, or the longest road trip. Two bookings further apart in time never conflict through
 * travel (the conflict queries and the sweep look no further).
 */
export function longestTravelMinutes(policy: TravelPolicy = DEFAULT_TRAVEL_POLICY): number {
  const { air, ground } = policy
  const longestWait = (air.firstDeparture - air.lastDeparture + 1440) % 1440
  const flight = air.beforeMinutes + longestWait + ((20_040 * air.detourFactor) / air.kmPerHour) * 60 + air.afterMinutes
  const road = ((ground.maxKm * ground.detourFactor) / ground.kmPerHour) * 60 + ground.handlingMinutes
  return Math.ceil(Math.max(flight, road))
}
