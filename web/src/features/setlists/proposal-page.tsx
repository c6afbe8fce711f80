import { useEffect, useRef, useState, type RefObject } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router'
import { setlistKeys, setlistsApi, type Answer, type AnswerBody, type Consensus, type Proposal, type SetlistVersion } from '../../api/setlists-api.ts'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { StatusBadge } from './proposals-list-page.tsx'
import { ANSWER_LABELS, entryTitle, VERSION_KIND_LABELS } from './setlist-model.ts'
import { ApplyPanel } from './apply-panel.tsx'
import { SetlistView } from './setlist-view.tsx'
import { StageDownloads } from './stage-downloads.tsx'
import { PlannerExplanation } from '../planner/planner-explanation.tsx'
import { isQueued } from '../../offline/outbox.ts'
import { SendNotice } from '../../offline/send-notice.tsx'
import { dateTimeFormat } from '../shows/zoned-time.ts'
import { useOpenedAfresh, useStagedSections } from '../shows/staged-sections.ts'

/** How the page writes a moment; one formatter for the page, not one per date written (ADR 056): the text of Date#toLocaleString with these options. */
export const WHEN_FORMAT: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }
const when = (iso: string) => dateTimeFormat(undefined, WHEN_FORMAT).format(new Date(iso))

export function ProposalPage() {
  const { slug, href } = useWorkspace()
  const proposalId = useParams().proposalId ?? ''
  const [search] = useSearchParams()
  const proposal = useQuery({ queryKey: setlistKeys.proposal(slug, proposalId), queryFn: () => setlistsApi.getProposal(slug, proposalId) })
  const chosen = search.get('version')
  // opened by a link or as the app's first page: the set list and what follows it come after the first paint
  const staged = useOpenedAfresh()
  return (
    <QueryView query={proposal} notFound={{ to: href('/setlists'), label: 'Back to set lists' }}>
      {(p) => <ProposalView proposal={p} versionId={chosen && chosen !== p.latestVersion.id ? chosen : null} staged={staged} />}
    </QueryView>
  )
}

/** The sections after the version's heading, rendered one task each when staged (ADR 056): the set list, then the rest. */
const LOWER_SECTIONS = 2

function ProposalView({ proposal: p, versionId, staged }: { proposal: Proposal; versionId: string | null; staged: boolean }) {
  const { slug, href } = useWorkspace()
  const shown = useStagedSections(LOWER_SECTIONS, staged)
  const other = useQuery({
    queryKey: setlistKeys.version(slug, versionId ?? ''),
    queryFn: () => setlistsApi.getVersion(slug, versionId!),
    enabled: versionId !== null,
  })
  const version = versionId ? other.data : p.latestVersion
  const isLatest = versionId === null
  const agreed = p.agreedVersionId ? p.versions.find((v) => v.id === p.agreedVersionId) : undefined
  // After an approval the Approve button goes away: focus moves to what the page says now (the
  // agreed notice when that approval met the consensus, else "You approved …"), not to the page's start.
  const agreedRef = useRef<HTMLParagraphElement>(null)
  const answeredRef = useRef<HTMLParagraphElement>(null)
  const [focusAfterAnswer, setFocusAfterAnswer] = useState(false)
  useEffect(() => {
    if (!focusAfterAnswer) return
    const target = agreedRef.current ?? answeredRef.current
    if (target) {
      target.focus()
      setFocusAfterAnswer(false)
    }
  })
  return (
    <>
      <PageHeader
        kicker={
          <>
            <Link to={href(`/acts/${p.actId}`)}>{p.actName}</Link>
            {p.targetLabel ? ` · for ${p.targetLabel}` : ''}
          </>
        }
        title={p.title}
        back={{ to: href('/setlists'), label: 'Set lists' }}
        actions={<StatusBadge status={p.status} />}
      >
        <p className="muted">
          Drafted by {p.authorName} · {when(p.createdAt)}
        </p>
        {agreed && (
          <p className="notice notice--success setlist-agreed" ref={agreedRef} tabIndex={-1}>
            Agreed on version {agreed.number} ({agreed.authorName}){p.agreedAt ? `, ${when(p.agreedAt)}` : ''}.
          </p>
        )}
      </PageHeader>

      <ConsensusProgress consensus={p.consensus} versionNumber={p.latestVersion.number} />

      {isLatest && p.status === 'open' && (
        <AnswerPanel proposal={p} version={p.latestVersion} answeredRef={answeredRef} onApproved={() => setFocusAfterAnswer(true)} />
      )}
      {p.status === 'agreed' && <ApplyPanel proposal={p} />}

      <section className="section" aria-labelledby="setlist-version">
        <h2 id="setlist-version" className="section-title">
          {version ? `Version ${version.number}: ${VERSION_KIND_LABELS[version.kind]} by ${version.authorName}` : 'Version'}
          {!isLatest && (
            <>
              {' '}
              <Link className="button button--small" to={href(`/setlists/${p.id}`)}>
                Latest
              </Link>
            </>
          )}
        </h2>
        {version ? (
          <>
            {version.note && <p className="prose setlist-note">“{version.note}”</p>}
            <StageDownloads versionId={version.id} />
            {shown >= 1 && (
              <SetlistView entries={version.entries} runningSeconds={version.runningSeconds} violations={version.violations} comments={version.answers} />
            )}
          </>
        ) : (
          <QueryView query={other}>{() => null}</QueryView>
        )}
      </section>

      {shown >= 2 && (
        <>
          {version?.kind === 'planner' && <PlannerExplanation versionId={version.id} />}
          {version && <AnswersList answers={version.answers} version={version} />}
          <VersionHistory proposal={p} shown={version?.id ?? p.latestVersion.id} />
        </>
      )}
    </>
  )
}

