import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { isProblem } from '../../api/api-problem.ts'
import { guestKeys, guestsApi, passTypeLabel, PASS_TYPE_OPTIONS, type GuestList, type GuestRequest, type PassType } from '../../api/guests-api.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import './guests.css'

const problemText = (err: unknown) => (isProblem(err) ? err.message : 'Could not save.')

/**
 * On a show's page: the guest list (issue 16, point 3). Members and touring musicians ask for guests
 * within their allotment and see their own requests and the counts; managers also approve or deny,
 * set the cut-off and the lock, download the door list and open the door page. Viewers see nothing
 * of it (the server answers 403, and the panel stays away).
 */
export function GuestsPanel({ showId }: { showId: string }) {
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
      {list.allotments.length > 0 && (
        <p className="muted">
          Allotments: {list.allotments.map((a) => `${a.holderName} ${a.used}/${a.headLimit}`).join(' · ')}. Everyone else: 2 guest places.
        </p>
      )}
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
