import { Link } from 'react-router'
import { actsApi, peopleApi } from '../../api/catalog-api.ts'
import { useResourceList } from '../../api/use-resource.ts'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'

/** Whose calendar to open: yours first, then everyone's, then each act's. */
export function CalendarIndexPage() {
  const { slug, href, workspace } = useWorkspace()
  const people = useResourceList(peopleApi, slug)
  const acts = useResourceList(actsApi, slug)
  return (
    <>
      <PageHeader
        title="Calendars"
        actions={
          workspace.personId && (
            <Link className="button button--primary" to={href(`/people/${workspace.personId}/calendar`)}>
              Open my calendar
            </Link>
          )
        }
      >
        <p className="muted">One timeline per person across all acts, and one per act. Conflicts are marked in red.</p>
      </PageHeader>
      <div className="calendar-index">
        <section aria-labelledby="people-calendars">
          <h2 id="people-calendars" className="section-title">
            People
          </h2>
          <QueryView query={people}>
            {(list) => (
              <ul className="link-list">
                {list.map((p) => (
                  <li key={p.id}>
                    <Link className="link-row" to={href(`/people/${p.id}/calendar`)}>
                      <span className="link-row-title">
                        {p.name}
                        {p.id === workspace.personId && <span className="muted"> (you)</span>}
                      </span>
                      <span className="link-row-meta">
                        {p.memberships
                          .map((m) => m.actName)
                          .filter((n, i, all) => all.indexOf(n) === i)
                          .join(', ') || 'In no act'}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </QueryView>
        </section>
        <section aria-labelledby="act-calendars">
          <h2 id="act-calendars" className="section-title">
            Acts
          </h2>
          <QueryView query={acts}>
            {(list) => (
              <ul className="link-list">
                {list
                  .filter((a) => a.isInternal)
                  .map((a) => (
                    <li key={a.id}>
                      <Link className="link-row" to={href(`/acts/${a.id}/calendar`)}>
                        <span className="link-row-title">{a.name}</span>
                      </Link>
                    </li>
                  ))}
              </ul>
            )}
          </QueryView>
        </section>
      </div>
    </>
  )
}