function ConsensusProgress({ consensus, versionNumber }: { consensus: Consensus; versionNumber: number }) {
  const rule = { all: 'every member', majority: 'a majority', deciders: 'the deciders' }[consensus.rule]
  return (
    <section className="section consensus" aria-labelledby="consensus">
      <h2 id="consensus" className="section-title">
        {consensus.approvals} of {consensus.needed} approved
        {consensus.isMet && <span className="badge badge--setlist-agreed">Consensus met</span>}
      </h2>
      <progress
        className="consensus-bar"
        max={Math.max(consensus.needed, 1)}
        value={Math.min(consensus.approvals, consensus.needed)}
        aria-label={`${consensus.approvals} of ${consensus.needed} approvals`}
      />
      <p className="muted">
        Version {versionNumber} needs {rule} to approve.
      </p>
      <ul className="voters">
        {consensus.voters.map((v) => (
          <li key={v.personId} className={`voter voter--${v.answer ?? 'waiting'}`}>
            <span className="voter-mark" aria-hidden="true">
              {v.answer === 'approve' ? '✓' : v.answer === 'reject' ? '✗' : v.answer ? '•' : '…'}
            </span>
            <span className="voter-name">{v.name}</span>
            <span className="voter-answer">{v.answer ? ANSWER_LABELS[v.answer] : 'not yet'}</span>
            {v.at && <span className="voter-at muted">{when(v.at)}</span>}
          </li>
        ))}
      </ul>
    </section>
  )
}

type Open = 'reject' | 'comment' | null

