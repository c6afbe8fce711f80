import { Link, useNavigate, useParams } from 'react-router'
import { placementsApi } from '../../api/catalog-api.ts'
import { useRemove, useResourceRecord } from '../../api/use-resource.ts'
import { DeleteButton } from '../../components/delete-button.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { formatPartialDate } from '../../format/partial-date.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { episodeCode } from './episode-code.ts'

export function PlacementDetailPage() {
  const { slug, href, permissions } = useWorkspace()
  const placement = useResourceRecord(placementsApi, slug, useParams().placementId ?? '')
  const remove = useRemove(placementsApi, slug)
  const navigate = useNavigate()
  return (
    <QueryView query={placement} notFound={{ to: href('/placements'), label: 'Back to placements' }}>
      {(p) => (
        <>
          <PageHeader
            kicker={`TV placement · ${p.series} ${episodeCode(p.season, p.episodeNumber)}`}
            title={p.episodeTitle ? `“${p.episodeTitle}”` : `${p.series} ${episodeCode(p.season, p.episodeNumber)}`}
            documentTitle={p.episodeTitle ?? p.series}
            back={{ to: href('/placements'), label: 'TV placements' }}
            actions={
              permissions.canEditCatalog && (
                <>
                  <Link className="button" to={href(`/placements/${p.id}/edit`)}>
                    Edit
                  </Link>
                  <DeleteButton
                    what="this placement"
                    onConfirm={async () => {
                      await remove(p.id)
                      navigate(href('/placements'), { replace: true })
                    }}
                  />
                </>
              )
            }
          />
          <dl className="facts">
            <div>
              <dt>Recording</dt>
              <dd>
                <Link to={href(`/recordings/${p.recordingId}`)}>{p.recordingTitle}</Link>
              </dd>
            </div>
            <div>
              <dt>Series</dt>
              <dd>{p.series}</dd>
            </div>
            <div>
              <dt>Season</dt>
              <dd>{p.season ?? '—'}</dd>
            </div>
            <div>
              <dt>Episode</dt>
              <dd>{p.episodeNumber ?? '—'}</dd>
            </div>
            <div>
              <dt>Airs</dt>
              <dd>{formatPartialDate(p.airDate)}</dd>
            </div>
          </dl>
          {p.notes && <p className="prose section">{p.notes}</p>}
        </>
      )}
    </QueryView>
  )
}
