import { useParams } from 'react-router'
import { releasesApi } from '../../api/catalog-api.ts'
import { useResourceRecord } from '../../api/use-resource.ts'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { ReleaseForm } from './release-form.tsx'

export function ReleaseCreatePage() {
  const { href } = useWorkspace()
  return (
    <>
      <PageHeader title="Add a release" back={{ to: href('/releases'), label: 'Releases' }} />
      <ReleaseForm />
    </>
  )
}

export function ReleaseEditPage() {
  const { slug, href } = useWorkspace()
  const release = useResourceRecord(releasesApi, slug, useParams().releaseGroupId ?? '')
  return (
    <QueryView query={release} notFound={{ to: href('/releases'), label: 'Back to releases' }}>
      {(r) => (
        <>
          <PageHeader title={`Edit “${r.title}”`} back={{ to: href(`/releases/${r.id}`), label: r.title }} />
          <ReleaseForm key={r.version} release={r} />
        </>
      )}
    </QueryView>
  )
}
