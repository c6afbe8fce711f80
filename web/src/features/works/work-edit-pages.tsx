import { useParams } from 'react-router'
import { worksApi } from '../../api/catalog-api.ts'
import { useResourceRecord } from '../../api/use-resource.ts'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { WorkForm } from './work-form.tsx'

export function WorkCreatePage() {
  const { href } = useWorkspace()
  return (
    <>
      <PageHeader title="Add a song" back={{ to: href('/songs'), label: 'Songs' }} />
      <WorkForm />
    </>
  )
}

export function WorkEditPage() {
  const { slug, href } = useWorkspace()
  const work = useResourceRecord(worksApi, slug, useParams().workId ?? '')
  return (
    <QueryView query={work} notFound={{ to: href('/songs'), label: 'Back to songs' }}>
      {(w) => (
        <>
          <PageHeader title={`Edit “${w.title}”`} back={{ to: href(`/songs/${w.id}`), label: w.title }} />
          <WorkForm key={w.version} work={w} />
        </>
      )}
    </QueryView>
  )
}
