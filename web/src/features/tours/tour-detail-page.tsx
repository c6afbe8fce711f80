import './tours.css'
import { Link, useNavigate, useParams } from 'react-router'
import { toursApi } from '../../api/touring-api.ts'
import { useRemove, useResourceRecord } from '../../api/use-resource.ts'
import { workspacePath } from '../../api/workspace-resource.ts'
import { DeleteButton } from '../../components/delete-button.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { pluralise } from '../../format/vocabulary.ts'
import { grantOf } from '../../../../src/domain/permissions.ts'
import { TourMoneyPanel } from '../business/tour-money-panel.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { useCanEditTouring } from './touring-permissions.ts'
import { formatDateSpan } from './tour-dates.ts'
import { TourLegs } from './tour-legs.tsx'
import { TourMap } from './tour-map.tsx'
import { routesOf } from './tour-map-geometry.ts'

export function TourDetailPage() {
  const { slug, href, workspace } = useWorkspace()
  const canEditTouring = useCanEditTouring()
  // a tour's money is read whole or not at all (owners and managers): a member's own deal is on its show
  const seesTourMoney = grantOf(workspace.role, 'money').read === 'all'
  const tour = useResourceRecord(toursApi, slug, useParams().tourId ?? '')
  const remove = useRemove(toursApi, slug)
  const navigate = useNavigate()

  return (
    <QueryView query={tour} notFound={{ to: href('/tours'), label: 'Back to tours' }}>
      {(t) => {
        const dates = t.shows.map((s) => s.localDate).sort()
        return (
          <>
            <PageHeader
              kicker={
                <>
                  Tour · <Link to={href(`/acts/${t.actId}`)}>{t.actName}</Link>
                </>
              }
              title={t.name}
              documentTitle={t.name}
              back={{ to: href('/tours'), label: 'Tours' }}
              actions={
                <>
                  <Link className="button" to={href(`/tours/${t.id}/days`)}>
                    Days
                  </Link>
                  <a className="button" href={workspacePath(slug, `/tours/${encodeURIComponent(t.id)}/book.pdf`)} download>
                    Tour book (PDF)
                  </a>
                  {canEditTouring && (
                    <>
                      <Link className="button button--primary" to={href(`/shows/new?tourId=${t.id}&actId=${t.actId}`)}>
                        Add show
                      </Link>
                      <Link className="button" to={href(`/tours/${t.id}/edit`)}>
                        Edit
                      </Link>
                      <Link className="button" to={href(`/planner/${t.actId}?tour=${t.id}`)}>
                        Plan set lists
                      </Link>
                      <DeleteButton
                        what={`“${t.name}”`}
                        consequence="Its legs go too. A tour that still has shows cannot be deleted: move or delete them first."
                        onConfirm={async () => {
                          await remove(t.id)
                          navigate(href('/tours'), { replace: true })
                        }}
                      />
                    </>
                  )}
                </>
              }
            >
              <p className="muted">
                {formatDateSpan(dates[0] ?? null, dates.at(-1) ?? null)} · {pluralise(t.legs.length, 'leg')} · {pluralise(t.shows.length, 'show')}
              </p>
              {t.notes && <p className="prose">{t.notes}</p>}
            </PageHeader>

            <div className="tour-layout">
              <section className="tour-map-section" aria-labelledby="tour-map-title">
                <h2 id="tour-map-title" className="section-title">
                  Routing
                </h2>
                <TourMap routes={routesOf(t.legs, t.shows)} tourName={t.name} />
              </section>
              <section className="tour-legs-section" aria-labelledby="tour-legs-title">
                <h2 id="tour-legs-title" className="section-title">
                  Legs and shows
                </h2>
                <TourLegs tour={t} />
              </section>
            </div>
            {seesTourMoney && <TourMoneyPanel tourId={t.id} />}
          </>
        )
      }}
    </QueryView>
  )
}
