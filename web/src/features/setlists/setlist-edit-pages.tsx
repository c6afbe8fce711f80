import { useState, type FormEvent } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Link, useNavigate, useParams } from 'react-router'
import { actsApi, recordingsApi } from '../../api/catalog-api.ts'
import { ApiProblem, isProblem } from '../../api/api-problem.ts'
import { isQueued } from '../../offline/outbox.ts'
import { SendNotice } from '../../offline/send-notice.tsx'
import { setlistKeys, setlistsApi, type RuleViolation, type SetlistEntry, type SetlistVersion } from '../../api/setlists-api.ts'
import { toursApi } from '../../api/touring-api.ts'
import { useResourceList } from '../../api/use-resource.ts'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { entryTitle, plainEntry } from './setlist-model.ts'
import { SetlistEditor } from './setlist-editor.tsx'
import { MergeView } from './merge-view.tsx'
import { useLiveRules, type ListTarget } from './use-live-rules.ts'

type Mode = 'amend' | 'counter' | 'edit'

const HEADINGS: Record<Mode, { title: string; intro: string; submit: string }> = {
  amend: { title: 'Amend', intro: 'Your changes become a new version of this proposal; every earlier version is kept.', submit: 'Send amendment' },
  counter: {
    title: 'Counter-propose',
    intro: 'A proposal of your own, starting from this version: change anything, or start over.',
    submit: 'Send counter-proposal',
  },
  edit: { title: 'Edit version', intro: 'Nobody has answered this version yet, so you can still change it.', submit: 'Save changes' },
}

/** Drafts a new proposal for an act: songs from its recordings, sections, other entries. */
export function ProposalCreatePage() {
  const { slug, href } = useWorkspace()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const acts = useResourceList(actsApi, slug)
  const tours = useResourceList(toursApi, slug)
  const internal = (acts.data ?? []).filter((a) => a.isInternal)
  const [actId, setActId] = useState('')
  const act = internal.find((a) => a.id === actId) ?? internal[0]
  const [title, setTitle] = useState('')
  const [tourId, setTourId] = useState('')
  const [note, setNote] = useState('')
  const [entries, setEntries] = useState<SetlistEntry[]>([{ id: 'e1', type: 'section', section: 'main', title: 'Main set' }])
  const create = useMutation({
    mutationFn: () =>
      setlistsApi.createProposal(slug, { actId: act!.id, title: title.trim(), targetKind: tourId ? 'tour' : 'none', targetId: tourId || null, note, entries }),
    onSuccess: async (p) => {
      await queryClient.invalidateQueries({ queryKey: setlistKeys.all(slug) })
      navigate(href(`/setlists/${p.id}`))
    },
  })
  const actTours = (tours.data ?? []).filter((t) => t.actName === act?.name)
  return (
    <>
      <PageHeader title="Draft a set list" back={{ to: href('/setlists'), label: 'Set lists' }}>
        <p className="muted">Draft it, then send it round: each member approves, amends, counter-proposes or rejects.</p>
      </PageHeader>
      {act && (
        <p className="notice">
          Or let the planner write one that keeps every rule of {act.name}:{' '}
          <Link to={href(`/planner/${act.id}${tourId ? `?tour=${tourId}` : ''}`)}>suggest a set list with the planner</Link>.
        </p>
      )}
      <QueryView query={acts}>
        {() => (
          <form
            className="form"
            onSubmit={(e: FormEvent) => {
              e.preventDefault()
              if (act && title.trim()) create.mutate()
            }}
          >
            <div className="field-row">
              <div className="field">
                <label className="field-label" htmlFor="setlist-act">
                  Act
                </label>
                <select
                  id="setlist-act"
                  value={act?.id ?? ''}
                  onChange={(e) => {
                    setActId(e.target.value)
                    setTourId('')
                  }}
                >
                  {internal.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.name}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label className="field-label" htmlFor="setlist-tour">
                  For <span className="field-optional">optional</span>
                </label>
                <select id="setlist-tour" value={tourId} onChange={(e) => setTourId(e.target.value)}>
                  <option value="">No tour yet</option>
                  {actTours.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <div className="field">
              <label className="field-label" htmlFor="setlist-title">
                Title
              </label>
              <input id="setlist-title" required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} placeholder="Summer tour" />
            </div>
            <NoteField value={note} onChange={setNote} />
            {act && (
              <ActEditor
                actId={act.id}
                entries={entries}
                onChange={setEntries}
                target={{ actId: act.id, kind: tourId ? 'tour' : 'none', id: tourId || null }}
              />
            )}
            <Failure error={create.error} />
            <div className="form-actions">
              <button type="submit" className="button button--primary" disabled={create.isPending || !act || !title.trim()}>
                Send round
              </button>
            </div>
          </form>
        )}
      </QueryView>
    </>
  )
}

