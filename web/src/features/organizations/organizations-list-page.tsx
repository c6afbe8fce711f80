import { Link } from 'react-router'
import { organizationsApi } from '../../api/rights-api.ts'
import { useResourceList } from '../../api/use-resource.ts'
import { EmptyState } from '../../components/empty-state.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { SearchBox, useSearchText } from '../../components/search-box.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { ORGANIZATION_KIND_LABELS } from './organization-kinds.ts'

export function OrganizationsListPage() {
  const { slug, href, permissions } = useWorkspace()
  const q = useSearchText()
  const organizations = useResourceList(organizationsApi, slug, { q })
  const addButton = permissions.canEditPeople && (
    <Link className="button button--primary" to={href('/organizations/new')}>
      Add organisation
    </Link>
  )
  return (
    <>
      <PageHeader title="Organisations" actions={addButton}>
        <p className="muted">Labels, TV networks, publishers and others the band deals with: who holds options on songs, who publishes them.</p>
      </PageHeader>
      <SearchBox label="Search organisations" placeholder="Search by name" />
      <QueryView query={organizations}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title={q ? `No organisation matches “${q}”.` : 'No organisations yet — add the label or network that holds options on your songs.'}>
              {!q && addButton}
            </EmptyState>
          ) : (
            <ul className="link-list" aria-label="Organisations">
              {list.map((organization) => (
                <li key={organization.id}>
                  <Link className="link-row" to={href(`/organizations/${organization.id}`)}>
                    <span className="link-row-title">{organization.name}</span>
                    <span className="link-row-meta">{ORGANIZATION_KIND_LABELS[organization.kind]}</span>
                    <span className="link-row-aside">{organization.society ?? ''}</span>
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
