import { Link, useNavigate, useParams } from 'react-router'
import { recordingsApi } from '../../api/catalog-api.ts'
import { useRemove, useResourceRecord } from '../../api/use-resource.ts'
import { DeleteButton } from '../../components/delete-button.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { labelOf } from '../../format/vocabulary.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { PlacementsOfRecording } from './placements-of-recording.tsx'
import { RecordingFacts } from './recording-facts.tsx'

export function RecordingDetailPage() {
  const { slug, href, permissions } = useWorkspace()
  const recording = useResourceRecord(recordingsApi, slug, useParams().recordingId ?? '')
  const remove = useRemove(recordingsApi, slug)
  const navigate = useNavigate()

  return (
    <QueryView query={recording} notFound={{ to: href('/recordings'), label: 'Back to recordings' }}>
      {(r) => (
        <>
          <PageHeader
            kicker={`${labelOf(r.kind)} recording · ${r.actName}`}
            title={r.title}
            back={{ to: href('/recordings'), label: 'Recordings' }}
            actions={
              permissions.canEditCatalog && (
                <>
                  <Link className="button" to={href(`/recordings/${r.id}/edit`)}>
                    Edit
                  </Link>
                  <DeleteButton
                    what={`the recording “${r.title}”`}
                    consequence="It is taken off every release track list and TV placement. This cannot be undone."
                    onConfirm={async () => {
                      await remove(r.id)
                      navigate(href('/recordings'), { replace: true })
                    }}
                  />
                </>
              )
            }
          >
            {r.ownTitle && r.ownTitle !== r.workTitle && (
              <p className="muted">
                A recording of <Link to={href(`/songs/${r.workId}`)}>{r.workTitle}</Link>
              </p>
            )}
          </PageHeader>

          <RecordingFacts recording={r} />

          <section className="section" aria-labelledby="on-releases">
            <h2 id="on-releases" className="section-title">
              On releases
            </h2>
            {r.releases.length === 0 ? (
              <p className="muted">Not on any release yet.</p>
            ) : (
              <ul className="link-list">
                {r.releases.map((release) => (
                  <li key={`${release.releaseGroupId}-${release.editionName}-${release.medium}-${release.position}`}>
                    <Link className="link-row" to={href(`/releases/${release.releaseGroupId}`)}>
                      <span className="link-row-title">{release.title}</span>
                      <span className="link-row-meta">{release.editionName}</span>
                      <span className="link-row-aside">
                        {release.medium > 1 ? `Disc ${release.medium}, ` : ''}track {release.position}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <PlacementsOfRecording recording={r} />

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
