import { lazy, Suspense } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Link, useSearchParams } from 'react-router'
import { setlistKeys, setlistsApi, type ProposalListEntry, type ProposalStatus } from '../../api/setlists-api.ts'
import { EmptyState } from '../../components/empty-state.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { Loading, QueryView } from '../../components/query-view.tsx'
import { pluralise } from '../../format/vocabulary.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { STATUS_LABELS } from './setlist-model.ts'

// The settings form (zod, the rules' vocabulary) loads only when asked for: the list opens without it.
const SetlistSettingsPage = lazy(() => import('./setlist-settings-page.tsx').then((m) => ({ default: m.SetlistSettingsPage })))

/** Where an act's set-list settings live: the list page with `?settings=<actId>`. */
export const settingsPath = (actId: string) => `/setlists?settings=${encodeURIComponent(actId)}`

export function ProposalsListPage() {
  const settingsFor = useSearchParams()[0].get('settings')
  return settingsFor ? (
    <Suspense fallback={<Loading />}>
      <SetlistSettingsPage key={settingsFor} actId={settingsFor} />
    </Suspense>
  ) : (
    <ProposalsList />
  )
}

function ProposalsList() {
  const { slug, href, permissions } = useWorkspace()
  const proposals = useQuery({ queryKey: setlistKeys.proposals(slug), queryFn: () => setlistsApi.listProposals(slug) })
  const addButton = permissions.canEditCatalog && (
    <Link className="button button--primary" to={href('/setlists/new')}>
      Draft a set list
    </Link>
  )
  return (
    <>
      <PageHeader title="Set lists" actions={addButton}>
        <p className="muted">Proposals sent round to the band: every version, who answered what, and the agreed list.</p>
      </PageHeader>
      <QueryView query={proposals}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No set lists yet — draft one and send it round.">{addButton}</EmptyState>
          ) : (
            byAct(list).map(([actName, entries]) => <ActProposals key={actName} actName={actName} actId={entries[0]!.actId} proposals={entries} />)
          )
        }
      </QueryView>
    </>
  )
}

function byAct(list: ProposalListEntry[]): [string, ProposalListEntry[]][] {
  const groups = new Map<string, ProposalListEntry[]>()
  for (const p of list) groups.set(p.actName, [...(groups.get(p.actName) ?? []), p])
  return [...groups.entries()]
}

function ActProposals({ actName, actId, proposals }: { actName: string; actId: string; proposals: ProposalListEntry[] }) {
  const { href } = useWorkspace()
  const id = `setlists-${actName.replace(/\W+/g, '-').toLowerCase()}`
  return (
    <section className="section" aria-labelledby={id}>
      <div className="setlists-act-head">
        <h2 id={id} className="section-title">
          {actName} <span className="count">{proposals.length}</span>
        </h2>
        <Link className="button button--small button--quiet" to={href(settingsPath(actId))} aria-label={`Set-list settings of ${actName}`}>
          Settings
        </Link>
        <Link className="button button--small button--quiet" to={href(`/planner/${actId}`)} aria-label={`Set-list planner of ${actName}`}>
          Planner
        </Link>
      </div>
      <ul className="link-list">
        {proposals.map((p) => (
          <li key={p.id}>
            <Link className="link-row" to={href(`/setlists/${p.id}`)}>
              <span className="link-row-title">{p.title}</span>
              <span className="link-row-meta">
                {p.authorName}
                {p.targetLabel ? ` · for ${p.targetLabel}` : ''} · {pluralise(p.versionCount, 'version')}
              </span>
              <StatusBadge status={p.status} />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}

export function StatusBadge({ status }: { status: ProposalStatus }) {
  return <span className={`badge badge--setlist-${status}`}>{STATUS_LABELS[status]}</span>
}
