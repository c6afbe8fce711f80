import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { isProblem, type FieldIssue } from '../../api/api-problem.ts'
import {
  guestKeys,
  guestsApi,
  passTypeLabel,
  PASS_TYPE_OPTIONS,
  type GuestList,
  type GuestRequest,
  type PassType,
  type SettingsBody,
} from '../../api/guests-api.ts'
import { CheckboxGroup } from '../../components/checkbox-group.tsx'
import { UndoNotice, useUndoableRemoval } from '../../components/undo-removal.tsx'
import { SelectField, TextField } from '../../components/field.tsx'
import { messageFor, messageUnder } from '../../components/form-issues.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import './guests.css'

const problemText = (err: unknown) => (isProblem(err) ? err.message : 'Could not save.')

/**
 * On a show's page: the guest list (issue 16, point 3). Members and touring musicians ask for guests
 * within their allotment and see their own requests and the counts; managers also approve or deny,
 * set the cut-off and the lock, download the door list and open the door page. Viewers see nothing
 * of it (the server answers 403, and the panel stays away).
 */
/** Who may hold an allotment on this show: its acts and the people on its lineup (value `person:<id>` or `act:<id>`). */
export interface AllotmentHolder {
  key: string
  name: string
}

export function GuestsPanel({ showId, holders = [] }: { showId: string; holders?: readonly AllotmentHolder[] }) {
  const { slug, workspace } = useWorkspace()
  const list = useQuery({
    queryKey: guestKeys.show(slug, showId),
    queryFn: () => guestsApi.get(slug, showId),
    retry: false,
    enabled: workspace.role !== 'viewer',
  })
  if (workspace.role === 'viewer' || list.isError || !list.data) return null
  const g = list.data
  return (
    <section className="section guests" aria-labelledby="guests">
      <h2 id="guests" className="section-title">
        Guests
      </h2>
      <GuestCounts list={g} />
      <p className="muted">
        {g.locked ? 'The list is locked.' : g.cutoff ? `Requests close ${g.cutoff.replace('T', ' ')} (venue time).` : 'No cut-off set.'}{' '}
        {g.myAllotment && (
          <>
            Your allotment: {g.myAllotment.used} of {g.myAllotment.headLimit} places used ({g.myAllotment.passTypes.map(passTypeLabel).join(', ')})
            {g.myAllotment.isDefault ? ', the default.' : '.'}
          </>
        )}
      </p>
      {g.open ? <RequestForm showId={showId} list={g} /> : <p className="notice">{g.closedBecause}</p>}
      <RequestList showId={showId} list={g} />
      {g.manages && <ManagerTools showId={showId} list={g} />}
      {g.manages && <AllotmentsEditor key={g.version} showId={showId} list={g} holders={holders} />}
    </section>
  )
}

