import { useParams } from 'react-router'
import { peopleApi } from '../../api/catalog-api.ts'
import { useResourceRecord } from '../../api/use-resource.ts'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { PersonForm } from './person-form.tsx'

export function PersonCreatePage() {
  const { href } = useWorkspace()
  return (
    <>
      <PageHeader title="Add a person" back={{ to: href('/people'), label: 'People' }} />
      <PersonForm />
    </>
  )
}

export function PersonEditPage() {
  const { slug, href } = useWorkspace()
  const personId = useParams().personId ?? ''
  const person = useResourceRecord(peopleApi, slug, personId)
  return (
    <QueryView query={person} notFound={{ to: href('/people'), label: 'Back to people' }}>
      {(p) => (
        <>
          <PageHeader title={`Edit ${p.name}`} back={{ to: href(`/people/${p.id}`), label: p.name }} />
          <PersonForm key={p.version} person={p} />
        </>
      )}
    </QueryView>
  )
}
