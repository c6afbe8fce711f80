import { Link } from 'react-router'
import { placementsApi } from '../../api/catalog-api.ts'
import type { Placement } from '../../api/types.ts'
import { useResourceList } from '../../api/use-resource.ts'
import { EmptyState } from '../../components/empty-state.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { formatPartialDate } from '../../format/partial-date.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { episodeCode } from './episode-code.ts'

function byEpisode(a: Placement, b: Placement): number {
  return a.series.localeCompare(b.series) || (a.season ?? 0) - (b.season ?? 0) || (a.episodeNumber ?? 0) - (b.episodeNumber ?? 0)
}

export function PlacementsListPage() {
  const { slug, href, permissions } = useWorkspace()
  const placements = useResourceList(placementsApi, slug)
  const addButton = permissions.canEditCatalog && (
    <Link className="button button--primary" to={href('/placements/new')}>
      Add placement
    </Link>
  )
  return (
    <>
      <PageHeader title="TV placements" actions={addButton}>
        <p className="muted">Which recording plays in which episode, and when it airs.</p>
      </PageHeader>
      <QueryView query={placements}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No placements yet — add the first episode a song is heard in.">{addButton}</EmptyState>
          ) : (
            <table className="table table--rows">
              <thead>
                <tr>
                  <th scope="col">Episode</th>
                  <th scope="col">Title</th>
                  <th scope="col">Recording</th>
                  <th scope="col">Airs</th>
                </tr>
              </thead>
              <tbody>
                {[...list].sort(byEpisode).map((p) => (
                  <tr key={p.id}>
                    <td data-label="Episode">
                      <Link to={href(`/placements/${p.id}`)} className="row-link">
                        {p.series} {episodeCode(p.season, p.episodeNumber)}
                      </Link>
                    </td>
                    <td data-label="Title">{p.episodeTitle ?? '—'}</td>
                    <td data-label="Recording">
                      <Link to={href(`/recordings/${p.recordingId}`)}>{p.recordingTitle}</Link>
                    </td>
                    <td data-label="Airs">{formatPartialDate(p.airDate)}</td>
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
