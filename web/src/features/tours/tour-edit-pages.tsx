import { useParams } from 'react-router'
import { toursApi } from '../../api/touring-api.ts'
import { useResourceRecord } from '../../api/use-resource.ts'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { TourForm } from './tour-form.tsx'

export function TourCreatePage() {
  const { href } = useWorkspace()
  return (
    <>
      <PageHeader title="Add a tour" back={{ to: href('/tours'), label: 'Tours' }} />
      <TourForm />
    </>
  )
}

export function TourEditPage() {
  const { slug, href } = useWorkspace()
  const tour = useResourceRecord(toursApi, slug, useParams().tourId ?? '')
  return (
    <QueryView query={tour} notFound={{ to: href('/tours'), label: 'Back to tours' }}>
      {(t) => (
        <>
          <PageHeader title={`Edit “${t.name}”`} back={{ to: href(`/tours/${t.id}`), label: t.name }} />
          <TourForm key={t.version} tour={t} />
        </>
      )}
    </QueryView>
  )
}