/** Amend, counter-propose or edit, starting from a copy of one version. */
export function AmendPage() {
  return <VersionPage mode="amend" />
}

export function CounterPage() {
  return <VersionPage mode="counter" />
}

export function VersionEditPage() {
  return <VersionPage mode="edit" />
}

function VersionPage({ mode }: { mode: Mode }) {
  const { slug, href } = useWorkspace()
  const { proposalId = '', versionId = '' } = useParams()
  const proposal = useQuery({ queryKey: setlistKeys.proposal(slug, proposalId), queryFn: () => setlistsApi.getProposal(slug, proposalId) })
  const version = useQuery({ queryKey: setlistKeys.version(slug, versionId), queryFn: () => setlistsApi.getVersion(slug, versionId) })
  return (
    <QueryView query={proposal} notFound={{ to: href('/setlists'), label: 'Back to set lists' }}>
      {(p) => (
        <QueryView query={version} notFound={{ to: href(`/setlists/${p.id}`), label: 'Back to the proposal' }}>
          {(v) => (
            <VersionForm
              key={v.id}
              mode={mode}
              proposalId={p.id}
              proposalTitle={p.title}
              target={{ actId: p.actId, kind: p.targetKind, id: p.targetId }}
              version={v}
            />
          )}
        </QueryView>
      )}
    </QueryView>
  )
}

/** Where a save goes: the version the list is now based on (it changes after a merge). */
function saveRequest(mode: Mode, basis: SetlistVersion, startedFrom: SetlistVersion): 'edit' | 'amend' | 'counter' {
  if (mode === 'counter') return 'counter'
  // An edit in place while the version is still the author's and unanswered; once someone answered or amended it, an amendment of the latest.
  return mode === 'edit' && basis.id === startedFrom.id && basis.isEditable ? 'edit' : 'amend'
}

