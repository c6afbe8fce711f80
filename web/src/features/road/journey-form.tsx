import { useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { peopleApi } from '../../api/catalog-api.ts'
import { isProblem } from '../../api/api-problem.ts'
import { roadKeys } from '../../api/road-api.ts'
import { travelApi, type Journey, type JourneyDraft, type SegmentDraft, type TravelMode } from '../../api/travel-api.ts'
import { useResourceList } from '../../api/use-resource.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'

const MODES: { value: TravelMode; label: string }[] = [
  { value: 'air', label: 'Flight' },
  { value: 'bus', label: 'Bus' },
  { value: 'car', label: 'Car' },
  { value: 'rail', label: 'Train' },
  { value: 'ferry', label: 'Ferry' },
]

const blank = (date: string): SegmentDraft => ({
  mode: 'air',
  from: { iata: '' },
  to: { iata: '' },
  departureDate: date,
  departureTime: '',
  arrivalDate: date,
  arrivalTime: '',
  confirmed: false,
})

/** A journey as the form edits it: airports by code, other places by name and zone; references left out so a kept one stays. */
function draftOf(j: Journey): JourneyDraft {
  return {
    title: j.title,
    passengerIds: j.passengers.map((p) => p.personId),
    segments: j.segments.map((s) => ({
      id: s.id,
      mode: s.mode,
      from: s.from.iata ? { iata: s.from.iata } : { name: s.from.name, timeZone: s.from.timeZone },
      to: s.to.iata ? { iata: s.to.iata } : { name: s.to.name, timeZone: s.to.timeZone },
      departureDate: s.departureDate,
      departureTime: s.departureTime,
      arrivalDate: s.arrivalDate,
      arrivalTime: s.arrivalTime,
      number: s.number,
      carrier: s.carrier,
      confirmed: s.confirmed,
    })),
  }
}

/** The body to send: a place with a code is an airport; otherwise its name and zone. Empty references are left out. */
function bodyOf(d: JourneyDraft): JourneyDraft {
  const place = (p: SegmentDraft['from']) => (p.iata ? { iata: p.iata } : { name: p.name ?? '', timeZone: p.timeZone || null })
  return {
    ...d,
    segments: d.segments.map(({ bookingReference, ...s }) => ({
      ...s,
      from: place(s.from),
      to: place(s.to),
      ...(bookingReference ? { bookingReference } : {}),
    })),
  }
}

/**
 * Add or edit a journey (the tour manager on the day sheet): its passengers and segments in order,
 * each end an airport code or a place with its zone, times on that place's clock. The server names
 * any bad field (an unknown code, an arrival before the departure); a 409 says someone saved first.
 */
export function JourneyForm({ date, journey, onDone }: { date: string; journey?: Journey; onDone: () => void }) {
  const { slug } = useWorkspace()
  const queryClient = useQueryClient()
  const people = useResourceList(peopleApi, slug)
  const [draft, setDraft] = useState<JourneyDraft>(journey ? draftOf(journey) : { title: '', passengerIds: [], segments: [blank(date)] })
  const [errors, setErrors] = useState<string[]>([])
  const formId = journey ? `journey-${journey.id}` : 'journey-new'
  const setSegment = (n: number, patch: Partial<SegmentDraft>) =>
    setDraft((d) => ({ ...d, segments: d.segments.map((s, i) => (i === n ? { ...s, ...patch } : s)) }))

  async function save(event: FormEvent) {
    event.preventDefault()
    setErrors([])
    try {
      if (journey) await travelApi.update(slug, journey.id, { ...bodyOf(draft), version: journey.version })
      else await travelApi.create(slug, bodyOf(draft))
      await queryClient.invalidateQueries({ queryKey: roadKeys.all(slug) })
      onDone()
    } catch (err) {
      if (isProblem(err, 409)) setErrors(['Someone changed this journey meanwhile: reload and try again.'])
      else if (isProblem(err)) setErrors(err.errors.length ? err.errors.map((e) => `${e.path}: ${e.message}`) : [err.message])
      else setErrors(['Could not save.'])
    }
  }

  const place = (n: number, end: 'from' | 'to', label: string) => {
    const p = draft.segments[n]![end]
    const key = `${formId}-${n}-${end}`
    return (
      <fieldset className="journey-form__place">
        <legend>{label}</legend>
        <label htmlFor={`${key}-iata`}>Airport code</label>
        <input
          id={`${key}-iata`}
          value={p.iata ?? ''}
          maxLength={3}
          autoCapitalize="characters"
          placeholder="LHR"
          onChange={(e) => setSegment(n, { [end]: { ...p, iata: e.target.value.toUpperCase() } })}
        />
        {!p.iata && (
          <>
            <label htmlFor={`${key}-name`}>Or a place</label>
            <input id={`${key}-name`} value={p.name ?? ''} onChange={(e) => setSegment(n, { [end]: { ...p, name: e.target.value } })} />
            <label htmlFor={`${key}-zone`}>Its time zone</label>
            <input
              id={`${key}-zone`}
              value={p.timeZone ?? ''}
              placeholder="Europe/London"
              onChange={(e) => setSegment(n, { [end]: { ...p, timeZone: e.target.value } })}
            />
          </>
        )}
      </fieldset>
    )
  }

  return (
    <form className="journey-form stack" onSubmit={(e) => void save(e)} aria-label={journey ? 'Edit travel' : 'Add travel'}>
      <label htmlFor={`${formId}-title`}>Title</label>
      <input id={`${formId}-title`} value={draft.title ?? ''} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
      <fieldset>
        <legend>Passengers</legend>
        {(people.data ?? []).map((p) => (
          <label key={p.id} className="journey-form__passenger">
            <input
              type="checkbox"
              checked={draft.passengerIds.includes(p.id)}
              onChange={(e) =>
                setDraft({ ...draft, passengerIds: e.target.checked ? [...draft.passengerIds, p.id] : draft.passengerIds.filter((x) => x !== p.id) })
              }
            />{' '}
            {p.name}
          </label>
        ))}
      </fieldset>
      {draft.segments.map((s, n) => (
        <fieldset key={n} className="card">
          <legend>Segment {n + 1}</legend>
          <label htmlFor={`${formId}-${n}-mode`}>By</label>
          <select id={`${formId}-${n}-mode`} value={s.mode} onChange={(e) => setSegment(n, { mode: e.target.value as TravelMode })}>
            {MODES.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </select>
          {place(n, 'from', 'From')}
          <label htmlFor={`${formId}-${n}-dd`}>Departs (local date and time where it leaves)</label>
          <input id={`${formId}-${n}-dd`} type="date" required value={s.departureDate} onChange={(e) => setSegment(n, { departureDate: e.target.value })} />
          <input aria-label="Departure time" type="time" required value={s.departureTime} onChange={(e) => setSegment(n, { departureTime: e.target.value })} />
          {place(n, 'to', 'To')}
          <label htmlFor={`${formId}-${n}-ad`}>Arrives (local date and time where it lands)</label>
          <input id={`${formId}-${n}-ad`} type="date" required value={s.arrivalDate} onChange={(e) => setSegment(n, { arrivalDate: e.target.value })} />
          <input aria-label="Arrival time" type="time" required value={s.arrivalTime} onChange={(e) => setSegment(n, { arrivalTime: e.target.value })} />
          <label htmlFor={`${formId}-${n}-number`}>Flight or train number</label>
          <input id={`${formId}-${n}-number`} value={s.number ?? ''} onChange={(e) => setSegment(n, { number: e.target.value })} />
          <label htmlFor={`${formId}-${n}-carrier`}>Carrier</label>
          <input id={`${formId}-${n}-carrier`} value={s.carrier ?? ''} onChange={(e) => setSegment(n, { carrier: e.target.value })} />
          <label htmlFor={`${formId}-${n}-ref`}>Booking reference{s.id ? ' (leave empty to keep the stored one)' : ''}</label>
          <input id={`${formId}-${n}-ref`} value={s.bookingReference ?? ''} onChange={(e) => setSegment(n, { bookingReference: e.target.value })} />
          <label>
            <input type="checkbox" checked={s.confirmed} onChange={(e) => setSegment(n, { confirmed: e.target.checked })} /> Confirmed
          </label>
          {draft.segments.length > 1 && (
            <button type="button" className="button" onClick={() => setDraft({ ...draft, segments: draft.segments.filter((_, i) => i !== n) })}>
              Remove segment {n + 1}
            </button>
          )}
        </fieldset>
      ))}
      <div className="form-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            const last = draft.segments[draft.segments.length - 1]!
            setDraft({ ...draft, segments: [...draft.segments, { ...blank(last.arrivalDate), from: { ...last.to } }] })
          }}
        >
          Add a connection
        </button>
        <button type="submit" className="button button--primary">
          {journey ? 'Save travel' : 'Add travel'}
        </button>
        <button type="button" className="button" onClick={onDone}>
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
    </form>
  )
}

/** "Edit this journey" under its first segment on the sheet: loads the journey (with its version) and opens the form. */
export function EditJourney({ journeyId, date }: { journeyId: string; date: string }) {
  const { slug } = useWorkspace()
  const [journey, setJourney] = useState<Journey | null>(null)
  if (journey) return <JourneyForm date={date} journey={journey} onDone={() => setJourney(null)} />
  return (
    <button type="button" className="button" onClick={() => void travelApi.get(slug, journeyId).then(setJourney)}>
      Edit this journey
    </button>
  )
}
