import { Link, useNavigate, useParams } from 'react-router'
import { worksApi } from '../../api/catalog-api.ts'
import { useRemove, useResourceRecord } from '../../api/use-resource.ts'
import { DeleteButton } from '../../components/delete-button.tsx'
import { EmptyState } from '../../components/empty-state.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { formatDuration } from '../../format/duration.ts'
import { labelOf } from '../../format/vocabulary.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { WorkRightsSections } from '../rights/work-rights-sections.tsx'
import { WorkPublishingSection } from '../publishing/publishing-section.tsx'

export function WorkDetailPage() {
  const { slug, href, permissions } = useWorkspace()
  const work = useResourceRecord(worksApi, slug, useParams().workId ?? '')
  const remove = useRemove(worksApi, slug)
  const navigate = useNavigate()

  return (
    <QueryView query={work} notFound={{ to: href('/songs'), label: 'Back to songs' }}>
      {(w) => (
        <>
          <PageHeader
            kicker="Song"
            title={w.title}
            back={{ to: href('/songs'), label: 'Songs' }}
            actions={
              permissions.canEditCatalog && (
                <>
                  <Link className="button" to={href(`/songs/${w.id}/edit`)}>
                    Edit
                  </Link>
                  <DeleteButton
                    what={`“${w.title}”`}
                    consequence="Its writer shares go too. A song that has recordings cannot be deleted."
                    onConfirm={async () => {
                      await remove(w.id)
                      navigate(href('/songs'), { replace: true })
                    }}
                  />
                </>
              )
            }
          />
          {w.iswc && <p className="muted">ISWC {w.iswc}</p>}

          <section className="section" aria-labelledby="writers">
            <h2 id="writers" className="section-title">
              Writers
            </h2>
            {w.splitsPending && (
              <p className="notice notice--warning">
                Splits to fill: the writers are known (imported from MusicBrainz) but not their shares.
                {permissions.canEditCatalog && (
                  <>
                    {' '}
                    <Link to={href(`/songs/${w.id}/edit`)}>Fill them in</Link> — they must total 100 %.
                  </>
                )}
              </p>
            )}
            {w.writers.length === 0 ? (
              <EmptyState title="No writers yet — edit the song to add who wrote it and their shares." />
            ) : (
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Writer</th>
                    <th scope="col">Role</th>
                    <th scope="col" className="numeric">
                      Share
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {w.writers.map((writer) => (
                    <tr key={writer.personId}>
                      <td data-label="Writer">
                        <Link to={href(`/people/${writer.personId}`)}>{writer.personName}</Link>
                      </td>
                      <td data-label="Role">{labelOf(writer.role)}</td>
                      <td data-label="Share" className="numeric">
                        {writer.sharePercent === null ? 'to fill' : `${writer.sharePercent} %`}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>

          <section className="section" aria-labelledby="recordings">
            <div className="section-header">
              <h2 id="recordings" className="section-title">
                Recordings <span className="count">{w.recordings.length}</span>
              </h2>
              {permissions.canEditCatalog && (
                <Link className="button" to={href(`/recordings/new?workId=${w.id}`)}>
                  Add recording
                </Link>
              )}
            </div>
            {w.recordings.length === 0 ? (
              <p className="muted">Not recorded yet.</p>
            ) : (
              <ul className="link-list">
                {w.recordings.map((r) => (
                  <li key={r.id}>
                    <Link className="link-row" to={href(`/recordings/${r.id}`)}>
                      <span className="link-row-title">{r.title}</span>
                      <span className="link-row-meta">
                        {r.actName} · {labelOf(r.kind)}
                      </span>
                      <span className="link-row-aside tabular">{formatDuration(r.durationSeconds)}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <WorkRightsSections workId={w.id} title={w.title} />
          <WorkPublishingSection workId={w.id} />

          {w.notes && (
            <section className="section" aria-labelledby="notes">
              <h2 id="notes" className="section-title">
                Notes
              </h2>
              <p className="prose">{w.notes}</p>
            </section>
          )}
        </>
      )}
    </QueryView>
  )
}
