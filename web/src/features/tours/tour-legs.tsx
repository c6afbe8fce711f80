import '../shows/shows.css'
import { Link } from 'react-router'
import type { ShowSummary, Tour } from '../../api/touring-api.ts'
import { workspacePath } from '../../api/workspace-resource.ts'
import { pluralise } from '../../format/vocabulary.ts'
import { ShowBadges } from '../shows/show-badges.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { useCanEditTouring } from './touring-permissions.ts'
import { formatDateSpan, formatShortDate } from './tour-dates.ts'
import { RouteSwatch } from './tour-map.tsx'

interface LegView {
  key: string
  name: string
  notes: string
  index: number
  showCount: number
  firstDate: string | null
  lastDate: string | null
  shows: ShowSummary[]
}

function legViews(tour: Tour): LegView[] {
  const sorted = [...tour.shows].sort((a, b) => a.localDate.localeCompare(b.localDate) || a.startsAt.localeCompare(b.startsAt))
  const views: LegView[] = tour.legs.map((leg, index) => ({ ...leg, key: leg.id, index, shows: sorted.filter((s) => s.legId === leg.id) }))
  const legIds = new Set(tour.legs.map((l) => l.id))
  const loose = sorted.filter((s) => !s.legId || !legIds.has(s.legId))
  if (loose.length > 0) {
    views.push({
      key: 'no-leg',
      name: 'Not on a leg',
      notes: '',
      index: views.length,
      showCount: loose.length,
      firstDate: loose[0]?.localDate ?? null,
      lastDate: loose.at(-1)?.localDate ?? null,
      shows: loose,
    })
  }
  return views
}

/** The tour's legs as text: dates, show count, notes and every show in date order; the map's accessible twin. */
export function TourLegs({ tour }: { tour: Tour }) {
  const { slug, href } = useWorkspace()
  const canEditTouring = useCanEditTouring()
  const legs = legViews(tour)
  if (legs.length === 0) return <p className="muted">No legs or shows yet.</p>
  return (
    <div className="tour-legs">
      {legs.map((leg) => {
        const headingId = `leg-${leg.key}`
        return (
          <section key={leg.key} className="card tour-leg" aria-labelledby={headingId}>
            <div className="tour-leg-header">
              <h3 id={headingId} className="tour-leg-title">
                <RouteSwatch index={leg.index} />
                {leg.name}
              </h3>
              <p className="muted">
                {formatDateSpan(leg.firstDate, leg.lastDate)} · {pluralise(leg.showCount, 'show')}
                {leg.key !== 'no-leg' && (
                  <>
                    {' · '}
                    <a href={workspacePath(slug, `/tours/${encodeURIComponent(tour.id)}/book.pdf?legId=${encodeURIComponent(leg.key)}`)} download>
                      Tour book (PDF)
                    </a>
                  </>
                )}
              </p>
              {leg.notes && <p className="prose">{leg.notes}</p>}
            </div>
            {leg.shows.length === 0 ? (
              <p className="muted">
                No shows on this leg yet.
                {canEditTouring && leg.key !== 'no-leg' && (
                  <>
                    {' '}
                    <Link to={href(`/shows/new?tourId=${tour.id}&legId=${leg.key}&actId=${tour.actId}`)}>Add a show</Link>
                  </>
                )}
              </p>
            ) : (
              <ol className="leg-shows">
                {leg.shows.map((show) => (
                  <li key={show.id}>
                    <Link className="leg-show" to={href(`/shows/${show.id}`)}>
                      <span className="leg-show-date tabular">{formatShortDate(show.localDate)}</span>
                      <span className="leg-show-place">
                        <span className="leg-show-city">
                          {show.city}, {show.country}
                        </span>
                        <span className="muted">{show.venueName}</span>
                      </span>
                      <ShowBadges status={show.status} announcement={show.announcement} />
                    </Link>
                  </li>
                ))}
              </ol>
            )}
          </section>
        )
      })}
    </div>
  )
}
