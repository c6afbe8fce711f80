import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { conflictsByBooking, sweepConflicts, type SweptConflict } from './conflict-sweep.ts'
import { conflictsOf, type Blockout, type Booking } from './conflicts.ts'
import { DEFAULT_TRAVEL_POLICY } from './travel-estimate.ts'
import type { BookedJourney, TravelMode } from './travel.ts'

const T0 = Date.parse('2013-07-01T00:00:00Z')
const HOUR = 3_600_000
const PLACES = [
  null,
  { latitude: 41.88, longitude: -87.63 },
  { latitude: 43.04, longitude: -87.91 },
  { latitude: 51.51, longitude: -0.13 },
  { latitude: -23.55, longitude: -46.63 },
  { latitude: -33.87, longitude: 151.21 },
]
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)

function booking(id: string, startHour: number, lengthHours: number, place: Booking['place']): Booking {
  const startsAt = new Date(T0 + startHour * HOUR)
  const endsAt = new Date(startsAt.getTime() + lengthHours * HOUR)
  return {
    kind: id.startsWith('s') ? 'show' : 'commitment',
    id,
    title: id,
    actId: null,
    startsAt,
    endsAt,
    localDates: { first: day(startsAt.getTime()), last: day(endsAt.getTime() - 1) },
    place,
  }
}

const bookingsArb = fc
  .array(
    fc.record({
      start: fc.integer({ min: 0, max: 24 * 40 }),
      length: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 24 * 5 })),
      place: fc.constantFrom(...PLACES),
      isShow: fc.boolean(),
    }),
    { maxLength: 40 },
  )
  .map((rows) => rows.map((r, i) => booking(`${r.isShow ? 's' : 'c'}${i}`, r.start, r.length, r.place)))
const blockoutsArb = fc
  .array(fc.record({ first: fc.integer({ min: 0, max: 40 }), days: fc.integer({ min: 0, max: 6 }) }), { maxLength: 6 })
  .map((rows) =>
    rows.map((r, i): Blockout => ({ id: `b${i}`, startDate: day(T0 + r.first * 24 * HOUR), endDate: day(T0 + (r.first + r.days) * 24 * HOUR), reason: '' })),
  )

const MODES: TravelMode[] = ['air', 'bus', 'car', 'rail', 'ferry']
/** Booked journeys between the places above (some without coordinates), of any length up to three days. */
const journeysArb = fc
  .array(
    fc.record({
      from: fc.constantFrom(...PLACES),
      to: fc.constantFrom(...PLACES),
      departs: fc.integer({ min: 0, max: 24 * 40 * 4 }),
      quarterHours: fc.integer({ min: 1, max: 4 * 72 }),
      first: fc.constantFrom(...MODES),
      last: fc.constantFrom(...MODES),
    }),
    { maxLength: 8 },
  )
  .map((rows) =>
    rows.map((r, i): BookedJourney => ({
      id: `j${i}`,
      label: `j${i}`,
      departsAt: new Date(T0 + (r.departs * HOUR) / 4),
      arrivesAt: new Date(T0 + ((r.departs + r.quarterHours) * HOUR) / 4),
      departureZone: 'UTC',
      arrivalZone: 'UTC',
      origin: r.from,
      destination: r.to,
      firstMode: r.first,
      lastMode: r.last,
    })),
  )

/** A pair or blockout hit as an unordered key, so both methods can be compared as sets. */
function keys(found: readonly SweptConflict[]): string[] {
  return found
    .map(({ booking, conflict }) =>
      conflict.kind === 'blockout' ? `${booking.id}|${conflict.blockoutId}|blockout` : `${[booking.id, conflict.with.id].sort().join('|')}|${conflict.kind}`,
    )
    .sort()
}

function allPairs(bookings: readonly Booking[], blockouts: readonly Blockout[], journeys: readonly BookedJourney[] = []): SweptConflict[] {
  const found: SweptConflict[] = []
  bookings.forEach((b, i) => {
    for (const conflict of conflictsOf(b, bookings.slice(i + 1), blockouts, DEFAULT_TRAVEL_POLICY, { showReasons: true, journeys }))
      found.push({ booking: b, conflict })
  })
  return found
}

