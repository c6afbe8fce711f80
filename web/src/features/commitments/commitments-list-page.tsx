import { Link, useSearchParams } from 'react-router'
import { peopleApi } from '../../api/catalog-api.ts'
import { commitmentsApi } from '../../api/touring-api.ts'
import { useResourceList } from '../../api/use-resource.ts'
import { EmptyState } from '../../components/empty-state.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { PersonFilter } from '../../components/person-filter.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { labelOf } from '../../format/vocabulary.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { useCanEditTouring } from '../tours/touring-permissions.ts'
import { formatCommitmentWhen } from './commitment-when.ts'

export function CommitmentsListPage() {
  const { slug, href } = useWorkspace()
  const canEditTouring = useCanEditTouring()
  const [params, setParams] = useSearchParams()
  const personId = params.get('personId') ?? ''
  const people = useResourceList(peopleApi, slug)
  const commitments = useResourceList(commitmentsApi, slug, { personId })

  function handlePersonChange(value: string) {
    setParams((previous) => {
      const next = new URLSearchParams(previous)
      if (value) next.set('personId', value)
      else next.delete('personId')
      return next
    })
  }

  const addButton = canEditTouring && (
    <Link className="button button--primary" to={href(`/commitments/new${personId ? `?personId=${personId}` : ''}`)}>
      Add commitment
    </Link>
  )
  return (
    <>
      <PageHeader title="Commitments" actions={addButton}>
        <p className="muted">
          Everything besides shows that takes people’s time: rehearsals, TV shoots, promo interviews, sessions, travel, days off. Conflicts are on each one’s
          page and in <Link to={href('/conflicts')}>Conflicts</Link>.
        </p>
      </PageHeader>
      <PersonFilter people={people.data} value={personId} label="Show commitments of" onChange={handlePersonChange} />
      <QueryView query={commitments}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title={personId ? 'No commitments for this person.' : 'No commitments yet — add rehearsals, shoots and interviews here.'}>
              {!personId && addButton}
            </EmptyState>
          ) : (
            <ul className="link-list" aria-label="Commitments">
              {[...list]
                .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
                .map((c) => (
                  <li key={c.id}>
                    <Link className="link-row" to={href(`/commitments/${c.id}`)}>
                      <span className="link-row-title">{c.title}</span>
                      <span className="link-row-meta">
                        {formatCommitmentWhen(c)} · {c.people.map((p) => p.personName).join(', ') || 'no one yet'}
                      </span>
                      <span className="badge">{labelOf(c.kind)}</span>
                    </Link>
                  </li>
                ))}
            </ul>
          )
        }
      </QueryView>
    </>
  )
}
