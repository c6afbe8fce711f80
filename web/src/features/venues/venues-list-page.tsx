import { Link } from 'react-router'
import { venuesApi } from '../../api/touring-api.ts'
import { useResourceList } from '../../api/use-resource.ts'
import { EmptyState } from '../../components/empty-state.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { SearchBox, useSearchText } from '../../components/search-box.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { useCanEditTouring } from '../tours/touring-permissions.ts'

export function VenuesListPage() {
  const { slug, href } = useWorkspace()
  const canEditTouring = useCanEditTouring()
  const q = useSearchText()
  const venues = useResourceList(venuesApi, slug, { q })
  const addButton = canEditTouring && (
    <Link className="button button--primary" to={href('/venues/new')}>
      Add venue
    </Link>
  )
  return (
    <>
      <PageHeader title="Venues" actions={addButton}>
        <p className="muted">Where shows happen: each with its city, coordinates and time zone, which every show time there is in.</p>
      </PageHeader>
      <SearchBox label="Search venues" placeholder="Search by name or city" />
      <QueryView query={venues}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title={q ? `No venue matches “${q}”.` : 'No venues yet — add the first one before booking a show there.'}>{!q && addButton}</EmptyState>
          ) : (
            <ul className="link-list" aria-label="Venues">
              {list.map((venue) => (
                <li key={venue.id}>
                  <Link className="link-row" to={href(`/venues/${venue.id}`)}>
                    <span className="link-row-title">{venue.name}</span>
                    <span className="link-row-meta">
                      {venue.city}, {venue.country}
                    </span>
                    <span className="link-row-aside">{venue.timeZone}</span>
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
