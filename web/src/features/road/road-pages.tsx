import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { roadApi, roadKeys } from '../../api/road-api.ts'
import { workspacePath } from '../../api/workspace-resource.ts'
import { EmptyState } from '../../components/empty-state.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { formatLocalDate, viewerTimeZone } from '../shows/zoned-time.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { useCanEditTouring } from '../tours/touring-permissions.ts'
import { ApplyDefaultSchedule, MoveLine } from './day-editing.tsx'
import { DaySheetView } from './day-sheet-view.tsx'
import { EditJourney, JourneyForm } from './journey-form.tsx'
import './road.css'

/** One day as I live it (issue 15, point 7): phone first, live, readable offline. */
export function DaySheetPage() {
  const { slug, href } = useWorkspace()
  const { dayId = '' } = useParams()
  const zone = viewerTimeZone()
  const canEdit = useCanEditTouring()
  const sheet = useQuery({ queryKey: roadKeys.sheet(slug, dayId, zone), queryFn: () => roadApi.sheet(slug, dayId, zone) })
  const [addingTravel, setAddingTravel] = useState(false)
  return (
    <QueryView query={sheet} notFound={{ to: href('/my-days'), label: 'My days' }}>
      {(s) => (
        <>
          <PageHeader kicker={<>Day sheet · {s.actName}</>} title={formatLocalDate(s.localDate)} back={{ to: href('/my-days'), label: 'My days' }}>
            {s.personName && <p className="muted">For {s.personName}</p>}
          </PageHeader>
          {canEdit && s.items.length === 0 && <ApplyDefaultSchedule dayId={s.dayId} />}
          <DaySheetView
            sheet={s}
            edit={canEdit ? (item) => (item.startTime ? <MoveLine key={`${item.id}-${item.version}`} dayId={s.dayId} item={item} /> : null) : undefined}
            editTravel={canEdit ? (journeyId) => <EditJourney journeyId={journeyId} date={s.localDate} /> : undefined}
            editHotel={canEdit ? (stayId) => <Link to={href(`/hotels/${stayId}`)}>Edit this stay</Link> : undefined}
          />
          {canEdit &&
            (addingTravel ? (
              <JourneyForm date={s.localDate} onDone={() => setAddingTravel(false)} />
            ) : (
              <p>
                <button type="button" className="button" onClick={() => setAddingTravel(true)}>
                  Add travel
                </button>{' '}
                <Link className="button" to={href(`/hotels/new?date=${s.localDate}`)}>
                  Add a hotel
                </Link>
              </p>
            ))}
          <p>
            <a className="button" href={workspacePath(slug, `/days/${encodeURIComponent(s.dayId)}/sheet.pdf?zone=${encodeURIComponent(zone)}`)} download>
              PDF
            </a>
            {s.show && (
              <>
                {' '}
                <Link to={href(`/shows/${s.show.id}`)}>The show’s page</Link>
              </>
            )}
          </p>
        </>
      )}
    </QueryView>
  )
}

/** My next days on the road, each opening its sheet (the ones the phone keeps offline). */
export function MyDaysPage() {
  const { slug, href } = useWorkspace()
  const zone = viewerTimeZone()
  const mine = useQuery({ queryKey: roadKeys.mine(slug, zone), queryFn: () => roadApi.mine(slug, zone) })
  return (
    <>
      <PageHeader title="My days">
        <p className="muted">Your day sheets for the next week: only what you are on. They stay readable with no connection.</p>
      </PageHeader>
      <QueryView query={mine}>
        {(sheets) =>
          sheets.length === 0 ? (
            <EmptyState title="Nothing on the road for you this week." />
          ) : (
            <ul className="stack" aria-label="My days">
              {sheets.map((s) => (
                <li key={s.dayId} className="card">
                  <Link to={href(`/days/${s.dayId}`)}>
                    {formatLocalDate(s.localDate, 'medium')} · {s.city}
                  </Link>
                  <p className="muted">
                    {s.items.length} on the schedule{s.items[0] ? `, from ${s.items[0].timeLabel || s.items[0].title}` : ''}
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </>
  )
}

const TYPE_LABELS = { show: 'Show', travel: 'Travel', off: 'Off', promo: 'Promo', rehearsal: 'Rehearsal', tv: 'TV' } as const

/** Every date of a tour: stored days, show days, and the gaps between them. */
export function TourDaysPage() {
  const { slug, href } = useWorkspace()
  const { tourId = '' } = useParams()
  const canEdit = useCanEditTouring()
  const navigate = useNavigate()
  const days = useQuery({ queryKey: roadKeys.tour(slug, tourId), queryFn: () => roadApi.tourDays(slug, tourId) })
  return (
    <QueryView query={days} notFound={{ to: href('/tours'), label: 'Tours' }}>
      {(t) => (
        <>
          <PageHeader title="Days of the tour" back={{ to: href(`/tours/${tourId}`), label: 'Tour' }}>
            <p className="muted">{t.gaps === 0 ? 'No gaps.' : `${t.gaps} ${t.gaps === 1 ? 'date has' : 'dates have'} nothing on them yet.`}</p>
          </PageHeader>
          {t.dates.length === 0 ? (
            <EmptyState title="No shows or days on this tour yet." />
          ) : (
            <ol className="tour-days" aria-label="Dates">
              {t.dates.map((d) => (
                <li key={d.localDate} className={d.type ? 'tour-days__day' : 'tour-days__day tour-days__gap'}>
                  <span className="tour-days__date">{formatLocalDate(d.localDate, 'medium')}</span>{' '}
                  {d.type ? (
                    <>
                      <span className="badge">{TYPE_LABELS[d.type]}</span> {d.city}
                      {d.dayId ? (
                        <>
                          {' · '}
                          <Link to={href(`/days/${d.dayId}`)}>Day sheet</Link>
                        </>
                      ) : canEdit ? (
                        <>
                          {' · '}
                          <button
                            type="button"
                            className="button"
                            onClick={async () => {
                              const day = await roadApi.createDay(slug, {
                                actId: t.actId,
                                tourId: t.tourId,
                                legId: t.legId,
                                localDate: d.localDate,
                                type: 'show',
                                city: d.city ?? '',
                                timeZone: d.timeZone ?? 'UTC',
                              })
                              navigate(href(`/days/${day.id}`))
                            }}
                          >
                            Set up the day
                          </button>
                        </>
                      ) : (
                        <span className="muted"> · no schedule yet</span>
                      )}
                    </>
                  ) : (
                    <span className="muted">Gap: nothing planned</span>
                  )}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </QueryView>
  )
}
