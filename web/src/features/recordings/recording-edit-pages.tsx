import { useParams, useSearchParams } from 'react-router'
import { recordingsApi } from '../../api/catalog-api.ts'
import { useResourceRecord } from '../../api/use-resource.ts'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { RecordingForm } from './recording-form.tsx'

export function RecordingCreatePage() {
  const { href } = useWorkspace()
  const [params] = useSearchParams()
  const preset = { workId: params.get('workId') ?? undefined, actId: params.get('actId') ?? undefined }
  return (
    <>
      <PageHeader title="Add a recording" back={{ to: href('/recordings'), label: 'Recordings' }} />
      <RecordingForm preset={preset} />
    </>
  )
}

export function RecordingEditPage() {
  const { slug, href } = useWorkspace()
  const recording = useResourceRecord(recordingsApi, slug, useParams().recordingId ?? '')
  return (
    <QueryView query={recording} notFound={{ to: href('/recordings'), label: 'Back to recordings' }}>
      {(r) => (
        <>
          <PageHeader title={`Edit “${r.title}”`} back={{ to: href(`/recordings/${r.id}`), label: r.title }} />
          <RecordingForm key={r.version} recording={r} />
        </>
      )}
    </QueryView>
  )
}
