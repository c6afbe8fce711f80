import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { peopleApi } from '../../api/catalog-api.ts'
import { timelineApi } from '../../api/touring-api.ts'
import { useResourceRecord } from '../../api/use-resource.ts'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { useCanEditTouring } from '../tours/touring-permissions.ts'
import { Agenda } from './agenda.tsx'
import { BlockoutsSection } from './blockouts-section.tsx'
import { FeedsSection } from './feeds-section.tsx'
import { useToday } from './use-today.ts'

/** One person's timeline across all acts, their blocked-out days and their private calendar feed. */
export function PersonCalendarPage() {
  const { slug, href, workspace, permissions } = useWorkspace()
  const canEditTouring = useCanEditTouring()
  const personId = useParams().personId ?? ''
  const person = useResourceRecord(peopleApi, slug, personId)
  const timeline = useQuery({ queryKey: timelineApi.personKey(slug, personId, {}), queryFn: () => timelineApi.person(slug, personId) })
  const today = useToday()
  const isSelf = workspace.personId === personId
  const canManageCalendar = isSelf || permissions.canManage

  return (
    <QueryView query={person} notFound={{ to: href('/people'), label: 'Back to people' }}>
      {(p) => (
        <>
          <PageHeader
            kicker={isSelf ? 'Your calendar' : 'Calendar'}
            title={p.name}
            documentTitle={`${p.name}’s calendar`}
            back={{ to: href(`/people/${p.id}`), label: p.name }}
            actions={
              canEditTouring && (
                <Link className="button button--primary" to={href(`/commitments/new?personId=${p.id}`)}>
                  Add commitment
                </Link>
              )
            }
          >
            <p className="muted">Shows, rehearsals, shoots, interviews and days off, across all acts; times are local to where each happens.</p>
          </PageHeader>
          <QueryView query={timeline}>{(entries) => <Agenda entries={entries} today={today} emptyText={`Nothing on ${p.name}’s calendar yet.`} />}</QueryView>
          <BlockoutsSection personId={p.id} personName={p.name} canEdit={canManageCalendar} />
          {canManageCalendar && <FeedsSection personId={p.id} personName={p.name} />}
        </>
      )}
    </QueryView>
  )
}
