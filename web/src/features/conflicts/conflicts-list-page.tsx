import { useQuery } from '@tanstack/react-query'
import { Link, useSearchParams } from 'react-router'
import { peopleApi } from '../../api/catalog-api.ts'
import { conflictsApi, type ConflictView } from '../../api/touring-api.ts'
import { useResourceList } from '../../api/use-resource.ts'
import { EmptyState } from '../../components/empty-state.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { PersonFilter } from '../../components/person-filter.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { ConflictList } from './conflict-list.tsx'
import { conflictCount } from './conflict-words.ts'

/** Everyone's conflicts across acts: double bookings, bookings over blockouts, trips that cannot be made. */
export function ConflictsListPage() {
  const { slug, href } = useWorkspace()
  const [params, setParams] = useSearchParams()
  const personId = params.get('personId') ?? ''
  const people = useResourceList(peopleApi, slug)
  const conflicts = useQuery({ queryKey: conflictsApi.key(slug, personId || undefined), queryFn: () => conflictsApi.list(slug, personId || undefined) })
  const personName = people.data?.find((p) => p.id === personId)?.name

  function handlePersonChange(value: string) {
    setParams((previous) => {
      const next = new URLSearchParams(previous)
      if (value) next.set('personId', value)
      else next.delete('personId')
      return next
    })
  }

  return (
    <>
      <PageHeader title="Conflicts">
        <p className="muted">
          People booked twice, booked on days they blocked out, or booked in two places too far apart to travel between — across all acts.
        </p>
      </PageHeader>
      <PersonFilter people={people.data} value={personId} label="Show conflicts of" onChange={handlePersonChange} />
      <QueryView query={conflicts}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title={personName ? `${personName} has no conflicts.` : 'No conflicts — nobody is booked twice or too far apart.'} />
          ) : (
            <ConflictsByPerson conflicts={list} calendarHref={(id) => href(`/people/${id}/calendar`)} />
          )
        }
      </QueryView>
    </>
  )
}

function ConflictsByPerson({ conflicts, calendarHref }: { conflicts: ConflictView[]; calendarHref: (personId: string) => string }) {
  const byPerson = new Map<string, ConflictView[]>()
  for (const conflict of conflicts) byPerson.set(conflict.personId, [...(byPerson.get(conflict.personId) ?? []), conflict])
  const groups = [...byPerson.values()].sort((a, b) => (a[0]?.personName ?? '').localeCompare(b[0]?.personName ?? ''))
  return (
    <div className="stack">
      {groups.map((group) => {
        const first = group[0]
        if (!first) return null
        const id = `conflicts-${first.personId}`
        return (
          <section key={first.personId} className="card conflict-group" aria-labelledby={id}>
            <div className="section-header">
              <h2 id={id} className="section-title">
                {first.personName} <span className="count">{conflictCount(group.length)}</span>
              </h2>
              <Link to={calendarHref(first.personId)}>Open {first.personName}’s calendar</Link>
            </div>
            <ConflictList conflicts={group} showPerson={false} />
          </section>
        )
      })}
    </div>
  )
}
