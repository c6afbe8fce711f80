import { Link, useSearchParams } from 'react-router'
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
  // ?splits=pending: only the songs whose writers are known but whose shares are not (imports).
  const [params, setParams] = useSearchParams()
  const onlyPending = params.get('splits') === 'pending'
  const togglePending = (on: boolean) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous)
        if (on) next.set('splits', 'pending')
        else next.delete('splits')
        return next
      },
      { replace: true },
    )
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
      <label className="checkbox-option">
        <input type="checkbox" className="checkbox" checked={onlyPending} onChange={(e) => togglePending(e.target.checked)} /> Only songs with splits to fill
      </label>
      <QueryView query={works}>
        {(all) => {
          const list = onlyPending ? all.filter((w) => w.splitsPending) : all
          if (list.length === 0 && onlyPending)
            return <EmptyState title={q ? `No song matching “${q}” has splits to fill.` : 'No splits to fill: every song with writers has its shares.'} />
          if (list.length === 0) return <EmptyState title={q ? `No song matches “${q}”.` : 'No songs yet — add the first one.'}>{!q && addButton}</EmptyState>
          return (
            <ul className="link-list" aria-label="Songs">
              {list.map((work) => (
                <li key={work.id}>
                  <Link className="link-row" to={href(`/songs/${work.id}`)}>
                    <span className="link-row-title">{work.title}</span>
                    <span className="link-row-meta">
                      {work.writers.join(', ') || 'Writers not known yet'}
                      {work.splitsPending && (
                        <>
                          {' '}
                          <span className="badge">Splits to fill</span>
                        </>
                      )}
                    </span>
                    <span className="link-row-aside">{pluralise(work.recordingCount, 'recording')}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )
        }}
      </QueryView>
    </>
  )
}
