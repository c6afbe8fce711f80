import { useQuery } from '@tanstack/react-query'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router'
import { setlistKeys, setlistsApi, type Proposal, type SetlistDiff, type SetlistVersion } from '../../api/setlists-api.ts'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { entryTitle, localDiff } from './setlist-model.ts'
import { ChangesList } from './changes-list.tsx'

/** Two versions side by side in one list: added in green, removed in red, moves with arrows, section changes. */
export function SetlistDiffPage() {
  const { slug, href } = useWorkspace()
  const proposalId = useParams().proposalId ?? ''
  const [search] = useSearchParams()
  const from = search.get('from') ?? ''
  const to = search.get('to') ?? ''
  const proposal = useQuery({ queryKey: setlistKeys.proposal(slug, proposalId), queryFn: () => setlistsApi.getProposal(slug, proposalId) })
  const fromVersion = useQuery({ queryKey: setlistKeys.version(slug, from), queryFn: () => setlistsApi.getVersion(slug, from), enabled: !!from })
  const toVersion = useQuery({ queryKey: setlistKeys.version(slug, to), queryFn: () => setlistsApi.getVersion(slug, to), enabled: !!to })
  return (
    <QueryView query={proposal} notFound={{ to: href('/setlists'), label: 'Back to set lists' }}>
      {(p) => (
        <>
          <PageHeader title={`What changed: ${p.title}`} documentTitle="What changed" back={{ to: href(`/setlists/${p.id}`), label: 'Back to the proposal' }}>
            <VersionPicker proposal={p} from={from} to={to} />
          </PageHeader>
          <QueryView query={fromVersion}>
            {(a) => (
              <QueryView query={toVersion}>
                {/* By entry id, so sections and talks show too (the server's diff counts songs only, by song position). */}
                {(b) => <DiffView from={a} to={b} diff={localDiff(a.entries, b.entries)} />}
              </QueryView>
            )}
          </QueryView>
        </>
      )}
    </QueryView>
  )
}

function VersionPicker({ proposal, from, to }: { proposal: Proposal; from: string; to: string }) {
  const { href } = useWorkspace()
  const navigate = useNavigate()
  const options = [...proposal.versions].sort((a, b) => a.number - b.number)
  const go = (f: string, t: string) => navigate(href(`/setlists/${proposal.id}/diff?from=${f}&to=${t}`), { replace: true })
  const known = (id: string) => options.some((v) => v.id === id)
  return (
    <div className="diff-picker">
      <label>
        From{' '}
        <select value={from} onChange={(e) => go(e.target.value, to)}>
          {!known(from) && <option value={from}>the version it is based on</option>}
          {options.map((v) => (
            <option key={v.id} value={v.id}>
              Version {v.number} ({v.authorName})
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        to{' '}
        <select value={to} onChange={(e) => go(from, e.target.value)}>
          {options.map((v) => (
            <option key={v.id} value={v.id}>
              Version {v.number} ({v.authorName})
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}

function DiffView({ from, to, diff }: { from: SetlistVersion; to: SetlistVersion; diff: SetlistDiff }) {
  return (
    <section className="section" aria-label="Changes">
      <ChangesList from={from.entries} to={to.entries} diff={diff} titleOf={(e) => entryTitle(e)} label="Changes between the two versions" />
      <p className="muted">
        <Link to={`?from=${to.id}&to=${from.id}`}>Swap the two versions</Link>
      </p>
    </section>
  )
}
