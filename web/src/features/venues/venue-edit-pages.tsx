import { useParams } from 'react-router'
import { venuesApi } from '../../api/touring-api.ts'
import { useResourceRecord } from '../../api/use-resource.ts'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { VenueForm } from './venue-form.tsx'

export function VenueCreatePage() {
  const { href } = useWorkspace()
  return (
    <>
      <PageHeader title="Add a venue" back={{ to: href('/venues'), label: 'Venues' }} />
      <VenueForm />
    </>
  )
}

export function VenueEditPage() {
  const { slug, href } = useWorkspace()
  const venue = useResourceRecord(venuesApi, slug, useParams().venueId ?? '')
  return (
    <QueryView query={venue} notFound={{ to: href('/venues'), label: 'Back to venues' }}>
      {(v) => (
        <>
          <PageHeader title={`Edit ${v.name}`} back={{ to: href(`/venues/${v.id}`), label: v.name }} />
          <VenueForm key={v.version} venue={v} />
        </>
      )}
    </QueryView>
  )
}
