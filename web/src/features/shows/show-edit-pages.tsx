import { useParams, useSearchParams } from 'react-router'
import { showsApi } from '../../api/touring-api.ts'
import { useResourceRecord } from '../../api/use-resource.ts'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { ShowForm } from './show-form.tsx'
import { formatLocalDate } from './zoned-time.ts'

/** A new show; `?tourId=&legId=&actId=` (from a tour's page) fill those in. */
export function ShowCreatePage() {
  const { href } = useWorkspace()
  const [params] = useSearchParams()
  const tourId = params.get('tourId') ?? undefined
  const defaults = { tourId, legId: params.get('legId') ?? undefined, actId: params.get('actId') ?? undefined }
  return (
    <>
      <PageHeader title="Add a show" back={tourId ? { to: href(`/tours/${tourId}`), label: 'Tour' } : { to: href('/shows'), label: 'Shows' }} />
      <ShowForm defaults={defaults} />
    </>
  )
}

export function ShowEditPage() {
  const { slug, href } = useWorkspace()
  const show = useResourceRecord(showsApi, slug, useParams().showId ?? '')
  return (
    <QueryView query={show} notFound={{ to: href('/shows'), label: 'Back to shows' }}>
      {(s) => (
        <>
          <PageHeader
            title={`Edit the show in ${s.city}`}
            back={{ to: href(`/shows/${s.id}`), label: `${s.city}, ${formatLocalDate(s.localDate, 'medium')}` }}
          />
          <ShowForm key={s.version} show={s} />
        </>
      )}
    </QueryView>
  )
}
