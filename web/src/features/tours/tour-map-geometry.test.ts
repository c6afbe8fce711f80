import { describe, expect, it } from 'vitest'
import type { ShowSummary } from '../../api/touring-api.ts'
import { boundsOf, frameFor, projectionFor, routesOf, type Position } from './tour-map-geometry.ts'

function show(id: string, localDate: string, legId: string | null, at: Position | null): ShowSummary {
  return {
    id,
    actId: 'btr',
    actName: 'Big Time Rush',
    localDate,
    status: 'confirmed',
    announcement: 'announced',
    venueName: `Venue ${id}`,
    city: `City ${id}`,
    country: 'US',
    timeZone: 'America/Chicago',
    longitude: at ? at[0] : null,
    latitude: at ? at[1] : null,
    legId,
    startsAt: `${localDate}T23:00:00Z`,
    endsAt: `${localDate}T23:59:00Z`,
  }
}

const LOS_ANGELES: Position = [-118.24, 34.05]
const NEW_YORK: Position = [-74.0, 40.71]
const CHICAGO: Position = [-87.63, 41.88]
const SAO_PAULO: Position = [-46.63, -23.55]

describe('routesOf', () => {
  it('draws each leg through its shows in date order, whatever order they come in', () => {
    const routes = routesOf(
      [{ id: 'na', name: 'North America' }],
      [show('c', '2013-07-20', 'na', NEW_YORK), show('a', '2013-07-08', 'na', LOS_ANGELES), show('b', '2013-07-12', 'na', CHICAGO)],
    )
    expect(routes[0]?.shows.map((s) => s.id)).toEqual(['a', 'b', 'c'])
  })

  it('leaves out shows without coordinates and gathers shows on no leg last', () => {
    const routes = routesOf([{ id: 'na', name: 'North America' }], [show('a', '2013-07-08', 'na', null), show('x', '2013-08-01', null, SAO_PAULO)])
    expect(routes.map((r) => [r.name, r.shows.length])).toEqual([
      ['North America', 0],
      ['Not on a leg', 1],
    ])
  })
})

describe('boundsOf', () => {
  it('has nothing to fit when no show has coordinates', () => {
    expect(boundsOf([])).toBeNull()
  })

  it('pads the shows’ spread on every side', () => {
    const [west, south, east, north] = boundsOf([LOS_ANGELES, NEW_YORK], { padding: 0.1 })!
    expect(west).toBeLessThan(LOS_ANGELES[0])
    expect(east).toBeGreaterThan(NEW_YORK[0])
    expect(south).toBeLessThan(LOS_ANGELES[1])
    expect(north).toBeGreaterThan(NEW_YORK[1])
    expect(east - west).toBeCloseTo((NEW_YORK[0] - LOS_ANGELES[0]) * 1.2, 5)
  })

  it('never zooms in closer than the minimum span for one city', () => {
    const [west, south, east, north] = boundsOf([CHICAGO], { minSpan: 10 })!
    expect(east - west).toBeCloseTo(10, 5)
    expect(north - south).toBeCloseTo(6, 5)
    expect((west + east) / 2).toBeCloseTo(CHICAGO[0], 5)
  })

  it('measures a trans-Pacific tour the short way round', () => {
    const [west, , east] = boundsOf([[151.21, -33.87], LOS_ANGELES], { padding: 0 })!
    expect(east - west).toBeCloseTo(360 - 118.24 - 151.21, 1)
  })
})

describe('projectionFor', () => {
  it('puts every show inside the frame, clear of its margin', () => {
    const points = [LOS_ANGELES, NEW_YORK, CHICAGO, SAO_PAULO]
    const frame = frameFor(boundsOf(points))
    const projection = projectionFor(points, frame)
    for (const point of points) {
      const [x, y] = projection(point)!
      expect(x).toBeGreaterThanOrEqual(frame.margin)
      expect(x).toBeLessThanOrEqual(frame.width - frame.margin)
      expect(y).toBeGreaterThanOrEqual(frame.margin)
      expect(y).toBeLessThanOrEqual(frame.height - frame.margin)
    }
  })

  it('uses the frame well: the shows span most of its width', () => {
    const points = [LOS_ANGELES, NEW_YORK]
    const frame = frameFor(boundsOf(points))
    const projection = projectionFor(points, frame)
    const xs = points.map((p) => projection(p)![0])
    expect(Math.abs(xs[1]! - xs[0]!)).toBeGreaterThan(frame.width * 0.5)
  })
})
