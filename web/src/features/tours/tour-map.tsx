import { useId } from 'react'
import { geoPath } from 'd3-geo'
import { feature, mesh } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
// Bundled into this lazy chunk only: the map needs no tile server and no network.
import countries from 'world-atlas/countries-110m.json'
import { formatShortDate } from './tour-dates.ts'
import { boundsOf, frameFor, projectionFor, type LegRoute, type PlacedShow, type Position } from './tour-map-geometry.ts'

const world = countries as unknown as Topology<{ countries: GeometryCollection; land: GeometryCollection }>
const land = feature(world, world.objects.land)
const borders = mesh(world, world.objects.countries, (a, b) => a !== b)

/** Six route styles: colour and dash together, so legs differ for colour-blind readers too. */
export const ROUTE_STYLES = 6
export function routeClass(index: number): string {
  return `route-style-${index % ROUTE_STYLES}`
}

function dotLabel(show: PlacedShow, legName: string): string {
  const publicity = show.announcement === 'announced' ? '' : ' · not announced yet'
  return `${formatShortDate(show.localDate)}, ${show.localDate.slice(0, 4)} · ${show.venueName}, ${show.city} (${legName})${publicity}`
}

/** The tour's legs drawn on a map of the world, each a line through its shows in date order. */
export function TourMap({ routes, tourName }: { routes: LegRoute[]; tourName: string }) {
  const titleId = useId()
  const points: Position[] = routes.flatMap((route) => route.shows.map((s): Position => [s.longitude, s.latitude]))
  const frame = frameFor(boundsOf(points))
  const projection = projectionFor(points, frame)
  const path = geoPath(projection)
  const drawn = routes.filter((route) => route.shows.length > 0)
  const summary = drawn.map((route) => `${route.name}: ${route.shows.length} ${route.shows.length === 1 ? 'show' : 'shows'}`).join('; ')

  return (
    <figure className="tour-map">
      <svg className="tour-map-svg" viewBox={`0 0 ${frame.width} ${frame.height}`} aria-labelledby={titleId} preserveAspectRatio="xMidYMid meet">
        <title id={titleId}>{`Map of ${tourName}. ${summary || 'No show has coordinates yet.'}`}</title>
        <rect className="map-water" width={frame.width} height={frame.height} />
        <path className="map-land" d={path(land) ?? undefined} />
        <path className="map-borders" d={path(borders) ?? undefined} />
        {drawn.map((route) => (
          <g key={route.key} className={`map-leg ${routeClass(route.index)}`} data-leg={route.name}>
            {route.shows.length > 1 && (
              <path className="map-route" d={path({ type: 'LineString', coordinates: route.shows.map((s) => [s.longitude, s.latitude]) }) ?? undefined} />
            )}
            {route.shows.map((show) => {
              const at = projection([show.longitude, show.latitude])
              if (!at) return null
              return (
                <g
                  key={show.id}
                  className={`map-dot${show.announcement === 'announced' ? '' : ' map-dot--private'}${show.status === 'cancelled' ? ' map-dot--cancelled' : ''}`}
                >
                  <title>{dotLabel(show, route.name)}</title>
                  <circle cx={at[0]} cy={at[1]} r={7} />
                </g>
              )
            })}
          </g>
        ))}
      </svg>
      <figcaption className="map-caption">
        <ul className="map-legend" aria-label="Legend">
          {drawn.map((route) => (
            <li key={route.key}>
              <RouteSwatch index={route.index} />
              {route.name}
            </li>
          ))}
          <li>
            <svg className="legend-dot" viewBox="0 0 16 16" aria-hidden="true">
              <circle cx="8" cy="8" r="5" className="legend-dot--public" />
            </svg>
            Announced
          </li>
          <li>
            <svg className="legend-dot" viewBox="0 0 16 16" aria-hidden="true">
              <circle cx="8" cy="8" r="5" className="legend-dot--private" />
            </svg>
            Not public yet
          </li>
        </ul>
        {points.length === 0 && <p className="muted">No show of this tour has a venue with coordinates yet; add them on the venues to see the routes.</p>}
      </figcaption>
    </figure>
  )
}

/** A short sample of a leg's line, for legends and leg headings. */
export function RouteSwatch({ index }: { index: number }) {
  return (
    <svg className={`route-swatch ${routeClass(index)}`} viewBox="0 0 36 12" aria-hidden="true">
      <line x1="2" y1="6" x2="34" y2="6" className="map-route" />
      <circle cx="18" cy="6" r="4" />
    </svg>
  )
}