function VersionForm({
  mode,
  proposalId,
  proposalTitle,
  target,
  version,
}: {
  mode: Mode
  proposalId: string
  proposalTitle: string
  target: ListTarget
  version: SetlistVersion
}) {
  const { slug, href } = useWorkspace()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [entries, setEntries] = useState<SetlistEntry[]>(() => version.entries.map(plainEntry))
  const [note, setNote] = useState(mode === 'edit' ? version.note : '')
  const [title, setTitle] = useState(mode === 'counter' ? `${proposalTitle} (counter-proposal)` : '')
  /** The version the list is based on: the one opened, or after a merge the one saved meanwhile. */
  const [basis, setBasis] = useState<SetlistVersion>(version)
  /** Someone saved first: their version, shown beside my changes until I decide. */
  const [theirs, setTheirs] = useState<SetlistVersion | null>(null)
  const [hasMerged, setHasMerged] = useState(false)
  const violations = useLiveRules(entries, target)
  const recordings = useResourceList(recordingsApi, slug, { actId: target.actId })
  const recordingTitle = (id: string) => recordings.data?.find((r) => r.id === id)?.title
  const titleOf = (e: SetlistEntry) => entryTitle(e, recordingTitle)
  const heading = HEADINGS[mode]
  const request = saveRequest(mode, basis, version)
  const save = useMutation({
    mutationFn: async ({ list, on }: { list: SetlistEntry[]; on: SetlistVersion }): Promise<string> => {
      const how = saveRequest(mode, on, version)
      if (how === 'edit') {
        await setlistsApi.editVersion(slug, on.id, { entries: list, note, revision: on.revision })
        return proposalId
      }
      const answer = await setlistsApi.answer(slug, on.id, {
        kind: how,
        entries: list,
        text: note,
        ...(how === 'amend' ? { revision: on.revision } : { title: title.trim() }),
      })
      return how === 'counter' ? (answer.resultProposalId ?? proposalId) : proposalId
    },
    onSuccess: async (target) => {
      await queryClient.invalidateQueries({ queryKey: setlistKeys.all(slug) })
      navigate(href(`/setlists/${target}`))
    },
    onError: (error) => {
      if (error instanceof ApiProblem && error.isStale) setTheirs(error.current as SetlistVersion)
    },
  })
  const submit = (list: SetlistEntry[], on: SetlistVersion) => save.mutate({ list, on })

  if (theirs) {
    return (
      <>
        <PageHeader
          title={`${heading.title}: ${proposalTitle}`}
          documentTitle={heading.title}
          back={{ to: href(`/setlists/${proposalId}`), label: 'Back to the proposal' }}
        />
        <MergeView
          base={basis.entries.map(plainEntry)}
          mine={entries}
          theirs={{ entries: theirs.entries, who: theirs.authorName, at: theirs.updatedAt, what: `version ${theirs.number}` }}
          titleOf={titleOf}
          isSaving={save.isPending}
          onSaveMerged={(merged) => {
            setEntries(merged)
            setBasis(theirs)
            setHasMerged(true)
            setTheirs(null)
            submit(merged, theirs)
          }}
          onKeepEditing={(merged) => {
            setEntries(merged)
            setBasis(theirs)
            setHasMerged(true)
            setTheirs(null)
            save.reset()
          }}
          onTakeTheirs={() => {
            void queryClient.invalidateQueries({ queryKey: setlistKeys.all(slug) })
            navigate(href(`/setlists/${proposalId}`))
          }}
        />
      </>
    )
  }

  return (
    <>
      <PageHeader
        title={`${heading.title}: ${proposalTitle}`}
        documentTitle={heading.title}
        back={{ to: href(`/setlists/${proposalId}`), label: 'Back to the proposal' }}
      >
        <p className="muted">
          From version {version.number} by {version.authorName}. {heading.intro}
        </p>
        {hasMerged && (
          <p className="notice">
            Merged with version {basis.number} ({basis.authorName}): saving{' '}
            {request === 'edit' ? 'changes it' : `sends your list as an amendment of version ${basis.number}`}.
          </p>
        )}
      </PageHeader>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault()
          submit(entries, basis)
        }}
      >
        {mode === 'counter' && (
          <div className="field">
            <label className="field-label" htmlFor="setlist-title">
              Title
            </label>
            <input id="setlist-title" required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
          </div>
        )}
        <NoteField value={note} onChange={setNote} label={mode === 'edit' ? 'Note' : 'Why (the others see this)'} />
        {mode === 'counter' && (
          <p>
            <button type="button" className="button button--quiet button--small" onClick={() => setEntries([])}>
              Start from scratch
            </button>
          </p>
        )}
        <ActEditor actId={target.actId} entries={entries} onChange={setEntries} violations={violations} />
        <Failure error={save.error} />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={save.isPending || isQueued(save.error) || (mode === 'counter' && !title.trim())}>
            {request === 'amend' && mode === 'edit' ? 'Send amendment' : heading.submit}
          </button>
        </div>
      </form>
    </>
  )
}

function ActEditor({
  actId,
  entries,
  onChange,
  target,
  violations,
}: {
  actId: string
  entries: SetlistEntry[]
  onChange: (entries: SetlistEntry[]) => void
  target?: ListTarget
  violations?: RuleViolation[] | null
}) {
  const { slug } = useWorkspace()
  const recordings = useResourceList(recordingsApi, slug, { actId })
  const own = useLiveRules(entries, violations === undefined ? (target ?? null) : null)
  return (
    <QueryView query={recordings}>
      {(list) => <SetlistEditor entries={entries} onChange={onChange} recordings={list.filter((r) => r.actId === actId)} violations={violations ?? own} />}
    </QueryView>
  )
}

function NoteField({ value, onChange, label = 'Note to the band' }: { value: string; onChange: (value: string) => void; label?: string }) {
  return (
    <div className="field">
      <label className="field-label" htmlFor="setlist-note">
        {label} <span className="field-optional">optional</span>
      </label>
      <textarea id="setlist-note" rows={2} maxLength={2000} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  )
}

function Failure({ error }: { error: Error | null }) {
  if (!error) return null
  if (error instanceof ApiProblem && error.isStale) return null // the merge view shows it
  if (isQueued(error)) return <SendNotice error={error} />
  const conflict = isProblem(error, 409)
  return (
    <div className="notice notice--danger" role="alert">
      <p>
        {conflict
          ? 'Someone changed or answered this version while you were editing. Nothing was overwritten: open the proposal to see their change, then apply yours again.'
          : error.message}
      </p>
      {isProblem(error) && error.errors.length > 0 && (
        <ul>
          {error.errors.map((issue, i) => (
            <li key={i}>
              {issue.path}: {issue.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
