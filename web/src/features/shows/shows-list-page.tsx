import { Link, useSearchParams } from 'react-router'
import { actsApi } from '../../api/catalog-api.ts'
import { showsApi, toursApi } from '../../api/touring-api.ts'
import { useResourceList } from '../../api/use-resource.ts'
import { EmptyState } from '../../components/empty-state.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { formatShortDate } from '../tours/tour-dates.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { useCanEditTouring } from '../tours/touring-permissions.ts'
import { ShowBadges } from './show-badges.tsx'

export function ShowsListPage() {
  const { slug, href } = useWorkspace()
  const canEditTouring = useCanEditTouring()
  const [params, setParams] = useSearchParams()
  const actId = params.get('actId') ?? ''
  const tourId = params.get('tourId') ?? ''
  const acts = useResourceList(actsApi, slug)
  const tours = useResourceList(toursApi, slug)
  const shows = useResourceList(showsApi, slug, { actId, tourId })

  function handleFilter(name: 'actId' | 'tourId', value: string) {
    setParams((previous) => {
      const next = new URLSearchParams(previous)
      if (value) next.set(name, value)
      else next.delete(name)
      return next
    })
  }

  const addButton = canEditTouring && (
    <Link className="button button--primary" to={href(`/shows/new${tourId ? `?tourId=${tourId}` : ''}`)}>
      Add show
    </Link>
  )
  const isFiltered = Boolean(actId || tourId)
  return (
    <>
      <PageHeader title="Shows" actions={addButton}>
        <p className="muted">Every show of every act, on a tour or not, with its date at the venue.</p>
      </PageHeader>
      <div className="filters">
        <label className="filter">
          <span className="visually-hidden">Act</span>
          <select className="input" value={actId} onChange={(e) => handleFilter('actId', e.target.value)} aria-label="Show shows of act">
            <option value="">All acts</option>
            {acts.data?.map((act) => (
              <option key={act.id} value={act.id}>
                {act.name}
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          <span className="visually-hidden">Tour</span>
          <select className="input" value={tourId} onChange={(e) => handleFilter('tourId', e.target.value)} aria-label="Show shows of tour">
            <option value="">All tours</option>
            {tours.data?.map((tour) => (
              <option key={tour.id} value={tour.id}>
                {tour.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <QueryView query={shows}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title={isFiltered ? 'No shows match these filters.' : 'No shows yet — add the first one, or start from a tour.'}>
              {!isFiltered && addButton}
            </EmptyState>
          ) : (
            <ul className="link-list" aria-label="Shows">
              {[...list]
                .sort((a, b) => a.localDate.localeCompare(b.localDate) || a.startsAt.localeCompare(b.startsAt))
                .map((show) => (
                  <li key={show.id}>
                    <Link className="link-row show-row" to={href(`/shows/${show.id}`)}>
                      <span className="link-row-title">
                        {show.city}, {show.country} · {show.venueName}
                      </span>
                      <span className="link-row-meta">
                        {formatShortDate(show.localDate)}, {show.localDate.slice(0, 4)} · {show.actName}
                      </span>
                      <ShowBadges className="link-row-aside" status={show.status} announcement={show.announcement} />
                    </Link>
                  </li>
                ))}
            </ul>
          )
        }
      </QueryView>
    </>
  )
}
