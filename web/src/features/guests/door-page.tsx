import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useMemo, useState, useSyncExternalStore } from 'react'
import { useParams } from 'react-router'
import { isProblem } from '../../api/api-problem.ts'
import { guestKeys, guestsApi, newTapId, passTypeLabel, type GuestRequest } from '../../api/guests-api.ts'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { isQueued, outbox } from '../../offline/outbox.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import './guests.css'

const DEVICE_KEY = 'greenroom.door-device'
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase()

/** This phone's name at the door, asked once and kept (it is shown when another phone admitted a guest first). */
function useDeviceName(): [string, (name: string) => void] {
  const [name, setName] = useState(() => globalThis.localStorage?.getItem(DEVICE_KEY) ?? '')
  return [
    name,
    (next: string) => {
      setName(next)
      globalThis.localStorage?.setItem(DEVICE_KEY, next)
    },
  ]
}

/**
 * The door on a phone (issue 16, point 3; ADR 038): approved guests by name, a search, one big button
 * each. Works offline: the list is the service worker's copy, a tap with no signal is kept in the
 * outbox and sent when the signal is back; the server admits a guest once, and a second phone's tap
 * comes back as a conflict in the banner.
 */
export function DoorPage() {
  const { slug, href } = useWorkspace()
  const showId = useParams().showId ?? ''
  const list = useQuery({ queryKey: guestKeys.show(slug, showId), queryFn: () => guestsApi.get(slug, showId) })
  const queryClient = useQueryClient()
  const [q, setQ] = useState('')
  const [device, setDevice] = useDeviceName()
  const [message, setMessage] = useState<string | null>(null)
  const kept = useSyncExternalStore(outbox.subscribe, outbox.all)
  const waiting = useMemo(() => new Set(kept.filter((i) => i.kind === 'check-in' && i.state === 'waiting').map((i) => i.versionId)), [kept])

  async function admit(r: GuestRequest) {
    setMessage(null)
    const tap = { checkInId: newTapId(), device, admittedAt: new Date().toISOString() }
    try {
      await guestsApi.checkIn(slug, showId, r.id, tap, href(`/shows/${showId}/door`))
      setMessage(`${r.name}${r.plusN ? ` +${r.plusN}` : ''} admitted.`)
      await queryClient.invalidateQueries({ queryKey: guestKeys.show(slug, showId) })
    } catch (err) {
      if (isQueued(err)) setMessage(`${r.name} admitted on this phone; it is sent when you are back online.`)
      else setMessage(isProblem(err) ? err.message : 'Could not check in.')
      if (isProblem(err, 409)) await queryClient.invalidateQueries({ queryKey: guestKeys.show(slug, showId) })
    }
  }

  return (
    <QueryView query={list} notFound={{ to: href(`/shows/${showId}`), label: 'Back to the show' }}>
      {(g) => {
        const approved = g.requests.filter((r) => r.status === 'approved').sort((a, b) => a.name.localeCompare(b.name))
        const shown = q ? approved.filter((r) => fold(r.name).includes(fold(q))) : approved
        const inside = approved.filter((r) => r.checkIn || waiting.has(r.id)).reduce((n, r) => n + 1 + r.plusN, 0)
        const total = approved.reduce((n, r) => n + 1 + r.plusN, 0)
        return (
          <div className="door">
            <PageHeader kicker="Door" title="Guest check-in" back={{ to: href(`/shows/${showId}`), label: 'Show' }}>
              <p role="status" className="door__tally">
                {inside} of {total} in
              </p>
            </PageHeader>
            <label className="door__device">
              This phone <input value={device} placeholder="Door A" maxLength={80} onChange={(e) => setDevice(e.target.value)} />
            </label>
            <label className="door__search">
              <span className="visually-hidden">Search by name</span>
              <input type="search" placeholder="Search by name" value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" />
            </label>
            {message && (
              <p className="notice" role="status">
                {message}
              </p>
            )}
            <ul className="door__list">
              {shown.map((r) => {
                const done = r.checkIn !== null
                const queued = waiting.has(r.id)
                return (
                  <li key={r.id} className="door__guest">
                    <span className="door__name">
                      {r.name}
                      {r.plusN > 0 && ` +${r.plusN}`}
                      <span className="door__meta">
                        {passTypeLabel(r.passType)}
                        {r.meetAndGreetTime && ` · meet & greet ${r.meetAndGreetTime}`}
                        {r.requesterName && ` · ${r.requesterName}`}
                      </span>
                    </span>
                    <button type="button" className="button button--primary door__admit" disabled={done || queued} onClick={() => void admit(r)}>
                      {done ? `In${r.checkIn!.device ? ` (${r.checkIn!.device})` : ''}` : queued ? 'In (not sent yet)' : `Admit ${r.name}`}
                    </button>
                  </li>
                )
              })}
            </ul>
            {shown.length === 0 && <p className="muted">No approved guest by that name.</p>}
          </div>
        )
      }}
    </QueryView>
  )
}
