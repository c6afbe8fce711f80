import { useParams } from 'react-router'
import { actsApi } from '../../api/catalog-api.ts'
import { useResourceRecord } from '../../api/use-resource.ts'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { ActForm } from './act-form.tsx'

export function ActCreatePage() {
  const { href } = useWorkspace()
  return (
    <>
      <PageHeader title="Add an act" back={{ to: href('/acts'), label: 'Acts' }} />
      <ActForm />
    </>
  )
}

export function ActEditPage() {
  const { slug, href } = useWorkspace()
  const act = useResourceRecord(actsApi, slug, useParams().actId ?? '')
  return (
    <QueryView query={act} notFound={{ to: href('/acts'), label: 'Back to acts' }}>
      {(a) => (
        <>
          <PageHeader title={`Edit ${a.name}`} back={{ to: href(`/acts/${a.id}`), label: a.name }} />
          <ActForm key={a.version} act={a} />
        </>
      )}
    </QueryView>
  )
}
