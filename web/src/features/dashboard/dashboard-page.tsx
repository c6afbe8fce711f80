import { useEffect, useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { homeApi, homeKeys } from '../../api/home-api.ts'
import { actsApi } from '../../api/catalog-api.ts'
import { useResourceList } from '../../api/use-resource.ts'
import { EmptyState } from '../../components/empty-state.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { labelOf } from '../../format/vocabulary.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { QuickLinks } from './quick-links.tsx'
import { ExpiringHoldsCard } from '../rights/expiring-holds-card.tsx'
import { MyHome } from '../home/my-home.tsx'

/** The workspace's home: first what waits for me and my next days (MyHome), then the workspace at a glance: its acts, how much is in the catalog, and where to start. */
export function DashboardPage() {
  const { slug, href, workspace } = useWorkspace()
  const acts = useResourceList(actsApi, slug)
  // MyHome's own query (the same key, so one request): what is below MyHome waits for it, rather than
  // appearing first and jumping down the page when MyHome arrives above it (a layout shift, ADR 052).
  const home = useQuery({ queryKey: homeKeys.all(slug), queryFn: () => homeApi.get(slug) })
  // The workspace at a glance is below the fold on a phone: rendered after MyHome has painted (an effect runs
  // after the paint), so that the first screen is not held back by it and the rendering is two shorter tasks
  // rather than one long one (ADR 055). It still waits for home, so it never appears above MyHome.
  const [isGlanceShown, setIsGlanceShown] = useState(false)
  useEffect(() => {
    if (!home.isPending) setIsGlanceShown(true)
  }, [home.isPending])
  // the catalog's counts come with home, counted by the server, rather than four whole lists (ADR 054)
  const counts = [
    { label: 'Songs', to: '/songs', count: home.data?.counts.works },
    { label: 'Recordings', to: '/recordings', count: home.data?.counts.recordings },
    { label: 'Releases', to: '/releases', count: home.data?.counts.releases },
    { label: 'People', to: '/people', count: home.data?.counts.people },
  ]
  return (
    <>
      <PageHeader kicker={`Workspace · your role: ${labelOf(workspace.role)}`} title={workspace.name} />
      <MyHome />
      {!home.isPending && isGlanceShown && (
        <>
          <ul className="stats" aria-label="In the catalog">
            {counts.map((count) => (
              <li key={count.label}>
                <Link className="stat" to={href(count.to)}>
                  <span className="stat-number tabular">{count.count ?? '–'}</span>
                  <span className="stat-label">{count.label}</span>
                </Link>
              </li>
            ))}
          </ul>
          <QuickLinks />
          <ExpiringHoldsCard />
          <section className="section" aria-labelledby="acts">
            <h2 id="acts" className="section-title">
              Acts
            </h2>
            <QueryView query={acts}>
              {(list) =>
                list.length === 0 ? (
                  <EmptyState title="No acts yet — start by adding your band.">
                    <Link className="button button--primary" to={href('/acts/new')}>
                      Add your band
                    </Link>
                  </EmptyState>
                ) : (
                  <ul className="act-cards">
                    {[...list]
                      .sort((a, b) => Number(b.isInternal) - Number(a.isInternal))
                      .map((act) => (
                        <li key={act.id}>
                          <Link className="card act-card" to={href(`/acts/${act.id}`)}>
                            <span className="act-card-name">{act.name}</span>
                            <span className="muted">
                              {labelOf(act.kind)} · {act.isInternal ? 'ours' : 'outside artist'}
                            </span>
                            {act.memberships.length > 0 && (
                              <span className="act-card-members">{[...new Set(act.memberships.map((m) => m.personName))].join(', ')}</span>
                            )}
                          </Link>
                        </li>
                      ))}
                  </ul>
                )
              }
            </QueryView>
          </section>
        </>
      )}
    </>
  )
}
