import { useParams } from 'react-router'
import { actsApi } from '../../api/catalog-api.ts'
import { useResourceRecord } from '../../api/use-resource.ts'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { MembershipForm } from './membership-form.tsx'

function useAct() {
  const { slug } = useWorkspace()
  return useResourceRecord(actsApi, slug, useParams().actId ?? '')
}

export function MembershipCreatePage() {
  const { href } = useWorkspace()
  const act = useAct()
  return (
    <QueryView query={act} notFound={{ to: href('/acts'), label: 'Back to acts' }}>
      {(a) => (
        <>
          <PageHeader title={`Add a member to ${a.name}`} back={{ to: href(`/acts/${a.id}`), label: a.name }} />
          <MembershipForm act={a} />
        </>
      )}
    </QueryView>
  )
}

export function MembershipEditPage() {
  const { href } = useWorkspace()
  const act = useAct()
  const membershipId = useParams().membershipId
  return (
    <QueryView query={act} notFound={{ to: href('/acts'), label: 'Back to acts' }}>
      {(a) => {
        const membership = a.memberships.find((m) => m.id === membershipId)
        if (!membership) {
          return (
            <p className="notice notice--danger" role="alert">
              This membership is gone; someone may have removed it.
            </p>
          )
        }
        return (
          <>
            <PageHeader title={`${membership.personName} in ${a.name}`} back={{ to: href(`/acts/${a.id}`), label: a.name }} />
            <MembershipForm key={membership.version} act={a} membership={membership} />
          </>
        )
      }}
    </QueryView>
  )
}
