/**
 * The conflict sweep of a whole tour with travel beside the same sweep without it (issue 15, ADR 036):
 * 25 people on a 60-show tour of 90 days across North America (a show a day on show days, a promo
 * commitment most mornings, about one booking in ten somewhere else), once with no booked travel
 * (every trip estimated) and once with each person's journeys booked: a bus journey every day to the
 * next city (the sweep reads a journey as one trip, whatever its segments). Figures only; the ratio is with ÷ without.
 */
import { sweepConflicts } from '../src/domain/conflict-sweep.ts'
import type { Booking } from '../src/domain/conflicts.ts'
import { DEFAULT_TRAVEL_POLICY, type TravelPlace } from '../src/domain/travel-estimate.ts'
import type { BookedJourney } from '../src/domain/travel.ts'

const HOUR = 3_600_000
const CITIES: TravelPlace[] = [
  { latitude: 32.72, longitude: -117.16, zone: 'America/Los_Angeles' },
  { latitude: 33.68, longitude: -117.83, zone: 'America/Los_Angeles' },
  { latitude: 33.45, longitude: -112.07, zone: 'America/Phoenix' },
  { latitude: 39.74, longitude: -104.99, zone: 'America/Denver' },
  { latitude: 32.78, longitude: -96.8, zone: 'America/Chicago' },
  { latitude: 29.76, longitude: -95.37, zone: 'America/Chicago' },
  { latitude: 33.75, longitude: -84.39, zone: 'America/New_York' },
  { latitude: 27.95, longitude: -82.46, zone: 'America/New_York' },
  { latitude: 35.23, longitude: -80.84, zone: 'America/New_York' },
  { latitude: 38.9, longitude: -77.04, zone: 'America/New_York' },
]

function tour(person: number): { bookings: Booking[]; journeys: BookedJourney[] } {
  const t0 = Date.UTC(2013, 5, 28, 17)
  const bookings: Booking[] = []
  const journeys: BookedJourney[] = []
  for (let day = 0; day < 90; day++) {
    const city = CITIES[Math.floor(day / 9) % CITIES.length]!
    const next = CITIES[Math.floor((day + 1) / 9) % CITIES.length]!
    const date = new Date(t0 + day * 24 * HOUR).toISOString().slice(0, 10)
    const book = (id: string, startHour: number, hours: number, place: TravelPlace): void => {
      const startsAt = new Date(t0 + (day * 24 + startHour) * HOUR)
      bookings.push({
        kind: 'commitment',
        id,
        title: id,
        actId: null,
        startsAt,
        endsAt: new Date(startsAt.getTime() + hours * HOUR),
        localDates: { first: date, last: date },
        place,
      })
    }
    if (day % 3 !== 2) book(`show-${person}-${day}`, 0, 13, city)
    if (day % 4 === 0) book(`promo-${person}-${day}`, -4, 2, (day + person) % 10 === 0 ? CITIES[(day + 3) % CITIES.length]! : city)
    const departs = new Date(t0 + (day * 24 + 14.5) * HOUR)
    journeys.push({
      id: `j-${person}-${day}`,
      label: 'bus',
      departsAt: departs,
      arrivesAt: new Date(departs.getTime() + 6 * HOUR),
      departureZone: city.zone!,
      arrivalZone: next.zone!,
      origin: city,
      destination: next,
      firstMode: 'bus',
      lastMode: 'bus',
    })
  }
  return { bookings, journeys }
}

export interface TravelSweepBench {
  people: number
  bookings: number
  journeys: number
  withTravelP50Ms: number
  withoutTravelP50Ms: number
  conflictsWith: number
  conflictsWithout: number
  ratio: string
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

export function benchTravelSweep(): TravelSweepBench {
  const calendars = Array.from({ length: 25 }, (_, p) => tour(p))
  const withTimes: number[] = []
  const withoutTimes: number[] = []
  let conflictsWith = 0
  let conflictsWithout = 0
  for (let run = 0; run < 30; run++) {
    let started = performance.now()
    conflictsWithout = 0
    for (const c of calendars) conflictsWithout += sweepConflicts(c.bookings, [], DEFAULT_TRAVEL_POLICY, { showReasons: false }).length
    withoutTimes.push(performance.now() - started)
    started = performance.now()
    conflictsWith = 0
    for (const c of calendars) conflictsWith += sweepConflicts(c.bookings, [], DEFAULT_TRAVEL_POLICY, { showReasons: false, journeys: c.journeys }).length
    withTimes.push(performance.now() - started)
  }
  const withP50 = median(withTimes)
  const withoutP50 = median(withoutTimes)
  return {
    people: calendars.length,
    bookings: calendars.reduce((n, c) => n + c.bookings.length, 0),
    journeys: calendars.reduce((n, c) => n + c.journeys.length, 0),
    withTravelP50Ms: Math.round(withP50 * 100) / 100,
    withoutTravelP50Ms: Math.round(withoutP50 * 100) / 100,
    conflictsWith,
    conflictsWithout,
    ratio: `${(withP50 / withoutP50).toFixed(2)}× the sweep without travel`,
  }
}
