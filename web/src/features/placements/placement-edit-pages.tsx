import { useParams, useSearchParams } from 'react-router'
import { placementsApi } from '../../api/catalog-api.ts'
import { useResourceList, useResourceRecord } from '../../api/use-resource.ts'
import { PageHeader } from '../../components/page-header.tsx'
import { Loading, QueryView } from '../../components/query-view.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { PlacementForm } from './placement-form.tsx'

export function PlacementCreatePage() {
  const { slug, href } = useWorkspace()
  const [params] = useSearchParams()
  const existing = useResourceList(placementsApi, slug)
  // Most placements are in the band's own series: start from the last one used.
  const series = existing.data?.at(-1)?.series
  return (
    <>
      <PageHeader title="Add a TV placement" back={{ to: href('/placements'), label: 'TV placements' }} />
      {existing.isPending ? <Loading /> : <PlacementForm preset={{ recordingId: params.get('recordingId') ?? undefined, series }} />}
    </>
  )
}

export function PlacementEditPage() {
  const { slug, href } = useWorkspace()
  const placement = useResourceRecord(placementsApi, slug, useParams().placementId ?? '')
  return (
    <QueryView query={placement} notFound={{ to: href('/placements'), label: 'Back to placements' }}>
      {(p) => (
        <>
          <PageHeader title="Edit placement" back={{ to: href(`/placements/${p.id}`), label: p.episodeTitle ?? p.series }} />
          <PlacementForm key={p.version} placement={p} />
        </>
      )}
    </QueryView>
  )
}
