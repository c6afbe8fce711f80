import { useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { peopleApi } from '../../api/catalog-api.ts'
import { isProblem } from '../../api/api-problem.ts'
import { hotelsApi, type GuestDraft, type HotelStay, type RoomDraft, type StayDraft } from '../../api/hotels-api.ts'
import { roadKeys } from '../../api/road-api.ts'
import { useResourceList } from '../../api/use-resource.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { StayView } from './stay-view.tsx'

const blankStay = (date: string): StayDraft => ({
  name: '',
  address: '',
  phone: '',
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  checkInDate: date,
  checkInTime: '15:00',
  checkOutDate: date,
  checkOutTime: '11:00',
  notes: '',
  rooms: [{ label: '', guests: [] }],
})

/** A stay as the form edits it: confirmation numbers left empty, so a kept room keeps the stored one (an editor may not read it). */
function draftOf(s: HotelStay): StayDraft {
  return {
    tourId: s.tourId,
    name: s.name,
    address: s.address,
    phone: s.phone,
    timeZone: s.timeZone,
    checkInDate: s.checkInDate,
    checkInTime: s.checkInTime,
    checkOutDate: s.checkOutDate,
    checkOutTime: s.checkOutTime,
    notes: s.notes,
    rooms: s.rooms.map((r) => ({
      id: r.id,
      label: r.label,
      guests: r.guests.map((g) => ({ personId: g.personId, fromDate: g.fromDate, toDate: g.toDate })),
    })),
  }
}

/** What is sent: an empty number on a kept room is left out (kept); on a new room it is none. Empty guest dates are none. */
function bodyOf(d: StayDraft): StayDraft {
  return {
    ...d,
    rooms: d.rooms.map(({ confirmationNumber, ...r }) => ({
      ...r,
      guests: r.guests.map((g) => ({ personId: g.personId, fromDate: g.fromDate || null, toDate: g.toDate || null })),
      ...(confirmationNumber ? { confirmationNumber } : {}),
    })),
  }
}

/**
 * Add or edit a hotel stay (the tour manager, on a phone): the hotel, its clock and dates, and the room
 * list: a room's guests (two for sharing), a guest's own first night and check-out when they join late
 * or leave early, the confirmation number. The server names any bad field; when someone saved first
 * (409), the form shows their version and offers to edit that one.
 */
export function HotelForm({ stay, date, onDone }: { stay?: HotelStay; date?: string; onDone: (saved: HotelStay | null) => void }) {
  const { slug } = useWorkspace()
  const queryClient = useQueryClient()
  const people = useResourceList(peopleApi, slug)
  const [base, setBase] = useState<HotelStay | undefined>(stay)
  const [draft, setDraft] = useState<StayDraft>(stay ? draftOf(stay) : blankStay(date ?? new Date().toISOString().slice(0, 10)))
  const [errors, setErrors] = useState<string[]>([])
  const [theirs, setTheirs] = useState<HotelStay | null>(null)
  const formId = base ? `stay-${base.id}` : 'stay-new'
  const set = (patch: Partial<StayDraft>) => setDraft((d) => ({ ...d, ...patch }))
  const setRoom = (n: number, patch: Partial<RoomDraft>) => setDraft((d) => ({ ...d, rooms: d.rooms.map((r, i) => (i === n ? { ...r, ...patch } : r)) }))
  const setGuest = (n: number, m: number, patch: Partial<GuestDraft>) =>
    setRoom(n, { guests: draft.rooms[n]!.guests.map((g, i) => (i === m ? { ...g, ...patch } : g)) })

  async function save(event: FormEvent) {
    event.preventDefault()
    setErrors([])
    setTheirs(null)
    try {
      const saved = base ? await hotelsApi.update(slug, base.id, { ...bodyOf(draft), version: base.version }) : await hotelsApi.create(slug, bodyOf(draft))
      await queryClient.invalidateQueries({ queryKey: roadKeys.all(slug) })
      onDone(saved)
    } catch (err) {
      if (isProblem(err, 409) && err.isStale) {
        setTheirs(err.current as HotelStay)
        setErrors(['Someone saved this stay meanwhile. Their version is below: edit it, or cancel.'])
      } else if (isProblem(err)) setErrors(err.errors.length ? err.errors.map((e) => `${e.path}: ${e.message}`) : [err.message])
      else setErrors(['Could not save.'])
    }
  }

  const field = (key: 'name' | 'address' | 'phone' | 'timeZone', label: string, extra: Record<string, string> = {}) => (
    <>
      <label htmlFor={`${formId}-${key}`}>{label}</label>
      <input id={`${formId}-${key}`} value={draft[key]} onChange={(e) => set({ [key]: e.target.value })} {...extra} />
    </>
  )

  return (
    <form className="journey-form stack" onSubmit={(e) => void save(e)} aria-label={base ? 'Edit stay' : 'Add a stay'}>
      {field('name', 'Hotel', { required: 'required' })}
      {field('address', 'Address')}
      {field('phone', 'Phone', { type: 'tel' })}
      {field('timeZone', 'Time zone (the hotel’s clock)', { placeholder: 'Europe/London', required: 'required' })}
      <label htmlFor={`${formId}-in`}>Check-in</label>
      <input id={`${formId}-in`} type="date" required value={draft.checkInDate} onChange={(e) => set({ checkInDate: e.target.value })} />
      <input aria-label="Check-in time" type="time" required value={draft.checkInTime} onChange={(e) => set({ checkInTime: e.target.value })} />
      <label htmlFor={`${formId}-out`}>Check-out</label>
      <input id={`${formId}-out`} type="date" required value={draft.checkOutDate} onChange={(e) => set({ checkOutDate: e.target.value })} />
      <input aria-label="Check-out time" type="time" required value={draft.checkOutTime} onChange={(e) => set({ checkOutTime: e.target.value })} />
      <label htmlFor={`${formId}-notes`}>Notes</label>
      <textarea id={`${formId}-notes`} value={draft.notes} onChange={(e) => set({ notes: e.target.value })} />
      {draft.rooms.map((room, n) => (
        <fieldset key={room.id ?? `new-${n}`} className="card">
          <legend>Room {n + 1}</legend>
          <label htmlFor={`${formId}-${n}-label`}>Room type or number</label>
          <input id={`${formId}-${n}-label`} value={room.label} onChange={(e) => setRoom(n, { label: e.target.value })} />
          <label htmlFor={`${formId}-${n}-conf`}>Confirmation number{room.id ? ' (leave empty to keep the stored one)' : ''}</label>
          <input id={`${formId}-${n}-conf`} value={room.confirmationNumber ?? ''} onChange={(e) => setRoom(n, { confirmationNumber: e.target.value })} />
          {room.guests.map((g, m) => (
            <fieldset key={m} className="stay__guest-edit">
              <legend>Guest {m + 1}</legend>
              <label htmlFor={`${formId}-${n}-${m}-who`}>Who</label>
              <select id={`${formId}-${n}-${m}-who`} value={g.personId} onChange={(e) => setGuest(n, m, { personId: e.target.value })}>
                <option value="">Choose…</option>
                {(people.data ?? []).map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
              <label htmlFor={`${formId}-${n}-${m}-from`}>First night, if later than check-in</label>
              <input id={`${formId}-${n}-${m}-from`} type="date" value={g.fromDate ?? ''} onChange={(e) => setGuest(n, m, { fromDate: e.target.value })} />
              <label htmlFor={`${formId}-${n}-${m}-to`}>Own check-out, if earlier</label>
              <input id={`${formId}-${n}-${m}-to`} type="date" value={g.toDate ?? ''} onChange={(e) => setGuest(n, m, { toDate: e.target.value })} />
              <button type="button" className="button" onClick={() => setRoom(n, { guests: room.guests.filter((_, i) => i !== m) })}>
                Remove guest {m + 1}
              </button>
            </fieldset>
          ))}
          <div className="form-actions">
            <button type="button" className="button" onClick={() => setRoom(n, { guests: [...room.guests, { personId: '' }] })}>
              Add a guest to room {n + 1}
            </button>
            <button type="button" className="button" onClick={() => set({ rooms: draft.rooms.filter((_, i) => i !== n) })}>
              Remove room {n + 1}
            </button>
          </div>
        </fieldset>
      ))}
      <div className="form-actions">
        <button type="button" className="button" onClick={() => set({ rooms: [...draft.rooms, { label: '', guests: [] }] })}>
          Add a room
        </button>
        <button type="submit" className="button button--primary">
          {base ? 'Save stay' : 'Add stay'}
        </button>
        <button type="button" className="button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
      {errors.length > 0 && (
        <ul role="alert" className="field-error">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      {theirs && (
        <section aria-label="The current version" className="card">
          <p className="muted">Saved by someone else (version {theirs.version}):</p>
          <StayView stay={theirs} heading="h3" />
          <button
            type="button"
            className="button"
            onClick={() => {
              setBase(theirs)
              setDraft(draftOf(theirs))
              setTheirs(null)
              setErrors([])
            }}
          >
            Edit their version
          </button>
        </section>
      )}
    </form>
  )
}