describe('sweepConflicts', () => {
  it('finds exactly the conflicts that comparing every pair finds', () => {
    fc.assert(
      fc.property(bookingsArb, blockoutsArb, (bookings, blockouts) => {
        expect(keys(sweepConflicts(bookings, blockouts, DEFAULT_TRAVEL_POLICY, { showReasons: true }))).toEqual(keys(allPairs(bookings, blockouts)))
      }),
      { numRuns: 300 },
    )
  })

  it('finds exactly the conflicts that comparing every pair finds, with booked journeys', () => {
    fc.assert(
      fc.property(bookingsArb, blockoutsArb, journeysArb, (bookings, blockouts, journeys) => {
        const swept = sweepConflicts(bookings, blockouts, DEFAULT_TRAVEL_POLICY, { showReasons: true, journeys })
        expect(keys(swept)).toEqual(keys(allPairs(bookings, blockouts, journeys)))
      }),
      { numRuns: 300 },
    )
  })

  it('lets a booked journey replace the estimate, both ways', () => {
    // A London show ending at 23:00 and a 10:00 load-in in Dallas (Chicago stands in) the next day.
    const london = booking('s-london', 15, 8, PLACES[3]!)
    const dallas = booking('s-dallas', 24 + 15, 4, PLACES[1]!)
    const estimated = sweepConflicts([london, dallas], [], DEFAULT_TRAVEL_POLICY, { showReasons: true })
    expect(estimated.map((f) => f.conflict)).toEqual([expect.objectContaining({ kind: 'travel' })])
    expect(estimated[0]!.conflict).not.toHaveProperty('journeyId')
    const flight = (id: string, departsHour: number, hours: number): BookedJourney => ({
      id,
      label: 'LHR → ORD',
      departsAt: new Date(T0 + departsHour * HOUR),
      arrivesAt: new Date(T0 + (departsHour + hours) * HOUR),
      departureZone: 'Europe/London',
      arrivalZone: 'America/Chicago',
      origin: { latitude: 51.47, longitude: -0.45 },
      destination: { latitude: 41.97, longitude: -87.9 },
      firstMode: 'air',
      lastMode: 'air',
    })
    // An impossible itinerary booked anyway (a charter leaving at 01:30, landing at 10:30 UTC): no conflict.
    expect(sweepConflicts([london, dallas], [], DEFAULT_TRAVEL_POLICY, { showReasons: true, journeys: [flight('j1', 25.5, 9)] })).toEqual([])
    // A flight leaving during the show: the person cannot make it.
    const early = sweepConflicts([london, dallas], [], DEFAULT_TRAVEL_POLICY, { showReasons: true, journeys: [flight('j2', 22, 9)] })
    expect(early.map((f) => f.conflict)).toEqual([expect.objectContaining({ kind: 'travel', journeyId: 'j2', message: expect.stringContaining('too soon') })])
    // A morning flight landing at 19:00 UTC, after the load-in: too late, however the estimate rounds.
    const late = sweepConflicts([london, dallas], [], DEFAULT_TRAVEL_POLICY, { showReasons: true, journeys: [flight('j3', 34, 9)] })
    expect(late.map((f) => f.conflict)).toEqual([expect.objectContaining({ kind: 'travel', journeyId: 'j3', message: expect.stringContaining('too late') })])
    // A journey the other way (Chicago to London) is not the travel between them: the estimate stands.
    const away = { ...flight('j4', 26, 9), origin: flight('x', 0, 1).destination, destination: flight('x', 0, 1).origin }
    expect(sweepConflicts([london, dallas], [], DEFAULT_TRAVEL_POLICY, { showReasons: true, journeys: [away] })[0]!.conflict).not.toHaveProperty('journeyId')
  })

  it('lists conflicts in the order of the bookings’ starts', () => {
    const found = sweepConflicts(
      [booking('late', 30, 2, null), booking('early', 1, 2, null), booking('early2', 2, 2, null), booking('late2', 31, 1, null)],
      [],
      DEFAULT_TRAVEL_POLICY,
      { showReasons: true },
    )
    expect(found.map((f) => f.booking.id)).toEqual(['early', 'late'])
  })

  it('finds the blockout and the impossible trips in a busy year of 10,000 bookings', () => {
    // Mostly in one city, every hundredth in London: the shape of a busy year, not a worst case.
    // How long it takes is a figure of `npm run bench` (conflict sweep), not an assertion here.
    const many = Array.from({ length: 10_000 }, (_, i) => booking(`c${i}`, i * 1.5, 1, i % 100 === 0 ? PLACES[3]! : PLACES[1]!))
    const found = sweepConflicts(many, [{ id: 'b', startDate: '2013-07-04', endDate: '2013-07-05', reason: '' }], DEFAULT_TRAVEL_POLICY, { showReasons: false })
    expect(found.filter((f) => f.conflict.kind === 'blockout').length).toBe(32)
    expect(found.filter((f) => f.conflict.kind === 'travel').length).toBeGreaterThan(0)
  })
})

describe('conflictsByBooking', () => {
  it('lists a conflicting pair on both of its bookings, each naming the other', () => {
    const a = booking('a', 0, 3, null)
    const b = booking('b', 2, 3, null)
    const byBooking = conflictsByBooking(sweepConflicts([a, b], [], DEFAULT_TRAVEL_POLICY, { showReasons: true }), [a, b], DEFAULT_TRAVEL_POLICY, {
      showReasons: true,
    })
    expect(byBooking.get('commitment:a')).toMatchObject([{ kind: 'overlap', with: { id: 'b' } }])
    expect(byBooking.get('commitment:b')).toMatchObject([{ kind: 'overlap', with: { id: 'a' } }])
  })
})
