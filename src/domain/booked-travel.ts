/**
 * Booked travel in the conflict check (issue 15 point 4, ADR 036; ADR 005 "Travel"). Where a person
 * has a journey booked between two bookings it replaces the estimate: they must be able to get from
 * the first booking to the journey's first departure (by road from where it ends, plus the time a
 * mode needs before it leaves: two hours at an airport), and from its last arrival (plus the time
 * out of the station or airport, then by road) to the second booking before it starts.
 */
import { distanceKm } from './geo.ts'
import { instantToLocalDate, instantToLocalTime } from './local-time.ts'
import type { BookedJourney, TravelMode } from './travel.ts'
import { longestTravelMinutes, type TravelPlace, type TravelPolicy } from './travel-estimate.ts'

/** Minutes a mode needs before its departure (to be there and through) and after its arrival (out and away). */
export function marginsOf(mode: TravelMode, policy: TravelPolicy): { before: number; after: number } {
  switch (mode) {
    case 'air':
      return { before: policy.air.beforeMinutes, after: policy.air.afterMinutes }
    case 'rail':
      return { before: 30, after: 15 }
    case 'ferry':
      return { before: 45, after: 30 }
    case 'bus':
    case 'car':
      return { before: 0, after: 0 }
  }
}

const MODES: readonly TravelMode[] = ['air', 'bus', 'car', 'rail', 'ferry']

/** By road between a booking and a journey's end: nothing within the local radius or where a place is unknown. */
export function groundMinutes(a: TravelPlace | null, b: TravelPlace | null, policy: TravelPolicy): number {
  if (!a || !b) return 0
  const km = distanceKm(a, b)
  if (km <= policy.localRadiusKm) return 0
  return Math.ceil(((km * policy.ground.detourFactor) / policy.ground.kmPerHour) * 60)
}

/** The longest road leg a journey may need at either end (its ends are within road reach of the bookings). */
function longestGroundMinutes(policy: TravelPolicy): number {
  return Math.ceil(((policy.ground.maxKm * policy.ground.detourFactor) / policy.ground.kmPerHour) * 60)
}

/**
 * A person's journeys as the checks read them, built once per list (ADR 050): sorted by departure
 * (stably, so journeys leaving at the same instant keep their order) for a binary search. Kept per
 * list object, as is the travel window per policy: a list passed to the checks is not changed after.
 */
interface JourneyIndex {
  byDeparture: readonly BookedJourney[]
  departures: Float64Array
}
const indexes = new WeakMap<readonly BookedJourney[], JourneyIndex>()

function indexOf(journeys: readonly BookedJourney[]): JourneyIndex {
  const known = indexes.get(journeys)
  if (known) return known
  const byDeparture = journeys
    .map((j, i) => ({ j, i }))
    .sort((a, b) => a.j.departsAt.getTime() - b.j.departsAt.getTime() || a.i - b.i)
    .map(({ j }) => j)
  const index = { byDeparture, departures: Float64Array.from(byDeparture, (j) => j.departsAt.getTime()) }
  indexes.set(journeys, index)
  return index
}

/** The window of a list under a policy, computed once (it was a scan of the list on every check). */
const windowCache = new WeakMap<TravelPolicy, WeakMap<readonly BookedJourney[], number>>()
function windowOf(policy: TravelPolicy, journeys: readonly BookedJourney[]): number {
  let perPolicy = windowCache.get(policy)
  if (!perPolicy) windowCache.set(policy, (perPolicy = new WeakMap()))
  const known = perPolicy.get(journeys)
  if (known !== undefined) return known
  const computed = computeWindow(policy, journeys)
  perPolicy.set(journeys, computed)
  return computed
}

