import { Link, useNavigate, useParams } from 'react-router'
import { commitmentsApi } from '../../api/touring-api.ts'
import { useRemove, useResourceRecord } from '../../api/use-resource.ts'
import { DeleteButton } from '../../components/delete-button.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { labelOf } from '../../format/vocabulary.ts'
import { ConflictList, ConflictMarker } from '../conflicts/conflict-list.tsx'
import { conflictCount } from '../conflicts/conflict-words.ts'
import { viewerTimeOf, viewerTimeZone } from '../shows/zoned-time.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { useCanEditTouring } from '../tours/touring-permissions.ts'
import { formatCommitmentWhen } from './commitment-when.ts'

export function CommitmentDetailPage() {
  const { slug, href } = useWorkspace()
  const canEditTouring = useCanEditTouring()
  const commitment = useResourceRecord(commitmentsApi, slug, useParams().commitmentId ?? '')
  const remove = useRemove(commitmentsApi, slug)
  const navigate = useNavigate()

  return (
    <QueryView query={commitment} notFound={{ to: href('/commitments'), label: 'Back to commitments' }}>
      {(c) => {
        const viewer = c.startTime ? viewerTimeOf(new Date(c.startsAt), c.timeZone, viewerTimeZone()) : null
        return (
          <>
            <PageHeader
              kicker={
                <>
                  {labelOf(c.kind)}
                  {c.actId && (
                    <>
                      {' · '}
                      <Link to={href(`/acts/${c.actId}`)}>{c.actName}</Link>
                    </>
                  )}
                </>
              }
              title={c.title}
              back={{ to: href('/commitments'), label: 'Commitments' }}
              actions={
                canEditTouring && (
                  <>
                    <Link className="button" to={href(`/commitments/${c.id}/edit`)}>
                      Edit
                    </Link>
                    <DeleteButton
                      what={`“${c.title}”`}
                      onConfirm={async () => {
                        await remove(c.id)
                        navigate(href('/commitments'), { replace: true })
                      }}
                    />
                  </>
                )
              }
            >
              <p>
                {formatCommitmentWhen(c)}
                {viewer && (
                  <span className="muted">
                    {' '}
                    · starts {viewer.text} {viewer.zoneShort} your time
                  </span>
                )}
              </p>
            </PageHeader>

            {c.conflicts.length > 0 && (
              <section className="conflict-panel" aria-labelledby="commitment-conflicts">
                <h2 id="commitment-conflicts" className="conflict-panel-title">
                  <ConflictMarker /> {conflictCount(c.conflicts.length)}
                </h2>
                <ConflictList conflicts={c.conflicts} />
              </section>
            )}

            <dl className="facts">
              <div>
                <dt>Where</dt>
                <dd>{c.venueId ? <Link to={href(`/venues/${c.venueId}`)}>{c.locationName || 'Venue'}</Link> : c.locationName || '—'}</dd>
              </div>
              <div>
                <dt>Time zone</dt>
                <dd>{c.timeZone}</dd>
              </div>
              <div>
                <dt>Who</dt>
                <dd>
                  {c.people.length === 0
                    ? 'No one yet'
                    : c.people.map((p, i) => (
                        <span key={p.personId}>
                          {i > 0 && ', '}
                          <Link to={href(`/people/${p.personId}/calendar`)}>{p.personName}</Link>
                        </span>
                      ))}
                </dd>
              </div>
              {c.kind === 'promo-interview' && (
                <>
                  <div>
                    <dt>Outlet</dt>
                    <dd>{c.outlet ?? '—'}</dd>
                  </div>
                  <div>
                    <dt>Journalist</dt>
                    <dd>{c.journalist ?? '—'}</dd>
                  </div>
                </>
              )}
            </dl>
            {c.embargoNotes && (
              <section className="section" aria-labelledby="embargo">
                <h2 id="embargo" className="section-title">
                  Embargo notes
                </h2>
                <p className="prose">{c.embargoNotes}</p>
              </section>
            )}
            {c.notes && (
              <section className="section" aria-labelledby="notes">
                <h2 id="notes" className="section-title">
                  Notes
                </h2>
                <p className="prose">{c.notes}</p>
              </section>
            )}
          </>
        )
      }}
    </QueryView>
  )
}
