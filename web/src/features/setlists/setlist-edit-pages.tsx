import { useState, type FormEvent } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useNavigate, useParams } from 'react-router'
import { actsApi, recordingsApi } from '../../api/catalog-api.ts'
import { isProblem } from '../../api/api-problem.ts'
import { setlistKeys, setlistsApi, type SetlistEntry, type SetlistVersion } from '../../api/setlists-api.ts'
import { toursApi } from '../../api/touring-api.ts'
import { useResourceList } from '../../api/use-resource.ts'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { plainEntry } from './setlist-model.ts'
import { SetlistEditor } from './setlist-editor.tsx'

type Mode = 'amend' | 'counter' | 'edit'

const HEADINGS: Record<Mode, { title: string; intro: string; submit: string }> = {
  amend: { title: 'Amend', intro: 'Your changes become a new version of this proposal; every earlier version is kept.', submit: 'Send amendment' },
  counter: { title: 'Counter-propose', intro: 'A proposal of your own, starting from this version: change anything, or start over.', submit: 'Send counter-proposal' },
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
    mutationFn: () => setlistsApi.createProposal(slug, { actId: act!.id, title: title.trim(), targetKind: tourId ? 'tour' : 'none', targetId: tourId || null, note, entries }),
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
                <select id="setlist-act" value={act?.id ?? ''} onChange={(e) => { setActId(e.target.value); setTourId('') }}>
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
            {act && <ActEditor actId={act.id} entries={entries} onChange={setEntries} />}
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
          {(v) => <VersionForm key={`${v.id}-${v.revision}`} mode={mode} proposalId={p.id} proposalTitle={p.title} actId={p.actId} version={v} />}
        </QueryView>
      )}
    </QueryView>
  )
}

function VersionForm({ mode, proposalId, proposalTitle, actId, version }: { mode: Mode; proposalId: string; proposalTitle: string; actId: string; version: SetlistVersion }) {
  const { slug, href } = useWorkspace()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [entries, setEntries] = useState<SetlistEntry[]>(() => version.entries.map(plainEntry))
  const [note, setNote] = useState(mode === 'edit' ? version.note : '')
  const [title, setTitle] = useState(mode === 'counter' ? `${proposalTitle} (counter-proposal)` : '')
  const heading = HEADINGS[mode]
  const save = useMutation({
    mutationFn: async (): Promise<string> => {
      if (mode === 'edit') {
        await setlistsApi.editVersion(slug, version.id, { entries, note, revision: version.revision })
        return proposalId
      }
      const answer = await setlistsApi.answer(slug, version.id, { kind: mode, entries, text: note, ...(mode === 'counter' ? { title: title.trim() } : {}) })
      return mode === 'counter' ? (answer.resultProposalId ?? proposalId) : proposalId
    },
    onSuccess: async (target) => {
      await queryClient.invalidateQueries({ queryKey: setlistKeys.all(slug) })
      navigate(href(`/setlists/${target}`))
    },
  })
  return (
    <>
      <PageHeader title={`${heading.title}: ${proposalTitle}`} documentTitle={heading.title} back={{ to: href(`/setlists/${proposalId}`), label: 'Back to the proposal' }}>
        <p className="muted">
          From version {version.number} by {version.authorName}. {heading.intro}
        </p>
      </PageHeader>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault()
          save.mutate()
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
        <ActEditor actId={actId} entries={entries} onChange={setEntries} />
        <Failure error={save.error} />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={save.isPending || (mode === 'counter' && !title.trim())}>
            {heading.submit}
          </button>
        </div>
      </form>
    </>
  )
}

function ActEditor({ actId, entries, onChange }: { actId: string; entries: SetlistEntry[]; onChange: (entries: SetlistEntry[]) => void }) {
  const { slug } = useWorkspace()
  const recordings = useResourceList(recordingsApi, slug, { actId })
  return <QueryView query={recordings}>{(list) => <SetlistEditor entries={entries} onChange={onChange} recordings={list.filter((r) => r.actId === actId)} />}</QueryView>
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
  const conflict = isProblem(error, 409)
  return (
    <div className="notice notice--danger" role="alert">
      <p>{conflict ? 'Someone changed or answered this version while you were editing. Nothing was overwritten: open the proposal to see their change, then apply yours again.' : error.message}</p>
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