function GuestCounts({ list }: { list: GuestList }) {
  const used = list.counts.filter((c) => c.requests > 0)
  if (used.length === 0) return <p className="muted">No guests asked for yet.</p>
  return (
    <table className="guests__counts">
      <caption className="visually-hidden">Guests by pass type</caption>
      <thead>
        <tr>
          <th scope="col">Pass</th>
          <th scope="col">Places</th>
          <th scope="col">Approved</th>
          <th scope="col">Pending</th>
          <th scope="col">In</th>
        </tr>
      </thead>
      <tbody>
        {used.map((c) => (
          <tr key={c.passType}>
            <th scope="row">{passTypeLabel(c.passType)}</th>
            <td>{c.heads}</td>
            <td>{c.approvedHeads}</td>
            <td>{c.pendingHeads}</td>
            <td>{c.admitted}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function RequestForm({ showId, list }: { showId: string; list: GuestList }) {
  const { slug } = useWorkspace()
  const queryClient = useQueryClient()
  const types = list.manages ? PASS_TYPE_OPTIONS : PASS_TYPE_OPTIONS.filter((o) => list.myAllotment?.passTypes.includes(o.value))
  const [name, setName] = useState('')
  const [plusN, setPlusN] = useState(0)
  const [passType, setPassType] = useState<PassType>(types[0]?.value ?? 'guest')
  const [time, setTime] = useState('')
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | null>(null)
  async function submit(event: FormEvent) {
    event.preventDefault()
    setError(null)
    try {
      await guestsApi.create(slug, showId, { name, plusN, passType, note, meetAndGreetTime: passType === 'meet-and-greet' ? time || null : null })
      setName('')
      setPlusN(0)
      setNote('')
      await queryClient.invalidateQueries({ queryKey: guestKeys.show(slug, showId) })
    } catch (err) {
      setError(problemText(err))
    }
  }
  return (
    <form className="guests__form" onSubmit={(e) => void submit(e)} aria-label="Ask for a guest">
      <label>
        Guest’s name <input value={name} required maxLength={200} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        Plus <input type="number" min={0} max={20} value={plusN} onChange={(e) => setPlusN(Number(e.target.value))} />
      </label>
      <label>
        Pass{' '}
        <select value={passType} onChange={(e) => setPassType(e.target.value as PassType)}>
          {types.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      {passType === 'meet-and-greet' && (
        <label>
          Meet &amp; greet at <input type="time" value={time} required onChange={(e) => setTime(e.target.value)} />
        </label>
      )}
      <label>
        Note <input value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="submit" className="button button--primary">
        Ask
      </button>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </form>
  )
}

const statusLabel: Record<GuestRequest['status'], string> = { pending: 'Waiting', approved: 'Approved', denied: 'Denied' }

function RequestList({ showId, list }: { showId: string; list: GuestList }) {
  const { slug } = useWorkspace()
  const queryClient = useQueryClient()
  const [error, setError] = useState<string | null>(null)
  if (list.requests.length === 0) return null
  const act = async (run: () => Promise<unknown>) => {
    setError(null)
    try {
      await run()
    } catch (err) {
      setError(problemText(err))
    }
    await queryClient.invalidateQueries({ queryKey: guestKeys.show(slug, showId) })
  }
  const pendingFirst = [...list.requests].sort((a, b) => Number(b.status === 'pending') - Number(a.status === 'pending'))
  return (
    <>
      <h3 className="guests__subtitle">{list.manages ? 'Requests' : 'Your requests'}</h3>
      <ul className="guests__requests">
        {pendingFirst.map((r) => (
          <li key={r.id} className={`guests__request guests__request--${r.status}`}>
            <span className="guests__name">
              {r.name}
              {r.plusN > 0 && ` +${r.plusN}`}
            </span>{' '}
            <span className="badge">{passTypeLabel(r.passType)}</span>
            {r.meetAndGreetTime && <span className="muted"> at {r.meetAndGreetTime}</span>} <span className="badge">{statusLabel[r.status]}</span>
            {r.checkIn && <span className="badge">In</span>}
            {list.manages && r.requesterName && <span className="muted"> · for {r.requesterName}</span>}
            {r.note && <span className="muted"> · {r.note}</span>}
            {list.manages && !list.locked && r.status !== 'approved' && (
              <button type="button" className="button" onClick={() => void act(() => guestsApi.decide(slug, showId, r, 'approved'))}>
                Approve {r.name}
              </button>
            )}
            {list.manages && !list.locked && r.status !== 'denied' && !r.checkIn && (
              <button type="button" className="button button--quiet" onClick={() => void act(() => guestsApi.decide(slug, showId, r, 'denied'))}>
                Deny {r.name}
              </button>
            )}
            {r.mine && list.open && !r.checkIn && (
              <button type="button" className="button button--quiet" onClick={() => void act(() => guestsApi.withdraw(slug, showId, r.id))}>
                Withdraw
              </button>
            )}
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </>
  )
}

function ManagerTools({ showId, list }: { showId: string; list: GuestList }) {
  const { slug, href } = useWorkspace()
  const queryClient = useQueryClient()
  const [cutoff, setCutoff] = useState(list.cutoff ?? '')
  const [error, setError] = useState<string | null>(null)
  async function save(change: { cutoff?: string | null; locked?: boolean }) {
    setError(null)
    try {
      await guestsApi.saveSettings(slug, showId, {
        version: list.version,
        cutoff: change.cutoff !== undefined ? change.cutoff : list.cutoff,
        locked: change.locked ?? list.locked,
        allotments: list.allotments.map((a) => ({ personId: a.personId, actId: a.actId, headLimit: a.headLimit, passTypes: a.passTypes })),
      })
    } catch (err) {
      setError(isProblem(err, 409) ? 'Someone changed the list meanwhile: it is reloaded, try again.' : problemText(err))
    }
    await queryClient.invalidateQueries({ queryKey: guestKeys.show(slug, showId) })
  }
  return (
    <div className="guests__tools">
      <form
        className="guests__form"
        onSubmit={(e) => {
          e.preventDefault()
          void save({ cutoff: cutoff || null })
        }}
      >
        <label>
          Cut-off (venue time) <input type="datetime-local" value={cutoff} onChange={(e) => setCutoff(e.target.value)} />
        </label>
        <button type="submit" className="button">
          Save cut-off
        </button>
        <button type="button" className="button" onClick={() => void save({ locked: !list.locked })}>
          {list.locked ? 'Unlock the list' : 'Lock the list'}
        </button>
      </form>
      <p className="guests__downloads">
        <a className="button" href={guestsApi.doorListUrl(slug, showId, 'pdf')} download>
          Door list (PDF)
        </a>{' '}
        <a className="button" href={guestsApi.doorListUrl(slug, showId, 'csv')} download>
          Door list (CSV)
        </a>{' '}
        <Link className="button button--primary" to={href(`/shows/${showId}/door`)}>
          Check guests in
        </Link>
      </p>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}

interface AllotmentDraft {
  holder: string
  headLimit: string
  passTypes: PassType[]
}

const holderKey = (a: { personId: string | null; actId: string | null }) => (a.personId ? `person:${a.personId}` : `act:${a.actId ?? ''}`)

/**
 * Managers set who may bring how many and with which passes (ADR 048): a person's own allotment or a
 * party's (an act's: its members share it). Anyone without one has the default, two guest places.
 * Removing one asks first; nothing is written until Save, under the list's version (409: reloaded).
 */
function AllotmentsEditor({ showId, list, holders }: { showId: string; list: GuestList; holders: readonly AllotmentHolder[] }) {
  const { slug } = useWorkspace()
  const queryClient = useQueryClient()
  const [drafts, setDrafts] = useState<AllotmentDraft[]>(() =>
    list.allotments.map((a) => ({ holder: holderKey(a), headLimit: String(a.headLimit), passTypes: [...a.passTypes] })),
  )
  const removal = useUndoableRemoval(setDrafts)
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const [saved, setSaved] = useState(false)
  const names = new Map<string, string>(holders.map((h) => [h.key, h.name]))
  for (const a of list.allotments) if (!names.has(holderKey(a))) names.set(holderKey(a), a.holderName)
  const used = new Map(list.allotments.map((a) => [holderKey(a), a.used]))
  const update = (i: number, change: Partial<AllotmentDraft>) => {
    setSaved(false)
    setDrafts((ds) => ds.map((d, j) => (j === i ? { ...d, ...change } : d)))
  }
  const free = [...names.keys()].filter((k) => !drafts.some((d) => d.holder === k))

  async function save(event: FormEvent) {
    event.preventDefault()
    setIssues([])
    const local: FieldIssue[] = []
    const allotments: SettingsBody['allotments'] = drafts.map((d, i) => {
      if (!/^\d{1,4}$/.test(d.headLimit.trim())) local.push({ path: `allotments.${i}.headLimit`, message: 'a whole number of places' })
      const [kind, holderId] = d.holder.split(':') as ['person' | 'act', string]
      return {
        personId: kind === 'person' ? holderId : null,
        actId: kind === 'act' ? holderId : null,
        headLimit: Number(d.headLimit.trim()),
        passTypes: d.passTypes,
      }
    })
    if (local.length) return setIssues(local)
    try {
      await guestsApi.saveSettings(slug, showId, { version: list.version, cutoff: list.cutoff, locked: list.locked, allotments })
      setSaved(true)
    } catch (err) {
      if (isProblem(err) && err.errors.length) setIssues(err.errors)
      else setIssues([{ path: '', message: isProblem(err, 409) ? 'Someone changed the list meanwhile: it is reloaded, try again.' : problemText(err) }])
    }
    await queryClient.invalidateQueries({ queryKey: guestKeys.show(slug, showId) })
  }

  return (
    <form className="guests__allotments" onSubmit={(e) => void save(e)} aria-labelledby="allotments" noValidate>
      <h3 id="allotments" className="guests__subtitle">
        Allotments
      </h3>
      <p className="muted">Everyone without an allotment may ask for 2 guest places.</p>
      {drafts.length === 0 && <p className="muted">No allotments yet.</p>}
      {drafts.map((d, i) => {
        const name = names.get(d.holder) ?? 'Someone'
        return (
          <fieldset key={d.holder} className="fieldset guests__allotment">
            <legend>
              {name}
              {used.has(d.holder) && <span className="muted"> · {used.get(d.holder)} used</span>}
            </legend>
            <TextField
              label={`Places for ${name}`}
              path={`allotments.${i}.headLimit`}
              className="field--short"
              inputMode="numeric"
              value={d.headLimit}
              error={messageFor(issues, `allotments.${i}.headLimit`)}
              onChange={(e) => update(i, { headLimit: e.target.value })}
            />
            <CheckboxGroup
              legend={`Passes for ${name}`}
              path={`allotments.${i}.passTypes`}
              options={PASS_TYPE_OPTIONS}
              selected={d.passTypes}
              error={messageUnder(issues, `allotments.${i}.passTypes`)}
              onChange={(next) => update(i, { passTypes: next as PassType[] })}
            />
            {(messageFor(issues, `allotments.${i}.personId`) ?? messageFor(issues, `allotments.${i}.actId`)) && (
              <p className="field-error">{messageFor(issues, `allotments.${i}.personId`) ?? messageFor(issues, `allotments.${i}.actId`)}</p>
            )}
            <button type="button" className="button button--danger-quiet button--small" onClick={() => removal.remove(drafts, i, `${name}’s allotment`)}>
              Remove {name}’s allotment
            </button>
          </fieldset>
        )
      })}
      <UndoNotice removed={removal.removed} note="Their guests stay; new requests fall back to the default when you save." onUndo={removal.undo} />
      {free.length > 0 && (
        <SelectField
          label="Give an allotment to"
          path="allotments.new"
          value=""
          onChange={(e) => {
            const holder = e.target.value
            if (!holder) return
            setSaved(false)
            setDrafts((ds) => [...ds, { holder, headLimit: '2', passTypes: ['guest'] }])
          }}
        >
          <option value="">Choose…</option>
          {free.map((k) => (
            <option key={k} value={k}>
              {names.get(k)}
            </option>
          ))}
        </SelectField>
      )}
      <p>
        <button type="submit" className="button">
          Save allotments
        </button>
        {saved && <span role="status"> Saved.</span>}
      </p>
      {issues
        .filter((x) => !x.path.startsWith('allotments.'))
        .map((x) => (
          <p key={x.message} role="alert" className="field-error">
            {x.message}
          </p>
        ))}
    </form>
  )
}
