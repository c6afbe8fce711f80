import { Link } from 'react-router'
import { peopleApi } from '../../api/catalog-api.ts'
import { useResourceList } from '../../api/use-resource.ts'
import { EmptyState } from '../../components/empty-state.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { SearchBox, useSearchText } from '../../components/search-box.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'

export function PeopleListPage() {
  const { slug, href, permissions } = useWorkspace()
  const q = useSearchText()
  const people = useResourceList(peopleApi, slug, { q })
  const addButton = permissions.canEditPeople && (
    <Link className="button button--primary" to={href('/people/new')}>
      Add person
    </Link>
  )
  return (
    <>
      <PageHeader title="People" actions={addButton}>
        <p className="muted">Band members, touring musicians, writers, guests: everyone the catalog names.</p>
      </PageHeader>
      <SearchBox label="Search people" placeholder="Search by name or email" />
      <QueryView query={people}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title={q ? `No one matches “${q}”.` : 'No people yet — add the first one.'}>{!q && addButton}</EmptyState>
          ) : (
            <ul className="link-list" aria-label="People">
              {list.map((person) => (
                <li key={person.id}>
                  <Link className="link-row" to={href(`/people/${person.id}`)}>
                    <span className="link-row-title">{person.name}</span>
                    <span className="link-row-meta">{[...new Set(person.memberships.map((m) => m.actName))].join(' · ') || person.email || ''}</span>
                    {person.hasAccount && <span className="badge">Has an account</span>}
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
