import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { distanceKm } from './geo.ts'
import {
  DEFAULT_TRAVEL_POLICY,
  estimateTravel,
  longestTravelMinutes,
  minutesUntilDepartureWindow,
  travelPolicyOf,
  type TravelPlace,
} from './travel-estimate.ts'

const LONDON: TravelPlace = { latitude: 51.51, longitude: -0.13, zone: 'Europe/London' }
const DALLAS: TravelPlace = { latitude: 32.78, longitude: -96.8, zone: 'America/Chicago' }
const CHICAGO: TravelPlace = { latitude: 41.88, longitude: -87.63, zone: 'America/Chicago' }
const MINNEAPOLIS: TravelPlace = { latitude: 44.98, longitude: -93.27, zone: 'America/Chicago' }
const MILWAUKEE: TravelPlace = { latitude: 43.04, longitude: -87.91, zone: 'America/Chicago' }
const LOS_ANGELES: TravelPlace = { latitude: 34.05, longitude: -118.24, zone: 'America/Los_Angeles' }
const NEW_YORK: TravelPlace = { latitude: 40.71, longitude: -74.0, zone: 'America/New_York' }

const arrival = (from: TravelPlace, to: TravelPlace, leaveAt: Date) => new Date(leaveAt.getTime() + estimateTravel(from, to, leaveAt).minutes * 60_000)

describe('estimateTravel', () => {
  it('does not fly a London show ending at 23:00 to a 10:00 load-in in Dallas the next day', () => {
    // 23:00 BST is 22:00 UTC; 10:00 CDT the next day is 15:00 UTC: 17 hours, more than the flight takes.
    const leave = new Date('2013-07-01T22:00:00Z')
    const trip = estimateTravel(LONDON, DALLAS, leave)
    expect(trip.mode).toBe('air')
    // Through the airport by 01:00, no flight before 06:00: the first one lands mid-afternoon in Dallas.
    expect(trip.mode === 'air' && trip.waitMinutes).toBe(5 * 60)
    expect(arrival(LONDON, DALLAS, leave).getTime()).toBeGreaterThan(new Date('2013-07-02T15:00:00Z').getTime())
    // The same trip from a matinee ending at 16:00 makes the evening flight and arrives in time.
    const matinee = new Date('2013-07-01T15:00:00Z')
    expect(arrival(LONDON, DALLAS, matinee).getTime()).toBeLessThan(new Date('2013-07-02T15:00:00Z').getTime())
  })

  it('sends the tour bus through the night between cities a drive apart', () => {
    // Chicago to Minneapolis, ~570 km: a show ending at 23:00 CDT (04:00 UTC) and a 13:00 load-in the next day.
    const leave = new Date('2013-07-02T04:00:00Z')
    const trip = estimateTravel(CHICAGO, MINNEAPOLIS, leave)
    const { ground } = DEFAULT_TRAVEL_POLICY
    const byRoad = Math.ceil(((distanceKm(CHICAGO, MINNEAPOLIS) * ground.detourFactor) / ground.kmPerHour) * 60 + ground.handlingMinutes)
    // The road, through the night, or the first flight of the morning if that is sooner: never more than the drive.
    expect(trip.minutes).toBeLessThanOrEqual(byRoad)
    expect(trip.minutes).toBeGreaterThan(7 * 60)
    expect(arrival(CHICAGO, MINNEAPOLIS, leave).getTime()).toBeLessThan(new Date('2013-07-02T18:00:00Z').getTime())
  })

  it('flies where the road is too long, and in the day when flying beats the road', () => {
    expect(estimateTravel(LOS_ANGELES, NEW_YORK, new Date('2013-07-01T18:00:00Z')).mode).toBe('air')
    // Milwaukee is ~130 km from Chicago: nobody flies it.
    const short = estimateTravel(CHICAGO, MILWAUKEE, new Date('2013-07-01T18:00:00Z'))
    expect(short).toMatchObject({ mode: 'ground' })
    expect(short.minutes).toBeGreaterThan(120)
    expect(short.minutes).toBeLessThan(180)
  })

  it('needs no time for a local move or an unknown place', () => {
    const near = { latitude: 41.9, longitude: -87.65, zone: 'America/Chicago' }
    expect(estimateTravel(CHICAGO, near, new Date()).minutes).toBe(0)
    expect(estimateTravel(CHICAGO, null, new Date())).toEqual({ mode: 'none', km: 0, minutes: 0 })
  })

  it('reads the local hour by the sun where a place has no zone', () => {
    // London by its longitude is UTC+0: ready at 01:00 UTC, the first flight at 06:00.
    const trip = estimateTravel({ latitude: 51.51, longitude: -0.13 }, DALLAS, new Date('2013-01-10T23:00:00Z'))
    expect(trip.mode === 'air' && trip.waitMinutes).toBe(5 * 60)
  })

  it('takes the two configured figures as the flight speed and the time at the airports', () => {
    const policy = travelPolicyOf(600, 240)
    expect(policy.air).toMatchObject({ kmPerHour: 600, beforeMinutes: 160, afterMinutes: 80 })
    const noon = new Date('2013-07-01T11:00:00Z')
    expect(estimateTravel(LONDON, DALLAS, noon, policy).minutes).toBeGreaterThan(estimateTravel(LONDON, DALLAS, noon).minutes)
  })
})

