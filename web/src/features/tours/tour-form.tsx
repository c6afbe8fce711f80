import { useState } from 'react'
import { useNavigate } from 'react-router'
import { TourBodySchema, UpdateTourBodySchema } from '../../../../src/contract/touring.ts'
import { actsApi } from '../../api/catalog-api.ts'
import { toursApi, type Tour } from '../../api/touring-api.ts'
import { useResourceList } from '../../api/use-resource.ts'
import { EditForm } from '../../components/edit-form.tsx'
import { SelectField, TextAreaField, TextField } from '../../components/field.tsx'
import { useSaveForm } from '../../components/use-save-form.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { LegsEditor, newLegKey, type LegDraft } from './legs-editor.tsx'

/** Create (no `tour`) or edit a tour: whose it is, its name, notes and legs. */
export function TourForm({ tour }: { tour?: Tour }) {
  const { slug, href } = useWorkspace()
  const navigate = useNavigate()
  const acts = useResourceList(actsApi, slug)
  const [actId, setActId] = useState(tour?.actId ?? '')
  const [name, setName] = useState(tour?.name ?? '')
  const [notes, setNotes] = useState(tour?.notes ?? '')
  const [legs, setLegs] = useState<LegDraft[]>(() => (tour?.legs ?? []).map((leg) => ({ key: newLegKey(), id: leg.id, name: leg.name, notes: leg.notes })))
  const onSaved = (saved: Tour) => navigate(href(`/tours/${saved.id}`))
  const create = useSaveForm({ schema: TourBodySchema, save: (body) => toursApi.create(slug, body), onSaved })
  const update = useSaveForm({ schema: UpdateTourBodySchema, save: (body) => toursApi.update(slug, tour?.id ?? '', body), onSaved })
  const form = tour ? update : create

  function handleSubmit() {
    const body = { actId, name, notes, legs: legs.map((leg) => ({ ...(leg.id ? { id: leg.id } : {}), name: leg.name, notes: leg.notes })) }
    const own = actId ? [] : [{ path: 'actId', message: 'choose whose tour this is' }]
    void (tour ? update.submit({ ...body, version: tour.version }, own) : create.submit(body, own))
  }

  const ours = (acts.data ?? []).filter((act) => act.isInternal)
  return (
    <EditForm
      state={form.state}
      onSubmit={handleSubmit}
      submitLabel={tour ? 'Save tour' : 'Add tour'}
      cancelTo={tour ? href(`/tours/${tour.id}`) : href('/tours')}
    >
      <div className="field-row">
        <TextField
          label="Name"
          path="name"
          autoComplete="off"
          placeholder="Summer tour 2013"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={form.messageFor('name')}
        />
        <SelectField
          label="Act"
          path="actId"
          hint="The headliner; support acts are set per show."
          value={actId}
          onChange={(e) => setActId(e.target.value)}
          error={form.messageFor('actId')}
        >
          <option value="">Choose an act…</option>
          {(ours.length > 0 ? ours : (acts.data ?? [])).map((act) => (
            <option key={act.id} value={act.id}>
              {act.name}
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField
        label="Notes"
        path="notes"
        isOptional
        hint="Production, support, what is still open…"
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        error={form.messageFor('notes')}
      />
      <LegsEditor legs={legs} onChange={setLegs} messageFor={form.messageFor} />
    </EditForm>
  )
}
