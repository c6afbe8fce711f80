import { Link } from 'react-router'
import { actsApi } from '../../api/catalog-api.ts'
import { useResourceList } from '../../api/use-resource.ts'
import { EmptyState } from '../../components/empty-state.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'

/** The menu's Planner: the band's own acts, each opening its set-list planner. */
export function PlannerIndexPage() {
  const { slug, href, permissions } = useWorkspace()
  const acts = useResourceList(actsApi, slug, {})
  return (
    <>
      <PageHeader title="Planner">
        <p className="muted">Suggests a set list for a show, or for every show of a tour, from the act’s rules, its songs and what was played before.</p>
      </PageHeader>
      <QueryView query={acts}>
        {(list) => {
          const own = list.filter((act) => act.isInternal)
          return own.length === 0 ? (
            <EmptyState title="No act of your own yet — the planner plans an act’s set lists.">
              {permissions.canEditPeople && (
                <Link className="button button--primary" to={href('/acts/new')}>
                  Add act
                </Link>
              )}
            </EmptyState>
          ) : (
            <ul className="link-list">
              {own.map((act) => (
                <li key={act.id}>
                  <Link to={href(`/planner/${act.id}`)}>{act.name}</Link>
                </li>
              ))}
            </ul>
          )
        }}
      </QueryView>
    </>
  )
}
