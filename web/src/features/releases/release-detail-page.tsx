import { Link, useNavigate, useParams } from 'react-router'
import { releasesApi } from '../../api/catalog-api.ts'
import type { ReleaseGroup } from '../../api/types.ts'
import { useRemove, useResourceRecord } from '../../api/use-resource.ts'
import { DeleteButton } from '../../components/delete-button.tsx'
import { EmptyState } from '../../components/empty-state.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { formatPartialDate } from '../../format/partial-date.ts'
import { labelOf } from '../../format/vocabulary.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { EditionCard } from './edition-card.tsx'
import { ChartPeakBadge } from '../charts/chart-peak-badge.tsx'

export function ReleaseDetailPage() {
  const { slug, href, permissions } = useWorkspace()
  const release = useResourceRecord(releasesApi, slug, useParams().releaseGroupId ?? '')
  const remove = useRemove(releasesApi, slug)
  const navigate = useNavigate()

  return (
    <QueryView query={release} notFound={{ to: href('/releases'), label: 'Back to releases' }}>
      {(r) => (
        <>
          <PageHeader
            kicker={
              <>
                {labelOf(r.kind)} · <Link to={href(`/acts/${r.actId}`)}>{r.actName}</Link>
              </>
            }
            title={r.title}
            back={{ to: href('/releases'), label: 'Releases' }}
            actions={
              permissions.canEditCatalog && (
                <>
                  <Link className="button" to={href(`/releases/${r.id}/edit`)}>
                    Edit
                  </Link>
                  <DeleteButton
                    what={`“${r.title}”`}
                    consequence="All its editions and track lists go too; the recordings stay. This cannot be undone."
                    onConfirm={async () => {
                      await remove(r.id)
                      navigate(href('/releases'), { replace: true })
                    }}
                  />
                </>
              )
            }
          >
            {r.singleOfId && <SingleOf albumId={r.singleOfId} order={r.singleOrder} />}
            <ChartPeakBadge releaseGroupId={r.id} />
          </PageHeader>

          {r.singles.length > 0 && <Singles release={r} />}

          {r.editions.length === 0 ? (
            <EmptyState title="No editions yet — edit the release to add the first one with its track list." />
          ) : (
            <div className="editions">
              {r.editions.map((edition) => (
                <EditionCard key={edition.id} edition={edition} />
              ))}
            </div>
          )}

          {r.notes && (
            <section className="section" aria-labelledby="notes">
              <h2 id="notes" className="section-title">
                Notes
              </h2>
              <p className="prose">{r.notes}</p>
            </section>
          )}
        </>
      )}
    </QueryView>
  )
}

function SingleOf({ albumId, order }: { albumId: string; order: number | null }) {
  const { slug, href } = useWorkspace()
  const album = useResourceRecord(releasesApi, slug, albumId)
  return (
    <p className="muted">
      {order ? `Single ${order}` : 'A single'} from <Link to={href(`/releases/${albumId}`)}>{album.data?.title ?? 'the album'}</Link>
    </p>
  )
}

function Singles({ release }: { release: ReleaseGroup }) {
  const { href } = useWorkspace()
  const singles = [...release.singles].sort((a, b) => (a.singleOrder ?? 99) - (b.singleOrder ?? 99))
  return (
    <section className="section" aria-labelledby="singles">
      <h2 id="singles" className="section-title">
        Singles from {release.title}
      </h2>
      <ol className="link-list">
        {singles.map((single) => (
          <li key={single.id}>
            <Link className="link-row" to={href(`/releases/${single.id}`)}>
              <span className="link-row-title">
                <span className="single-order">{single.singleOrder ?? '–'}</span>
                {single.title}
              </span>
              <span className="link-row-aside">{formatPartialDate(single.releaseDate)}</span>
            </Link>
          </li>
        ))}
      </ol>
    </section>
  )
}
