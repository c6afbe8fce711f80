import { Link } from 'react-router'
import { actsApi } from '../../api/catalog-api.ts'
import type { Act } from '../../api/types.ts'
import { useResourceList } from '../../api/use-resource.ts'
import { EmptyState } from '../../components/empty-state.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { SearchBox, useSearchText } from '../../components/search-box.tsx'
import { labelOf } from '../../format/vocabulary.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'

export function ActsListPage() {
  const { slug, href, permissions } = useWorkspace()
  const q = useSearchText()
  const acts = useResourceList(actsApi, slug, { q })
  const addButton = permissions.canEditPeople && (
    <Link className="button button--primary" to={href('/acts/new')}>
      Add act
    </Link>
  )
  return (
    <>
      <PageHeader title="Acts" actions={addButton}>
        <p className="muted">Your own acts, and the outside artists you tour, feature or write for.</p>
      </PageHeader>
      <SearchBox label="Search acts" />
      <QueryView query={acts}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title={q ? `No act matches “${q}”.` : 'No acts yet — add your band first.'}>{!q && addButton}</EmptyState>
          ) : (
            <>
              <ActGroup title="Our acts" acts={list.filter((act) => act.isInternal)} empty="None of your own acts match." />
              <ActGroup
                title="Other artists"
                acts={list.filter((act) => !act.isInternal)}
                empty="No outside artists yet: support acts, featured artists and artists you pitch songs to go here."
              />
            </>
          )
        }
      </QueryView>
    </>
  )
}

function ActGroup({ title, acts, empty }: { title: string; acts: Act[]; empty: string }) {
  const { href } = useWorkspace()
  const id = `group-${title.replace(/\W+/g, '-').toLowerCase()}`
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id} className="section-title">
        {title} <span className="count">{acts.length}</span>
      </h2>
      {acts.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="link-list">
          {acts.map((act) => (
            <li key={act.id}>
              <Link className="link-row" to={href(`/acts/${act.id}`)}>
                <span className="link-row-title">{act.name}</span>
                <span className="link-row-meta">{[...new Set(act.memberships.map((m) => m.personName))].join(', ')}</span>
                <span className="badge">{labelOf(act.kind)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
