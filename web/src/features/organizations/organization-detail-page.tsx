import { Link, useNavigate, useParams } from 'react-router'
import { organizationsApi } from '../../api/rights-api.ts'
import { useRemove, useResourceRecord } from '../../api/use-resource.ts'
import { DeleteButton } from '../../components/delete-button.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { ORGANIZATION_KIND_LABELS } from './organization-kinds.ts'

export function OrganizationDetailPage() {
  const { slug, href, permissions } = useWorkspace()
  const organization = useResourceRecord(organizationsApi, slug, useParams().organizationId ?? '')
  const remove = useRemove(organizationsApi, slug)
  const navigate = useNavigate()
  return (
    <QueryView query={organization} notFound={{ to: href('/organizations'), label: 'Back to organisations' }}>
      {(o) => (
        <>
          <PageHeader
            kicker={ORGANIZATION_KIND_LABELS[o.kind]}
            title={o.name}
            back={{ to: href('/organizations'), label: 'Organisations' }}
            actions={
              permissions.canEditPeople && (
                <>
                  <Link className="button" to={href(`/organizations/${o.id}/edit`)}>
                    Edit
                  </Link>
                  <DeleteButton
                    what={o.name}
                    consequence="An organisation that holds an option on a song or appears in publishing records cannot be deleted. This cannot be undone."
                    onConfirm={async () => {
                      await remove(o.id)
                      navigate(href('/organizations'), { replace: true })
                    }}
                  />
                </>
              )
            }
          />
          <dl className="facts">
            <div>
              <dt>IPI name number</dt>
              <dd className="tabular">{o.ipiNameNumber ?? '—'}</dd>
            </div>
            <div>
              <dt>Society</dt>
              <dd>{o.society ?? '—'}</dd>
            </div>
          </dl>
          {o.notes && (
            <section className="section" aria-labelledby="notes">
              <h2 id="notes" className="section-title">
                Notes
              </h2>
              <p className="prose">{o.notes}</p>
            </section>
          )}
        </>
      )}
    </QueryView>
  )
}