/** The first position whose departure is at or after `ms`. */
function firstDepartingAt(departures: Float64Array, ms: number): number {
  let lo = 0
  let hi = departures.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (departures[mid]! < ms) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * How far apart in time (minutes) two bookings may be and still conflict through travel, booked or
 * estimated: the longest estimate, or the longest booked journey with its margins and a road leg at
 * each end. Two bookings further apart never conflict through travel (conflicts.ts and the sweep).
 */
export function travelWindowMinutes(policy: TravelPolicy, journeys: readonly BookedJourney[] = []): number {
  return journeys.length ? windowOf(policy, journeys) : longestTravelMinutes(policy)
}

function computeWindow(policy: TravelPolicy, journeys: readonly BookedJourney[]): number {
  let longest = longestTravelMinutes(policy)
  if (journeys.length) {
    const margins = MODES.map((m) => marginsOf(m, policy))
    const extra = Math.max(...margins.map((m) => m.before)) + Math.max(...margins.map((m) => m.after)) + 2 * longestGroundMinutes(policy)
    for (const j of journeys) longest = Math.max(longest, Math.ceil((j.arrivesAt.getTime() - j.departsAt.getTime()) / 60_000) + extra)
  }
  return longest
}

interface Span {
  startsAt: Date
  endsAt: Date
  place: TravelPlace | null
}

/**
 * The journeys that carry a person from `first` to `second`: leaving once the first has begun and
 * before the second begins, starting within road reach of the first's place, and ending within road
 * reach of the second's place, nearer to it than to the first's. None: the estimate stands.
 */
export function connectingJourneys(first: Span, second: Span, journeys: readonly BookedJourney[], policy: TravelPolicy): BookedJourney[] {
  if (!first.place || !second.place || !journeys.length) return []
  // Only those leaving in [first.startsAt, second.startsAt): found by binary search on the sorted departures.
  const { byDeparture, departures } = indexOf(journeys)
  const until = second.startsAt.getTime()
  const carried: BookedJourney[] = []
  for (let k = firstDepartingAt(departures, first.startsAt.getTime()); k < byDeparture.length && departures[k]! < until; k++) {
    const j = byDeparture[k]!
    if (!j.origin || !j.destination) continue
    const toSecond = distanceKm(j.destination, second.place)
    if (toSecond <= policy.ground.maxKm && distanceKm(j.origin, first.place) <= policy.ground.maxKm && toSecond < distanceKm(j.destination, first.place))
      carried.push(j)
  }
  return carried
}

export interface BookedTravelProblem {
  journeyId: string
  neededMinutes: number
  availableMinutes: number
  message: string
}

const at = (instant: Date, zone: string) => `${instantToLocalDate(instant, zone)} ${instantToLocalTime(instant, zone)} ${zone}`

/**
 * Whether the booked journeys between two bookings get the person there: the earliest one leaving
 * must be reachable after the first ends, the last one leaving must land early enough to reach the
 * second. Null when they do (no conflict, whatever the estimate would say).
 */
export function bookedTravelProblem(
  first: Span & { title: string },
  second: Span & { title: string },
  carried: readonly BookedJourney[],
  policy: TravelPolicy,
): BookedTravelProblem | null {
  const out = carried.reduce((a, b) => (b.departsAt < a.departsAt ? b : a))
  const last = carried.reduce((a, b) => (b.departsAt > a.departsAt || (b.departsAt.getTime() === a.departsAt.getTime() && b.arrivesAt > a.arrivesAt) ? b : a))
  const toDeparture = groundMinutes(first.place, out.origin, policy) + marginsOf(out.firstMode, policy).before
  const readyAt = first.endsAt.getTime() + toDeparture * 60_000
  if (readyAt > out.departsAt.getTime()) {
    return {
      journeyId: out.id,
      neededMinutes: toDeparture,
      availableMinutes: Math.max(0, Math.floor((out.departsAt.getTime() - first.endsAt.getTime()) / 60_000)),
      message: `the booked travel ${out.label} leaves ${at(out.departsAt, out.departureZone)}, too soon after "${first.title}" to make it`,
    }
  }
  const fromArrival = marginsOf(last.lastMode, policy).after + groundMinutes(last.destination, second.place, policy)
  const arriveAt = last.arrivesAt.getTime() + fromArrival * 60_000
  if (arriveAt > second.startsAt.getTime()) {
    return {
      journeyId: last.id,
      neededMinutes: Math.ceil((arriveAt - first.endsAt.getTime()) / 60_000),
      availableMinutes: Math.max(0, Math.floor((second.startsAt.getTime() - first.endsAt.getTime()) / 60_000)),
      message: `the booked travel ${last.label} arrives ${at(last.arrivesAt, last.arrivalZone)}, too late for "${second.title}"`,
    }
  }
  return null
}
