import { useQuery } from '@tanstack/react-query'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router'
import { setlistKeys, setlistsApi, type Proposal, type SetlistDiff, type SetlistVersion, type TimedEntry } from '../../api/setlists-api.ts'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { entryDetails, entryTitle, localDiff } from './setlist-model.ts'

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
  const diff = useQuery({ queryKey: setlistKeys.diff(slug, from, to), queryFn: () => setlistsApi.diff(slug, from, to), enabled: !!from && !!to, retry: false })
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
                {/* The server's diff when it answers; the same comparison by entry id otherwise. */}
                {(b) => (diff.isPending && !diff.isError ? null : <DiffView from={a} to={b} diff={diff.data ?? localDiff(a.entries, b.entries)} />)}
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

type Row =
  | { kind: 'kept' | 'added'; entry: TimedEntry; moved?: { fromIndex: number; toIndex: number }; section?: { fromSection: string | null; toSection: string | null }; fields?: string[] }
  | { kind: 'removed'; entry: TimedEntry }

/** One list in the new order, with the removed entries where they used to be. */
export function diffRows(from: readonly TimedEntry[], to: readonly TimedEntry[], diff: SetlistDiff): Row[] {
  const added = new Set(diff.added.map((a) => a.toIndex))
  const removed = new Set(diff.removed.map((r) => r.fromIndex))
  const moved = new Map(diff.moved.map((m) => [m.toIndex, m]))
  const keyOf = (e: TimedEntry) => e.id
  const sections = new Map(diff.sectionsChanged.map((s) => [s.key, s]))
  const changed = new Map(diff.changed.map((c) => [c.key, c.fields]))
  const toIndexOfId = new Map(to.map((e, i) => [e.id, i]))
  // Each removed entry follows the nearest entry before it that is still there.
  const after = new Map<number, TimedEntry[]>()
  from.forEach((e, i) => {
    if (!removed.has(i)) return
    let anchor = -1
    for (let j = i - 1; j >= 0; j--) {
      const at = toIndexOfId.get(from[j]!.id)
      if (!removed.has(j) && at !== undefined) {
        anchor = at
        break
      }
    }
    after.set(anchor, [...(after.get(anchor) ?? []), e])
  })
  const rows: Row[] = (after.get(-1) ?? []).map((entry) => ({ kind: 'removed', entry }))
  to.forEach((entry, i) => {
    const m = moved.get(i)
    const s = sections.get(keyOf(entry))
    const f = changed.get(keyOf(entry))
    rows.push({ kind: added.has(i) ? 'added' : 'kept', entry, ...(m ? { moved: m } : {}), ...(s ? { section: s } : {}), ...(f ? { fields: f } : {}) })
    for (const r of after.get(i) ?? []) rows.push({ kind: 'removed', entry: r })
  })
  return rows
}

const FIELD_LABELS: Record<string, string> = { notes: 'notes', keyOverride: 'key', guests: 'guests', arrangement: 'arrangement', cover: 'cover', title: 'title', durationSeconds: 'length', recordingId: 'recording' }

function DiffView({ from, to, diff }: { from: SetlistVersion; to: SetlistVersion; diff: SetlistDiff }) {
  const rows = diffRows(from.entries, to.entries, diff)
  const counts = [
    diff.added.length > 0 && <span key="a" className="diff-chip diff-chip--added">+{diff.added.length} added</span>,
    diff.removed.length > 0 && <span key="r" className="diff-chip diff-chip--removed">−{diff.removed.length} removed</span>,
    diff.moved.length > 0 && <span key="m" className="diff-chip diff-chip--moved">⇅ {diff.moved.length} moved</span>,
    diff.sectionsChanged.length > 0 && <span key="s" className="diff-chip diff-chip--section">{diff.sectionsChanged.length} changed section</span>,
    diff.changed.length > 0 && <span key="c" className="diff-chip">{diff.changed.length} with other details</span>,
  ].filter(Boolean)
  return (
    <section className="section" aria-label="Changes">
      <p className="diff-summary">{counts.length > 0 ? counts : <span className="muted">No changes.</span>}</p>
      <ol className="diff-list">
        {rows.map((row, i) => {
          const entry = row.entry
          const isSection = entry.type === 'section'
          const label = row.kind === 'added' ? 'Added' : row.kind === 'removed' ? 'Removed' : row.kind === 'kept' && row.moved ? 'Moved' : undefined
          return (
            <li key={`${row.kind}-${entry.id}-${i}`} className={`diff-row diff-row--${row.kind}${row.kind !== 'removed' && row.moved ? ' diff-row--moved' : ''}${isSection ? ' diff-row--marker' : ''}`}>
              <span className="diff-sign" aria-hidden="true">
                {row.kind === 'added' ? '+' : row.kind === 'removed' ? '−' : row.moved ? (row.moved.toIndex < row.moved.fromIndex ? '↑' : '↓') : ''}
              </span>
              <span className="diff-title">
                {label && <span className="visually-hidden">{label}: </span>}
                {isSection ? <strong>{entryTitle(entry)}</strong> : entryTitle(entry)}
                {entryDetails(entry).length > 0 && <span className="setlist-details"> · {entryDetails(entry).join(' · ')}</span>}
              </span>
              {row.kind !== 'removed' && row.moved && (
                <span className="diff-note">
                  from {row.moved.fromIndex + 1} to {row.moved.toIndex + 1}
                </span>
              )}
              {row.kind !== 'removed' && row.section && (
                <span className="diff-note diff-note--section">
                  {row.section.fromSection ?? 'no section'} → {row.section.toSection ?? 'no section'}
                </span>
              )}
              {row.kind !== 'removed' && row.fields && <span className="diff-note">changed: {row.fields.map((f) => FIELD_LABELS[f] ?? f).join(', ')}</span>}
            </li>
          )
        })}
      </ol>
      <p className="muted">
        <Link to={`?from=${to.id}&to=${from.id}`}>Swap the two versions</Link>
      </p>
    </section>
  )
}
