/**
 * Travel segments and journeys (issue 15 point 4, ADR 036). Pure: a segment's places (an airport
 * by IATA code, or a named place with an IANA zone), its local departure and arrival on the clocks
 * of their own zones, the instants and the duration across zones, and the checks the API answers
 * 400 with. A journey is its segments in order (a connection leaves after the previous one lands);
 * the conflict check (conflicts.ts) reads a journey as one trip from its first departure to its last
 * arrival.
 */
import { airportByIata } from './airports.ts'
import type { FieldIssue } from './errors.ts'
import { coordinatesIssues } from './geo.ts'
import { localToInstant, timeZoneProblem } from './local-time.ts'
import type { TravelPlace } from './travel-estimate.ts'

export const TRAVEL_MODES = ['air', 'bus', 'car', 'rail', 'ferry'] as const
export type TravelMode = (typeof TRAVEL_MODES)[number]

/** A place as a writer gives it: an airport's code (its zone, city and coordinates come from the table), or a name with a zone. */
export interface PlaceInput {
  iata?: string | null
  name?: string | null
  timeZone?: string | null
  latitude?: number | null
  longitude?: number | null
}

/** A place as it is stored and shown. */
export interface ResolvedPlace {
  iata: string | null
  name: string
  timeZone: string
  latitude: number | null
  longitude: number | null
}

export interface SegmentInput {
  mode: TravelMode
  from: PlaceInput
  to: PlaceInput
  departureDate: string
  departureTime: string
  arrivalDate: string
  arrivalTime: string
}

export interface ResolvedSegment {
  from: ResolvedPlace
  to: ResolvedPlace
  departsAt: Date
  arrivesAt: Date
  /** Minutes between the two instants, whatever the zones (a 08:00 → 11:00 flight west may take six hours). */
  durationMinutes: number
}

/** An airport for a code; for a named place its zone and coordinates, checked. Issues are named under `path`. */
export function resolvePlace(input: PlaceInput, path: string): { place: ResolvedPlace | null; issues: FieldIssue[] } {
  if (input.iata) {
    const airport = airportByIata(input.iata)
    if (!airport)
      return {
        place: null,
        issues: [{ path: `${path}.iata`, message: `"${input.iata}" is not an airport Greenroom knows (a three-letter IATA code like LHR)` }],
      }
    return {
      place: {
        iata: airport.iata,
        name: input.name?.trim() || `${airport.city} ${airport.name} (${airport.iata})`,
        timeZone: airport.timeZone,
        latitude: airport.latitude,
        longitude: airport.longitude,
      },
      issues: [],
    }
  }
  const issues: FieldIssue[] = []
  if (!input.name?.trim()) issues.push({ path: `${path}.name`, message: 'name the place, or give an airport code (iata)' })
  const zone = input.timeZone ?? ''
  const zoneProblem = zone ? timeZoneProblem(zone) : 'a place without an airport code needs its IANA time zone, e.g. Europe/London'
  if (zoneProblem) issues.push({ path: `${path}.timeZone`, message: zoneProblem })
  issues.push(...coordinatesIssues(input.latitude, input.longitude, `${path}.`))
  if (issues.length) return { place: null, issues }
  return { place: { iata: null, name: input.name!.trim(), timeZone: zone, latitude: input.latitude ?? null, longitude: input.longitude ?? null }, issues }
}

/**
 * A journey's segments resolved and checked, each problem named by its field (`segments.N.…`): an
 * unknown place or zone, a local time that does not exist (the clocks jump forward), an arrival at
 * or before its departure in absolute time, a connection leaving before the previous segment lands.
 */
export function resolveSegments(segments: readonly SegmentInput[]): { segments: ResolvedSegment[]; issues: FieldIssue[] } {
  const issues: FieldIssue[] = []
  const resolved: ResolvedSegment[] = []
  segments.forEach((s, n) => {
    const at = `segments.${n}`
    const from = resolvePlace(s.from, `${at}.from`)
    const to = resolvePlace(s.to, `${at}.to`)
    issues.push(...from.issues, ...to.issues)
    if (!from.place || !to.place) return
    const departs = localToInstant(s.departureDate, s.departureTime, from.place.timeZone)
    const arrives = localToInstant(s.arrivalDate, s.arrivalTime, to.place.timeZone)
    if (!departs.ok) issues.push({ path: `${at}.departureTime`, message: departs.message })
    if (!arrives.ok) issues.push({ path: `${at}.arrivalTime`, message: arrives.message })
    if (!departs.ok || !arrives.ok) return
    if (arrives.instant <= departs.instant) {
      issues.push({
        path: `${at}.arrivalDate`,
        message: `arrives (${s.arrivalDate} ${s.arrivalTime} ${to.place.timeZone}) before it departs (${s.departureDate} ${s.departureTime} ${from.place.timeZone})`,
      })
      return
    }
    const previous = resolved[resolved.length - 1]
    if (previous && resolved.length === n && departs.instant < previous.arrivesAt)
      issues.push({ path: `${at}.departureDate`, message: 'a connection leaves after the segment before it arrives' })
    resolved.push({
      from: from.place,
      to: to.place,
      departsAt: departs.instant,
      arrivesAt: arrives.instant,
      durationMinutes: minutesBetween(departs.instant, arrives.instant),
    })
  })
  return { segments: resolved, issues }
}

export function minutesBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 60_000)
}

/** A booked journey as the conflict check reads it: one person's trip from its first departure to its last arrival. */
export interface BookedJourney {
  id: string
  /** "LHR → JFK → BUR", for messages. */
  label: string
  departsAt: Date
  arrivesAt: Date
  departureZone: string
  arrivalZone: string
  origin: TravelPlace | null
  destination: TravelPlace | null
  firstMode: TravelMode
  lastMode: TravelMode
}

interface StoredSegment {
  mode: string
  fromName: string
  fromIata: string | null
  fromTimeZone: string
  fromLatitude: number | null
  fromLongitude: number | null
  toName: string
  toIata: string | null
  toTimeZone: string
  toLatitude: number | null
  toLongitude: number | null
  departsAt: Date
  arrivesAt: Date
}

const placeOf = (lat: number | null, lon: number | null, zone: string): TravelPlace | null =>
  lat === null || lon === null ? null : { latitude: lat, longitude: lon, zone }

/** A journey's segments (in order) as one trip; null for a journey without segments. */
export function bookedJourneyOf(id: string, segments: readonly StoredSegment[]): BookedJourney | null {
  const first = segments[0]
  const last = segments[segments.length - 1]
  if (!first || !last) return null
  const stop = (iata: string | null, name: string) => iata ?? name
  return {
    id,
    label: [stop(first.fromIata, first.fromName), ...segments.map((s) => stop(s.toIata, s.toName))].join(' → '),
    departsAt: first.departsAt,
    arrivesAt: last.arrivesAt,
    departureZone: first.fromTimeZone,
    arrivalZone: last.toTimeZone,
    origin: placeOf(first.fromLatitude, first.fromLongitude, first.fromTimeZone),
    destination: placeOf(last.toLatitude, last.toLongitude, last.toTimeZone),
    firstMode: first.mode as TravelMode,
    lastMode: last.mode as TravelMode,
  }
}
