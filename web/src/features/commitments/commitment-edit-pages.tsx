import { useParams, useSearchParams } from 'react-router'
import { commitmentsApi } from '../../api/touring-api.ts'
import { useResourceRecord } from '../../api/use-resource.ts'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { CommitmentForm } from './commitment-form.tsx'

/** A new commitment; `?personId=` (from a person's calendar) ticks them and brings the user back there. */
export function CommitmentCreatePage() {
  const { href } = useWorkspace()
  const [params] = useSearchParams()
  const personId = params.get('personId') ?? undefined
  const back = personId ? { to: href(`/people/${personId}/calendar`), label: 'Calendar' } : { to: href('/commitments'), label: 'Commitments' }
  return (
    <>
      <PageHeader title="Add to the calendar" back={back}>
        <p className="muted">A rehearsal, TV shoot, promo interview, songwriting session, trip or day off. Shows are added from Shows.</p>
      </PageHeader>
      <CommitmentForm defaults={{ personId, actId: params.get('actId') ?? undefined }} returnTo={personId ? back.to : undefined} />
    </>
  )
}

export function CommitmentEditPage() {
  const { slug, href } = useWorkspace()
  const commitment = useResourceRecord(commitmentsApi, slug, useParams().commitmentId ?? '')
  return (
    <QueryView query={commitment} notFound={{ to: href('/commitments'), label: 'Back to commitments' }}>
      {(c) => (
        <>
          <PageHeader title={`Edit “${c.title}”`} back={{ to: href(`/commitments/${c.id}`), label: c.title }} />
          <CommitmentForm key={c.version} commitment={c} />
        </>
      )}
    </QueryView>
  )
}
