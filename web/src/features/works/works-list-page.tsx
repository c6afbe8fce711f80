import { Link } from 'react-router'
import { worksApi } from '../../api/catalog-api.ts'
import { useResourceList } from '../../api/use-resource.ts'
import { EmptyState } from '../../components/empty-state.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { SearchBox, useSearchText } from '../../components/search-box.tsx'
import { pluralise } from '../../format/vocabulary.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'

export function WorksListPage() {
  const { slug, href, permissions } = useWorkspace()
  const q = useSearchText()
  const works = useResourceList(worksApi, slug, { q })
  const addButton = permissions.canEditCatalog && (
    <Link className="button button--primary" to={href('/songs/new')}>
      Add song
    </Link>
  )
  return (
    <>
      <PageHeader title="Songs" actions={addButton}>
        <p className="muted">Every song as written, with its writers and shares, whoever recorded it.</p>
      </PageHeader>
      <SearchBox label="Search songs" placeholder="Search by title" />
      <QueryView query={works}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title={q ? `No song matches “${q}”.` : 'No songs yet — add the first one.'}>{!q && addButton}</EmptyState>
          ) : (
            <ul className="link-list" aria-label="Songs">
              {list.map((work) => (
                <li key={work.id}>
                  <Link className="link-row" to={href(`/songs/${work.id}`)}>
                    <span className="link-row-title">{work.title}</span>
                    <span className="link-row-meta">{work.writers.join(', ') || 'Writers not known yet'}</span>
                    <span className="link-row-aside">{pluralise(work.recordingCount, 'recording')}</span>
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
