import { useState } from 'react'
import { HoldBodySchema, UpdateHoldBodySchema } from '../../../../src/contract/rights.ts'
import { actsApi, peopleApi } from '../../api/catalog-api.ts'
import { organizationsApi, rightsApi, type Hold } from '../../api/rights-api.ts'
import { useResourceList } from '../../api/use-resource.ts'
import { EditForm } from '../../components/edit-form.tsx'
import { Field, SelectField, TextAreaField, TextField } from '../../components/field.tsx'
import { useSaveForm } from '../../components/use-save-form.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { HOLD_KIND_HINTS, HOLD_KIND_LABELS, localToday } from './rights-labels.ts'

const LABELS: Record<string, string> = {
  'holder.id': 'Held by',
  kind: 'Kind',
  startsOn: 'From',
  period: 'Period',
  'period.months': 'Months',
  'period.days': 'Days',
  endsOn: 'Until',
}

/** Add (no `hold`) or edit a hold on a song: who, what kind, from when, for how long or until when. */
export function HoldForm({ workId, hold, onDone }: { workId: string; hold?: Hold; onDone: () => void }) {
  const { slug } = useWorkspace()
  const organizations = useResourceList(organizationsApi, slug)
  const acts = useResourceList(actsApi, slug)
  const people = useResourceList(peopleApi, slug)
  const [holder, setHolder] = useState(hold ? `${hold.holder.kind}:${hold.holder.id}` : '')
  const [kind, setKind] = useState<Hold['kind']>(hold?.kind ?? 'option')
  const [startsOn, setStartsOn] = useState(hold?.startsOn ?? localToday())
  const [usesPeriod, setUsesPeriod] = useState(hold ? hold.period !== null : true)
  const [months, setMonths] = useState(String(hold?.period?.months ?? 6))
  const [days, setDays] = useState(String(hold?.period?.days ?? 0))
  const [endsOn, setEndsOn] = useState(hold?.endsOn ?? '')
  const [endsOnRelease, setEndsOnRelease] = useState(hold?.endsOnRelease ?? false)
  const [notes, setNotes] = useState(hold?.notes ?? '')
  const create = useSaveForm({ schema: HoldBodySchema, save: (body) => rightsApi.createHold(slug, workId, body), onSaved: onDone })
  const update = useSaveForm({ schema: UpdateHoldBodySchema, save: (body) => rightsApi.updateHold(slug, workId, hold?.id ?? '', body), onSaved: onDone })
  const form = hold ? update : create

  function handleSubmit() {
    const [holderKind = '', holderId = ''] = holder.split(':')
    const own = holder ? [] : [{ path: 'holder.id', message: 'choose who holds the song' }]
    const body = {
      holder: { kind: holderKind, id: holderId },
      kind,
      startsOn,
      period: usesPeriod ? { months: Number(months || 0), days: Number(days || 0) } : null,
      endsOn: usesPeriod ? null : endsOn || null,
      endsOnRelease,
      notes,
    }
    void (hold ? update.submit({ ...body, version: hold.version }, own) : create.submit(body, own))
  }

  return (
    <EditForm state={form.state} onSubmit={handleSubmit} submitLabel={hold ? 'Save hold' : 'Add hold'} labelFor={(path) => LABELS[path]}>
      <SelectField
        label="Held by"
        path="holder.id"
        value={holder}
        onChange={(e) => setHolder(e.target.value)}
        error={form.messageFor('holder.id') ?? form.messageFor('holder')}
        hint="A label or network (add it under Organisations), an act or a person."
      >
        <option value="">Choose…</option>
        <optgroup label="Organisations">
          {organizations.data?.map((o) => (
            <option key={o.id} value={`organization:${o.id}`}>
              {o.name}
            </option>
          ))}
        </optgroup>
        <optgroup label="Acts">
          {acts.data?.map((a) => (
            <option key={a.id} value={`act:${a.id}`}>
              {a.name}
            </option>
          ))}
        </optgroup>
        <optgroup label="People">
          {people.data?.map((p) => (
            <option key={p.id} value={`person:${p.id}`}>
              {p.name}
            </option>
          ))}
        </optgroup>
      </SelectField>
      <SelectField
        label="Kind"
        path="kind"
        value={kind}
        onChange={(e) => setKind(e.target.value as Hold['kind'])}
        hint={HOLD_KIND_HINTS[kind]}
        error={form.messageFor('kind')}
      >
        {Object.entries(HOLD_KIND_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <TextField
        label="From"
        path="startsOn"
        type="date"
        hint="The first day held."
        value={startsOn}
        onChange={(e) => setStartsOn(e.target.value)}
        error={form.messageFor('startsOn')}
      />
      <fieldset className="fieldset">
        <legend className="field-label">How long</legend>
        <div className="choice-row">
          <label className="checkbox-option">
            <input type="radio" name="length" checked={usesPeriod} onChange={() => setUsesPeriod(true)} /> For a period
          </label>
          <label className="checkbox-option">
            <input type="radio" name="length" checked={!usesPeriod} onChange={() => setUsesPeriod(false)} /> Until a date
          </label>
        </div>
        {usesPeriod ? (
          <div className="field-row">
            <TextField
              label="Months"
              path="period.months"
              inputMode="numeric"
              className="field--short"
              value={months}
              onChange={(e) => setMonths(e.target.value)}
              error={form.messageFor('period.months') ?? form.messageFor('period')}
              hint="Counted on the calendar: 6 months from 31 January end on 31 July."
            />
            <TextField
              label="Days"
              path="period.days"
              inputMode="numeric"
              className="field--short"
              value={days}
              onChange={(e) => setDays(e.target.value)}
              error={form.messageFor('period.days')}
            />
          </div>
        ) : (
          <TextField
            label="Until"
            path="endsOn"
            type="date"
            hint="The last day held."
            value={endsOn}
            onChange={(e) => setEndsOn(e.target.value)}
            error={form.messageFor('endsOn') ?? form.messageFor('period')}
          />
        )}
      </fieldset>
      <Field
        label="Ends when the song is released"
        path="endsOnRelease"
        className="field--checkbox"
        hint="The hold ends the day before the first release of a recording of this song."
      >
        {(control) => <input type="checkbox" className="checkbox" checked={endsOnRelease} onChange={(e) => setEndsOnRelease(e.target.checked)} {...control} />}
      </Field>
      <TextAreaField label="Notes" path="notes" isOptional rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} error={form.messageFor('notes')} />
    </EditForm>
  )
}
