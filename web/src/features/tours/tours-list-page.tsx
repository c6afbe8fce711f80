import { Link } from 'react-router'
import { toursApi } from '../../api/touring-api.ts'
import { useResourceList } from '../../api/use-resource.ts'
import { EmptyState } from '../../components/empty-state.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { pluralise } from '../../format/vocabulary.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { useCanEditTouring } from './touring-permissions.ts'
import { formatDateSpan } from './tour-dates.ts'

export function ToursListPage() {
  const { slug, href } = useWorkspace()
  const canEditTouring = useCanEditTouring()
  const tours = useResourceList(toursApi, slug)
  const addButton = canEditTouring && (
    <Link className="button button--primary" to={href('/tours/new')}>
      Add tour
    </Link>
  )
  return (
    <>
      <PageHeader title="Tours" actions={addButton}>
        <p className="muted">Each tour with its legs and shows, drawn on a map.</p>
      </PageHeader>
      <QueryView query={tours}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No tours yet — add one, then its legs and shows.">{addButton}</EmptyState>
          ) : (
            <ul className="link-list" aria-label="Tours">
              {[...list]
                .sort((a, b) => (b.firstDate ?? '').localeCompare(a.firstDate ?? ''))
                .map((tour) => (
                  <li key={tour.id}>
                    <Link className="link-row" to={href(`/tours/${tour.id}`)}>
                      <span className="link-row-title">{tour.name}</span>
                      <span className="link-row-meta">
                        {tour.actName} · {formatDateSpan(tour.firstDate, tour.lastDate)}
                      </span>
                      <span className="link-row-aside">{pluralise(tour.showCount, 'show')}</span>
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
