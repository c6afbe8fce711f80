import { Link, useNavigate, useParams } from 'react-router'
import { actsApi, releasesApi } from '../../api/catalog-api.ts'
import { useRemove, useResourceList, useResourceRecord } from '../../api/use-resource.ts'
import { DeleteButton } from '../../components/delete-button.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { formatPartialDate } from '../../format/partial-date.ts'
import { labelOf } from '../../format/vocabulary.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { useCanEditTouring } from '../tours/touring-permissions.ts'
import { MembersTable } from './members-table.tsx'
import { PublicHandleSection } from './public-handle-section.tsx'

export function ActDetailPage() {
  const { slug, href, permissions, workspace } = useWorkspace()
  const actId = useParams().actId ?? ''
  const act = useResourceRecord(actsApi, slug, actId)
  const releases = useResourceList(releasesApi, slug, { actId })
  const remove = useRemove(actsApi, slug)
  const navigate = useNavigate()
  const canEditTouring = useCanEditTouring()

  return (
    <QueryView query={act} notFound={{ to: href('/acts'), label: 'Back to acts' }}>
      {(a) => (
        <>
          <PageHeader
            kicker={`${labelOf(a.kind)} · ${a.isInternal ? 'one of our acts' : 'outside artist'}`}
            title={a.name}
            back={{ to: href('/acts'), label: 'Acts' }}
            actions={
              <>
                <Link className="button" to={href(`/acts/${a.id}/calendar`)}>
                  Calendar
                </Link>
                <Link className="button" to={href(`/acts/${a.id}/charts`)}>
                  Charts & awards
                </Link>
                {canEditTouring && (
                  <Link className="button" to={href(`/acts/${a.id}/import-setlistfm`)}>
                    Import from setlist.fm
                  </Link>
                )}
                {permissions.canEditPeople && (
                  <>
                    <Link className="button" to={href(`/acts/${a.id}/edit`)}>
                      Edit
                    </Link>
                    <DeleteButton
                      what={a.name}
                      onConfirm={async () => {
                        await remove(a.id)
                        navigate(href('/acts'), { replace: true })
                      }}
                    />
                  </>
                )}
              </>
            }
          >
            {a.description && <p className="prose">{a.description}</p>}
          </PageHeader>

          <section className="section" aria-labelledby="members">
            <div className="section-header">
              <h2 id="members" className="section-title">
                Members <span className="count">{a.memberships.length}</span>
              </h2>
              {permissions.canEditPeople && (
                <Link className="button" to={href(`/acts/${a.id}/members/new`)}>
                  Add member
                </Link>
              )}
            </div>
            <MembersTable act={a} />
          </section>

          {a.isInternal && <PublicHandleSection workspace={slug} actId={a.id} isOwner={workspace.role === 'owner'} />}

          <section className="section" aria-labelledby="act-releases">
            <div className="section-header">
              <h2 id="act-releases" className="section-title">
                Releases
              </h2>
              <Link to={href(`/recordings?actId=${a.id}`)}>See this act’s recordings</Link>
            </div>
            {releases.data && releases.data.length > 0 ? (
              <ul className="link-list">
                {releases.data.map((release) => (
                  <li key={release.id}>
                    <Link className="link-row" to={href(`/releases/${release.id}`)}>
                      <span className="link-row-title">{release.title}</span>
                      <span className="link-row-meta">{formatPartialDate(release.releaseDate)}</span>
                      <span className="badge">{labelOf(release.kind)}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">No releases by {a.name} yet.</p>
            )}
          </section>
        </>
      )}
    </QueryView>
  )
}
