import { useParams } from 'react-router'
import { organizationsApi } from '../../api/rights-api.ts'
import { useResourceRecord } from '../../api/use-resource.ts'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { OrganizationForm } from './organization-form.tsx'

export function OrganizationCreatePage() {
  const { href } = useWorkspace()
  return (
    <>
      <PageHeader title="Add an organisation" back={{ to: href('/organizations'), label: 'Organisations' }} />
      <OrganizationForm />
    </>
  )
}

export function OrganizationEditPage() {
  const { slug, href } = useWorkspace()
  const organization = useResourceRecord(organizationsApi, slug, useParams().organizationId ?? '')
  return (
    <QueryView query={organization} notFound={{ to: href('/organizations'), label: 'Back to organisations' }}>
      {(o) => (
        <>
          <PageHeader title={`Edit ${o.name}`} back={{ to: href(`/organizations/${o.id}`), label: o.name }} />
          <OrganizationForm key={o.version} organization={o} />
        </>
      )}
    </QueryView>
  )
}