function AnswerPanel({
  proposal,
  version,
  answeredRef,
  onApproved,
}: {
  proposal: Proposal
  version: SetlistVersion
  answeredRef: RefObject<HTMLParagraphElement | null>
  onApproved: () => void
}) {
  const { slug, href, permissions, workspace } = useWorkspace()
  const me = workspace.personId
  const isAuthor = me !== null && version.authorPersonId === me
  const myVote = proposal.consensus.voters.find((v) => v.personId === me)
  const approved = myVote?.answer === 'approve'
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const [open, setOpen] = useState<Open>(null)
  const [text, setText] = useState('')
  const [entryId, setEntryId] = useState('')
  const clearForm = () => {
    setOpen(null)
    setText('')
    setEntryId('')
  }
  const send = useMutation({
    mutationFn: (body: AnswerBody) => setlistsApi.answer(slug, version.id, body),
    onSuccess: async (_answer, body) => {
      clearForm()
      await queryClient.invalidateQueries({ queryKey: setlistKeys.all(slug) })
      if (body.kind === 'approve') onApproved()
    },
    // Offline, the answer is kept on this device: done as far as the form is concerned.
    onError: (error) => {
      if (isQueued(error)) clearForm()
    },
  })
  if (!permissions.canEditCatalog) return null
  const toggle = (which: Open) => {
    setOpen(open === which ? null : which)
    send.reset()
  }
  return (
    <section className="section answer-panel" aria-labelledby="answer">
      <h2 id="answer" className="section-title">
        Your answer to version {version.number}
      </h2>
      {approved ? (
        <p className="notice notice--success answer-given" ref={answeredRef} tabIndex={-1}>
          {isAuthor && version.kind !== 'planner'
            ? `You wrote version ${version.number}: it counts as your approval.`
            : `You approved version ${version.number}.`}
        </p>
      ) : (
        !myVote && (
          <p className="notice answer-not-counted" id="answer-not-counted">
            {notCountedReason(proposal.consensus.rule)}
          </p>
        )
      )}
      <div className="answer-buttons">
        {!approved && (
          <button
            type="button"
            className="button button--primary"
            disabled={send.isPending}
            aria-describedby={myVote ? undefined : 'answer-not-counted'}
            onClick={() => send.mutate({ kind: 'approve' })}
          >
            {myVote ? 'Approve' : 'Approve (does not count)'}
          </button>
        )}
        <button type="button" className="button" onClick={() => navigate(href(`/setlists/${proposal.id}/amend/${version.id}`))}>
          Amend
        </button>
        <button type="button" className="button" onClick={() => navigate(href(`/setlists/${proposal.id}/counter/${version.id}`))}>
          Counter-propose
        </button>
        <button type="button" className="button" aria-expanded={open === 'reject'} onClick={() => toggle('reject')}>
          Reject…
        </button>
        <button type="button" className="button button--quiet" aria-expanded={open === 'comment'} onClick={() => toggle('comment')}>
          Comment…
        </button>
        {version.isEditable && isAuthor && (
          <Link className="button button--quiet" to={href(`/setlists/${proposal.id}/edit/${version.id}`)}>
            Edit (yours, unanswered)
          </Link>
        )}
      </div>
      {open && (
        <form
          className="form answer-form"
          onSubmit={(e) => {
            e.preventDefault()
            if (open === 'reject' && !text.trim()) return
            send.mutate({ kind: open, text: text.trim(), entryId: open === 'comment' && entryId ? entryId : null })
          }}
        >
          {open === 'comment' && (
            <div className="field">
              <label className="field-label" htmlFor="comment-on">
                On
              </label>
              <select id="comment-on" value={entryId} onChange={(e) => setEntryId(e.target.value)}>
                <option value="">The whole list</option>
                {version.entries.map((entry) => (
                  <option key={entry.id} value={entry.id}>
                    {entryTitle(entry)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <label className="field-label" htmlFor="answer-text">
              {open === 'reject' ? 'Why (required)' : 'Comment'}
            </label>
            <textarea id="answer-text" rows={3} value={text} required={open === 'reject'} maxLength={2000} onChange={(e) => setText(e.target.value)} />
          </div>
          <div className="form-actions">
            <button
              type="submit"
              className={`button ${open === 'reject' ? 'button--danger' : 'button--primary'}`}
              disabled={send.isPending || (open === 'reject' && !text.trim())}
            >
              {open === 'reject' ? 'Reject' : 'Send comment'}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setOpen(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {send.isError && <SendNotice error={send.error} />}
    </section>
  )
}

/** Why the signed-in person's approval does not count toward this act's consensus. */
function notCountedReason(rule: Consensus['rule']): string {
  if (rule === 'deciders') return "You are not one of this act's deciders: your approval is shown to the band but does not count toward agreeing this list."
  return "Your approval is shown to the band but does not count toward agreeing this list: only the act's members vote (touring musicians and others comment, unless the act's set-list settings count them)."
}

function AnswersList({ answers, version }: { answers: readonly Answer[]; version: SetlistVersion }) {
  const { href } = useWorkspace()
  const titleOf = (id: string | null) => (id ? version.entries.find((e) => e.id === id) : undefined)
  return (
    <section className="section" aria-labelledby="answers">
      <h2 id="answers" className="section-title">
        Answers to version {version.number} <span className="count">{answers.length}</span>
      </h2>
      {answers.length === 0 ? (
        <p className="muted">Nobody has answered yet.</p>
      ) : (
        <ol className="answers">
          {[...answers]
            .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
            .map((a) => {
              const entry = titleOf(a.entryId)
              return (
                <li key={a.id} className={`answer answer--${a.kind}`}>
                  <p className="answer-head">
                    <strong>{a.personName}</strong> {ANSWER_LABELS[a.kind]}
                    {entry && (
                      <>
                        {' '}
                        on <a href={`#entry-${entry.id}`}>{entryTitle(entry)}</a>
                      </>
                    )}
                    <time className="muted" dateTime={a.createdAt}>
                      {' '}
                      · {when(a.createdAt)}
                    </time>
                  </p>
                  {a.text && <p className="answer-text">“{a.text}”</p>}
                  {a.resultProposalId && a.kind === 'counter' && <Link to={href(`/setlists/${a.resultProposalId}`)}>See the counter-proposal</Link>}
                </li>
              )
            })}
        </ol>
      )}
    </section>
  )
}

function VersionHistory({ proposal: p, shown }: { proposal: Proposal; shown: string }) {
  const { href } = useWorkspace()
  const versions = [...p.versions].sort((a, b) => b.number - a.number)
  return (
    <section className="section" aria-labelledby="history">
      <h2 id="history" className="section-title">
        Versions <span className="count">{versions.length}</span>
      </h2>
      {p.basedOnVersionId && <p className="muted">A counter-proposal, based on another proposal's version.</p>}
      <ol className="link-list versions">
        {versions.map((v) => {
          const previous = p.versions.find((o) => o.number === v.number - 1)
          const base = previous?.id ?? (v.number === 1 ? p.basedOnVersionId : null)
          return (
            <li key={v.id} className={v.id === shown ? 'is-current' : undefined}>
              <div className="link-row">
                <Link className="link-row-title" to={href(`/setlists/${p.id}?version=${v.id}`)}>
                  Version {v.number}: {VERSION_KIND_LABELS[v.kind]}
                  {v.id === p.agreedVersionId && <span className="badge badge--setlist-agreed">Agreed</span>}
                </Link>
                <span className="link-row-meta">
                  {v.authorName} · {when(v.createdAt)}
                </span>
                {base && (
                  <Link className="link-row-aside" to={href(`/setlists/${p.id}/diff?from=${base}&to=${v.id}`)}>
                    What changed
                  </Link>
                )}
              </div>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
