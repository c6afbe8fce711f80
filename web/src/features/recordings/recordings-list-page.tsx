import { Link, useSearchParams } from 'react-router'
import { actsApi, recordingsApi } from '../../api/catalog-api.ts'
import { useResourceList } from '../../api/use-resource.ts'
import { EmptyState } from '../../components/empty-state.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { SearchBox, useSearchText } from '../../components/search-box.tsx'
import { formatDuration } from '../../format/duration.ts'
import { formatKey, labelOf } from '../../format/vocabulary.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'

export function RecordingsListPage() {
  const { slug, href, permissions } = useWorkspace()
  const q = useSearchText()
  const [params, setParams] = useSearchParams()
  const actId = params.get('actId') ?? ''
  const acts = useResourceList(actsApi, slug)
  const recordings = useResourceList(recordingsApi, slug, { q, actId })
  const actName = acts.data?.find((act) => act.id === actId)?.name

  function handleActChange(value: string) {
    setParams((previous) => {
      const next = new URLSearchParams(previous)
      if (value) next.set('actId', value)
      else next.delete('actId')
      return next
    })
  }

  const addButton = permissions.canEditCatalog && (
    <Link className="button button--primary" to={href('/recordings/new')}>
      Add recording
    </Link>
  )
  return (
    <>
      <PageHeader title="Recordings" actions={addButton}>
        <p className="muted">Demos, masters, live and acoustic versions: each one a take of a song by an act.</p>
      </PageHeader>
      <div className="filters">
        <SearchBox label="Search recordings" placeholder="Search by title" />
        <label className="filter">
          <span className="visually-hidden">Act</span>
          <select className="input" value={actId} onChange={(e) => handleActChange(e.target.value)} aria-label="Show recordings by act">
            <option value="">All acts</option>
            {acts.data?.map((act) => (
              <option key={act.id} value={act.id}>
                {act.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <QueryView query={recordings}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState
              title={
                q || actId
                  ? `No recordings${actName ? ` by ${actName}` : ''}${q ? ` match “${q}”` : ''}.`
                  : 'No recordings yet — add the first one from a song, or here.'
              }
            >
              {!q && !actId && addButton}
            </EmptyState>
          ) : (
            <table className="table table--rows">
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Act</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Key</th>
                  <th scope="col" className="numeric">
                    Length
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((r) => (
                  <tr key={r.id}>
                    <td data-label="Title">
                      <Link to={href(`/recordings/${r.id}`)} className="row-link">
                        {r.title}
                      </Link>
                    </td>
                    <td data-label="Act">{r.actName}</td>
                    <td data-label="Kind">{labelOf(r.kind)}</td>
                    <td data-label="Key">{formatKey(r.key, r.mode)}</td>
                    <td data-label="Length" className="numeric tabular">
                      {formatDuration(r.durationSeconds)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryView>
    </>
  )
}
