import { geoNaturalEarth1, type GeoProjection } from 'd3-geo'
import type { MultiPoint } from 'geojson'
import type { Leg, ShowSummary } from '../../api/touring-api.ts'

/** [longitude, latitude] in degrees, as GeoJSON writes a position. */
export type Position = [number, number]

/** A show the map can place. */
export type PlacedShow = ShowSummary & { latitude: number; longitude: number }

/** One leg's route: its shows in date order, and its place in the legend. */
export interface LegRoute {
  key: string
  name: string
  /** 0-based; picks the colour and dash pattern (legs differ by more than colour). */
  index: number
  shows: PlacedShow[]
}

export function isPlaced(show: ShowSummary): show is PlacedShow {
  return show.latitude !== null && show.longitude !== null
}

function byDate(a: ShowSummary, b: ShowSummary): number {
  return a.localDate.localeCompare(b.localDate) || a.startsAt.localeCompare(b.startsAt)
}

/** The legs in tour order, then shows on no leg; each with its placeable shows in date order. Empty legs are kept for the legend. */
export function routesOf(legs: readonly Pick<Leg, 'id' | 'name'>[], shows: readonly ShowSummary[]): LegRoute[] {
  const routes: LegRoute[] = legs.map((leg, index) => ({ key: leg.id, name: leg.name, index, shows: [] }))
  const byLeg = new Map(routes.map((route) => [route.key, route]))
  const loose: PlacedShow[] = []
  for (const show of [...shows].sort(byDate)) {
    if (!isPlaced(show)) continue
    const route = show.legId ? byLeg.get(show.legId) : undefined
    if (route) route.shows.push(show)
    else loose.push(show)
  }
  if (loose.length > 0) routes.push({ key: 'no-leg', name: 'Not on a leg', index: routes.length, shows: loose })
  return routes
}

export interface BoundsOptions {
  /** The smallest box drawn, in degrees, so one show (or one city) is not a map of a street. */
  minSpan?: number
  /** Room around the shows, as a share of their spread. */
  padding?: number
}

/**
 * The box to show around the shows: [west, south, east, north] in degrees, padded, never smaller
 * than `minSpan`. A tour over the Pacific is measured the short way round, so `east` may exceed 180.
 */
export function boundsOf(points: readonly Position[], { minSpan = 12, padding = 0.15 }: BoundsOptions = {}): [number, number, number, number] | null {
  if (points.length === 0) return null
  const lats = points.map((p) => p[1])
  const lons = points.map((p) => p[0])
  const shifted = lons.map((lon) => (lon < 0 ? lon + 360 : lon))
  const spanOf = (values: number[]) => Math.max(...values) - Math.min(...values)
  const lonValues = spanOf(shifted) < spanOf(lons) ? shifted : lons
  let west = Math.min(...lonValues)
  let east = Math.max(...lonValues)
  let south = Math.min(...lats)
  let north = Math.max(...lats)
  const lonPad = Math.max((east - west) * padding, (minSpan - (east - west)) / 2, 0)
  const latPad = Math.max((north - south) * padding, (minSpan * 0.6 - (north - south)) / 2, 0)
  west -= lonPad
  east += lonPad
  south = Math.max(-85, south - latPad)
  north = Math.min(85, north + latPad)
  return [west, south, east, north]
}

/** The box's corners and edge midpoints: what the projection is fitted to (parallels curve in Natural Earth). */
export function boundsOutline([west, south, east, north]: [number, number, number, number]): MultiPoint {
  const midLon = (west + east) / 2
  const midLat = (south + north) / 2
  const wrap = (lon: number) => (lon > 180 ? lon - 360 : lon)
  const coordinates: Position[] = [
    [west, south],
    [midLon, south],
    [east, south],
    [east, midLat],
    [east, north],
    [midLon, north],
    [west, north],
    [west, midLat],
  ].map(([lon, lat]) => [wrap(lon as number), lat as number])
  return { type: 'MultiPoint', coordinates }
}

export interface MapFrame {
  width: number
  height: number
  /** Inner margin in pixels of the frame. */
  margin: number
}

/** A frame whose shape follows the shows' spread: wide for a coast-to-coast leg, taller for a north-south one. */
export function frameFor(bounds: [number, number, number, number] | null, width = 800): MapFrame {
  if (!bounds) return { width, height: Math.round(width * 0.5), margin: 24 }
  const [west, south, east, north] = bounds
  const ratio = Math.min(0.9, Math.max(0.45, ((north - south) * 1.25) / Math.max(1, east - west)))
  return { width, height: Math.round(width * ratio), margin: 24 }
}

/** Natural Earth, turned to face the shows and fitted to them with a margin; the whole world when there are none. */
export function projectionFor(points: readonly Position[], frame: MapFrame): GeoProjection {
  const bounds = boundsOf(points)
  const extent: [[number, number], [number, number]] = [
    [frame.margin, frame.margin],
    [frame.width - frame.margin, frame.height - frame.margin],
  ]
  if (!bounds) return geoNaturalEarth1().fitExtent(extent, { type: 'Sphere' })
  const centre = (bounds[0] + bounds[2]) / 2
  return geoNaturalEarth1().rotate([-centre, 0]).fitExtent(extent, boundsOutline(bounds))
}