describe('minutesUntilDepartureWindow', () => {
  it('is zero inside the window and counts to the next morning outside it', () => {
    expect(minutesUntilDepartureWindow(6 * 60, 360, 1380)).toBe(0)
    expect(minutesUntilDepartureWindow(23 * 60, 360, 1380)).toBe(0)
    expect(minutesUntilDepartureWindow(23 * 60 + 1, 360, 1380)).toBe(419)
    expect(minutesUntilDepartureWindow(0, 360, 1380)).toBe(360)
  })
})

const place = fc.record({
  latitude: fc.double({ min: -60, max: 70, noNaN: true }),
  longitude: fc.double({ min: -180, max: 180, noNaN: true }),
  zone: fc.constantFrom(null, 'Europe/London', 'America/Chicago', 'Asia/Tokyo', 'Australia/Sydney', 'America/Sao_Paulo'),
})
const instant = fc.integer({ min: Date.UTC(2010, 0, 1), max: Date.UTC(2030, 0, 1) }).map((ms) => new Date(ms))

describe('estimateTravel, properties', () => {
  it('never arrives earlier by leaving later (no overtaking: the estimate is FIFO)', () => {
    fc.assert(
      fc.property(place, place, instant, fc.integer({ min: 1, max: 36 * 60 }), (a, b, leave, laterBy) => {
        const later = new Date(leave.getTime() + laterBy * 60_000)
        expect(arrival(a, b, later).getTime()).toBeGreaterThanOrEqual(arrival(a, b, leave).getTime())
      }),
    )
  })

  it('takes at least the flight or the drive itself, and never longer than the longest estimate', () => {
    const { air, ground } = DEFAULT_TRAVEL_POLICY
    const longest = longestTravelMinutes()
    fc.assert(
      fc.property(place, place, instant, (a, b, leave) => {
        const trip = estimateTravel(a, b, leave)
        const km = distanceKm(a, b)
        expect(trip.minutes).toBeLessThanOrEqual(longest)
        if (trip.mode === 'none') expect(km).toBeLessThanOrEqual(DEFAULT_TRAVEL_POLICY.localRadiusKm)
        if (trip.mode === 'ground') {
          expect(km).toBeLessThanOrEqual(ground.maxKm)
          expect(trip.minutes).toBeGreaterThanOrEqual(((km * ground.detourFactor) / ground.kmPerHour) * 60)
        }
        if (trip.mode === 'air')
          expect(trip.minutes).toBeGreaterThanOrEqual(air.beforeMinutes + ((km * air.detourFactor) / air.kmPerHour) * 60 + air.afterMinutes)
      }),
    )
  })
})
