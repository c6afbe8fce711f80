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

/** A segment's own list of passengers, or none when everyone on the journey is on it (the default). */
function ownList(segmentIds: readonly string[] | undefined, journeyIds: readonly string[]): string[] | undefined {
  if (!segmentIds) return undefined
  const on = journeyIds.filter((id) => segmentIds.includes(id))
  return on.length === journeyIds.length ? undefined : on
}

/** A journey as the form edits it: airports by code, other places by name and zone; references left out so a kept one stays. */
function draftOf(j: Journey): JourneyDraft {
  const passengerIds = j.passengers.map((p) => p.personId)
  return {
    title: j.title,
    passengerIds,
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
      passengerIds: ownList(s.passengerIds, passengerIds),
    })),
  }
}

/** The body to send: a place with a code is an airport; otherwise its name and zone. Empty references are left out. */
function bodyOf(d: JourneyDraft): JourneyDraft {
  const place = (p: SegmentDraft['from']) => (p.iata ? { iata: p.iata } : { name: p.name ?? '', timeZone: p.timeZone || null })
  return {
    ...d,
    segments: d.segments.map(({ bookingReference, passengerIds, ...s }) => {
      const own = ownList(passengerIds, d.passengerIds)
      return {
        ...s,
        from: place(s.from),
        to: place(s.to),
        ...(bookingReference ? { bookingReference } : {}),
        ...(own ? { passengerIds: own } : {}),
      }
    }),
  }
}

/**
 * Add or edit a journey (the tour manager on the day sheet): its passengers, who of them travels on
 * each segment (everyone by default; untick someone who joins at the connection), and its segments in order,
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
  const names = new Map([
    ...(journey?.passengers ?? []).map((p) => [p.personId, p.personName] as const),
    ...(people.data ?? []).map((p) => [p.id, p.name] as const),
  ])
  // On or off the journey: someone added is on every segment; someone taken off leaves every segment's list.
  const setPassenger = (personId: string, on: boolean) =>
    setDraft((d) => ({
      ...d,
      passengerIds: on ? [...d.passengerIds, personId] : d.passengerIds.filter((x) => x !== personId),
      segments: d.segments.map((s) =>
        s.passengerIds ? { ...s, passengerIds: on ? [...s.passengerIds, personId] : s.passengerIds.filter((x) => x !== personId) } : s,
      ),
    }))
  // On or off one segment: the segment gets its own list (none again once everyone is back on it).
  const setSegmentPassenger = (n: number, personId: string, on: boolean) =>
    setDraft((d) => ({
      ...d,
      segments: d.segments.map((s, i) => {
        if (i !== n) return s
        const current = s.passengerIds ?? d.passengerIds
        return { ...s, passengerIds: ownList(on ? [...current, personId] : current.filter((x) => x !== personId), d.passengerIds) }
      }),
    }))

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
            <input type="checkbox" checked={draft.passengerIds.includes(p.id)} onChange={(e) => setPassenger(p.id, e.target.checked)} /> {p.name}
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
          {draft.passengerIds.length > 0 && (
            <fieldset className="journey-form__aboard" aria-describedby={`${formId}-${n}-aboard-hint`}>
              <legend>Who travels on segment {n + 1}</legend>
              <p id={`${formId}-${n}-aboard-hint`} className="muted">
                {s.passengerIds ? `${s.passengerIds.length} of ${draft.passengerIds.length} passengers` : 'Everyone on the journey'}
              </p>
              {draft.passengerIds.map((personId) => (
                <label key={personId} className="journey-form__passenger">
                  <input
                    type="checkbox"
                    checked={(s.passengerIds ?? draft.passengerIds).includes(personId)}
                    onChange={(e) => setSegmentPassenger(n, personId, e.target.checked)}
                  />{' '}
                  {names.get(personId) ?? 'Someone'}
                </label>
              ))}
            </fieldset>
          )}
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
