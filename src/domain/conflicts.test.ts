import { describe, expect, it } from 'vitest'
import { conflictsOf, type Booking } from './conflicts.ts'
import { DEFAULT_TRAVEL_POLICY } from './travel-estimate.ts'

const CHICAGO = { latitude: 41.88, longitude: -87.63, zone: 'America/Chicago' }
const MILWAUKEE = { latitude: 43.04, longitude: -87.91 }
const LONDON = { latitude: 51.51, longitude: -0.13, zone: 'Europe/London' }

function booking(id: string, start: string, end: string, place: Booking['place'] = null): Booking {
  return {
    kind: 'commitment',
    id,
    title: id,
    actId: null,
    startsAt: new Date(start),
    endsAt: new Date(end),
    localDates: { first: start.slice(0, 10), last: end.slice(0, 10) },
    place,
  }
}
const none = { showReasons: true }

describe('conflictsOf', () => {
  it('flags overlapping times and not back-to-back ones', () => {
    const a = booking('a', '2013-07-01T18:00:00Z', '2013-07-01T22:00:00Z')
    expect(conflictsOf(a, [booking('b', '2013-07-01T21:00:00Z', '2013-07-01T23:00:00Z')], [], DEFAULT_TRAVEL_POLICY, none).map((c) => c.kind)).toEqual([
      'overlap',
    ])
    expect(conflictsOf(a, [booking('c', '2013-07-01T22:00:00Z', '2013-07-01T23:00:00Z')], [], DEFAULT_TRAVEL_POLICY, none)).toEqual([])
  })

  it('flags a booking on a blocked-out date, with the reason only when asked', () => {
    const a = booking('a', '2013-07-04T18:00:00Z', '2013-07-04T22:00:00Z')
    const blocked = [{ id: 'x', startDate: '2013-07-03', endDate: '2013-07-05', reason: 'family' }]
    expect(conflictsOf(a, [], blocked, DEFAULT_TRAVEL_POLICY, { showReasons: true })[0]).toMatchObject({ kind: 'blockout', reason: 'family' })
    expect(conflictsOf(a, [], blocked, DEFAULT_TRAVEL_POLICY, { showReasons: false })[0]).toMatchObject({ kind: 'blockout', reason: null })
  })

  it('needs travel time only between places farther apart than a local move', () => {
    const chicago = booking('chi', '2013-07-01T18:00:00Z', '2013-07-01T22:00:00Z', CHICAGO)
    // Milwaukee is ~130 km away: about 2 h 25 min by road with loading out and in; 2 h is not enough.
    expect(
      conflictsOf(chicago, [booking('mke', '2013-07-02T00:00:00Z', '2013-07-02T02:00:00Z', MILWAUKEE)], [], DEFAULT_TRAVEL_POLICY, none).map((c) => c.kind),
    ).toEqual(['travel'])
    expect(conflictsOf(chicago, [booking('mke', '2013-07-02T02:00:00Z', '2013-07-02T04:00:00Z', MILWAUKEE)], [], DEFAULT_TRAVEL_POLICY, none)).toEqual([])
    expect(
      conflictsOf(
        chicago,
        [booking('chi2', '2013-07-01T22:30:00Z', '2013-07-01T23:00:00Z', { latitude: 41.9, longitude: -87.65 })],
        [],
        DEFAULT_TRAVEL_POLICY,
        none,
      ),
    ).toEqual([])
  })

  it('explains a transatlantic hop in kilometres and hours, waiting for the morning flight', () => {
    // The Chicago show ends at 22:00 local: through the airport by midnight, the first flight leaves at 06:00.
    const chicago = booking('chi', '2013-07-01T23:00:00Z', '2013-07-02T03:00:00Z', CHICAGO)
    const london = booking('ldn', '2013-07-02T20:00:00Z', '2013-07-02T22:00:00Z', LONDON)
    const [c] = conflictsOf(london, [chicago], [], DEFAULT_TRAVEL_POLICY, none)
    expect(c).toMatchObject({ kind: 'travel', availableMinutes: 1020 })
    expect(c && 'distanceKm' in c ? c.distanceKm : 0).toBeGreaterThan(6000)
    expect(c?.message).toMatch(/km from "chi" needs about \d+ h( \d+ min)? flying, with no flight before morning,/)
    // From an afternoon show the evening flight makes the same London booking with time to spare.
    const matinee = booking('chi', '2013-07-01T17:00:00Z', '2013-07-01T21:00:00Z', CHICAGO)
    expect(conflictsOf(london, [matinee], [], DEFAULT_TRAVEL_POLICY, none)).toEqual([])
  })
})
