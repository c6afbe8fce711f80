import { Link, useNavigate, useParams } from 'react-router'
import { peopleApi } from '../../api/catalog-api.ts'
import { useRemove, useResourceRecord } from '../../api/use-resource.ts'
import { DeleteButton } from '../../components/delete-button.tsx'
import { EmptyState } from '../../components/empty-state.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { formatDateRange } from '../../format/partial-date.ts'
import { labelOf } from '../../format/vocabulary.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'

export function PersonDetailPage() {
  const { slug, href, permissions } = useWorkspace()
  const personId = useParams().personId ?? ''
  const person = useResourceRecord(peopleApi, slug, personId)
  const remove = useRemove(peopleApi, slug)
  const navigate = useNavigate()

  return (
    <QueryView query={person} notFound={{ to: href('/people'), label: 'Back to people' }}>
      {(p) => (
        <>
          <PageHeader
            kicker="Person"
            title={p.name}
            back={{ to: href('/people'), label: 'People' }}
            actions={
              <>
                <Link className="button" to={href(`/people/${p.id}/calendar`)}>
                  Calendar
                </Link>
                {permissions.canEditPeople && (
                  <>
                    <Link className="button" to={href(`/people/${p.id}/edit`)}>
                      Edit
                    </Link>
                    <DeleteButton
                      what={p.name}
                      consequence="This cannot be undone. Someone still in an act, credited as a writer or singing lead cannot be deleted: remove those first."
                      onConfirm={async () => {
                        await remove(p.id)
                        navigate(href('/people'), { replace: true })
                      }}
                    />
                  </>
                )}
              </>
            }
          />
          <dl className="facts">
            <div>
              <dt>Email</dt>
              <dd>{p.email ? <a href={`mailto:${p.email}`}>{p.email}</a> : '—'}</dd>
            </div>
            <div>
              <dt>Greenroom account</dt>
              <dd>{p.hasAccount ? 'Yes' : 'No'}</dd>
            </div>
          </dl>
          <section className="section" aria-labelledby="memberships">
            <h2 id="memberships" className="section-title">
              Acts
            </h2>
            {p.memberships.length === 0 ? (
              <EmptyState title={`${p.name} is not in any act yet — add them from an act’s page.`}>
                <Link to={href('/acts')}>Go to acts</Link>
              </EmptyState>
            ) : (
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Act</th>
                    <th scope="col">Role</th>
                    <th scope="col">Instruments</th>
                    <th scope="col">When</th>
                  </tr>
                </thead>
                <tbody>
                  {p.memberships.map((m) => (
                    <tr key={m.membershipId}>
                      <td data-label="Act">
                        <Link to={href(`/acts/${m.actId}`)}>{m.actName}</Link>
                      </td>
                      <td data-label="Role">{labelOf(m.role)}</td>
                      <td data-label="Instruments">{m.instruments.join(', ') || '—'}</td>
                      <td data-label="When">{formatDateRange(m.beginDate, m.endDate) || '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          {p.notes && (
            <section className="section" aria-labelledby="notes">
              <h2 id="notes" className="section-title">
                Notes
              </h2>
              <p className="prose">{p.notes}</p>
            </section>
          )}
        </>
      )}
    </QueryView>
  )
}
