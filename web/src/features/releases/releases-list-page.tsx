import { Link } from 'react-router'
import { releasesApi } from '../../api/catalog-api.ts'
import type { ReleaseGroupListEntry } from '../../api/types.ts'
import { useResourceList } from '../../api/use-resource.ts'
import { EmptyState } from '../../components/empty-state.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { SearchBox, useSearchText } from '../../components/search-box.tsx'
import { formatPartialDate } from '../../format/partial-date.ts'
import { labelOf, pluralise } from '../../format/vocabulary.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'

export function ReleasesListPage() {
  const { slug, href, permissions } = useWorkspace()
  const q = useSearchText()
  const releases = useResourceList(releasesApi, slug, { q })
  const addButton = permissions.canEditCatalog && (
    <Link className="button button--primary" to={href('/releases/new')}>
      Add release
    </Link>
  )
  return (
    <>
      <PageHeader title="Releases" actions={addButton}>
        <p className="muted">Albums, EPs and singles, each with its editions and track lists.</p>
      </PageHeader>
      <SearchBox label="Search releases" placeholder="Search by title" />
      <QueryView query={releases}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title={q ? `No release matches “${q}”.` : 'No releases yet — add your first album or single.'}>{!q && addButton}</EmptyState>
          ) : (
            <>
              <ReleaseGroupList title="Albums and EPs" releases={list.filter((r) => r.kind !== 'single')} />
              <ReleaseGroupList title="Singles" releases={list.filter((r) => r.kind === 'single')} />
            </>
          )
        }
      </QueryView>
    </>
  )
}

function ReleaseGroupList({ title, releases }: { title: string; releases: ReleaseGroupListEntry[] }) {
  const { href } = useWorkspace()
  if (releases.length === 0) return null
  const id = `releases-${title.replace(/\W+/g, '-').toLowerCase()}`
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id} className="section-title">
        {title} <span className="count">{releases.length}</span>
      </h2>
      <ul className="link-list">
        {releases.map((release) => (
          <li key={release.id}>
            <Link className="link-row" to={href(`/releases/${release.id}`)}>
              <span className="link-row-title">{release.title}</span>
              <span className="link-row-meta">
                {release.actName} · {release.kind === 'single' && release.singleOrder ? `Single ${release.singleOrder}` : labelOf(release.kind)}
                {release.editionCount > 1 ? ` · ${pluralise(release.editionCount, 'edition')}` : ''}
              </span>
              <span className="link-row-aside">{formatPartialDate(release.releaseDate)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
