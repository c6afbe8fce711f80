import { useState } from 'react'
import { useNavigate } from 'react-router'
import { CommitmentBodySchema, UpdateCommitmentBodySchema, type UpdateCommitmentBody } from '../../../../src/contract/touring.ts'
import { actsApi, peopleApi } from '../../api/catalog-api.ts'
import { commitmentsApi, venuesApi, type Commitment, type CommitmentBody } from '../../api/touring-api.ts'
import { useResourceList } from '../../api/use-resource.ts'
import { CheckboxGroup } from '../../components/checkbox-group.tsx'
import { EditForm } from '../../components/edit-form.tsx'
import { Field, SelectField, TextAreaField, TextField } from '../../components/field.tsx'
import { useSaveForm } from '../../components/use-save-form.ts'
import { labelOf } from '../../format/vocabulary.ts'
import { ConflictPreview } from '../conflicts/conflict-preview.tsx'
import { useConflictGate } from '../conflicts/use-conflict-gate.ts'
import { viewerTimeZone } from '../shows/zoned-time.ts'
import { TimeZoneField } from '../venues/time-zone-field.tsx'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { bodyOf, draftOf, type CommitmentDraft } from './commitment-draft.ts'

const KINDS = CommitmentBodySchema.shape.kind.options

interface CommitmentFormProps {
  commitment?: Commitment
  defaults?: { personId?: string; actId?: string }
  /** Where Cancel and a saved new commitment go (a person's calendar, say). */
  returnTo?: string
}

/** Create (no `commitment`) or edit a rehearsal, TV shoot, interview, session, trip or day off; checks conflicts first. */
export function CommitmentForm({ commitment, defaults, returnTo }: CommitmentFormProps) {
  const { slug, href } = useWorkspace()
  const navigate = useNavigate()
  const acts = useResourceList(actsApi, slug)
  const people = useResourceList(peopleApi, slug)
  const venues = useResourceList(venuesApi, slug)
  const [draft, setDraft] = useState<CommitmentDraft>(() => draftOf(commitment, viewerTimeZone(), defaults))
  const [checkedDraft, setCheckedDraft] = useState<CommitmentDraft | null>(null)
  const set = <K extends keyof CommitmentDraft>(field: K, value: CommitmentDraft[K]) => setDraft((d) => ({ ...d, [field]: value }))

  const check = (body: CommitmentBody) => {
    const { version: _version, ...rest } = body as CommitmentBody & { version?: number }
    return commitmentsApi.checkConflicts(slug, rest, commitment?.id)
  }
  const createGate = useConflictGate({ check, save: (body: CommitmentBody) => commitmentsApi.create(slug, body) })
  const updateGate = useConflictGate({ check, save: (body: UpdateCommitmentBody) => commitmentsApi.update(slug, commitment?.id ?? '', body) })
  const onSaved = (saved: Commitment) => navigate(returnTo ?? href(`/commitments/${saved.id}`))
  const create = useSaveForm({ schema: CommitmentBodySchema, save: createGate.save, onSaved })
  const update = useSaveForm({ schema: UpdateCommitmentBodySchema, save: updateGate.save, onSaved })
  const form = commitment ? update : create
  const conflicts = commitment ? updateGate.conflicts : createGate.conflicts

  function handleSubmit(acknowledgeConflicts = false) {
    const { body, issues } = bodyOf(draft)
    setCheckedDraft(draft)
    const withDecision = { ...body, acknowledgeConflicts }
    void (commitment ? update.submit({ ...withDecision, version: commitment.version }, issues) : create.submit(withDecision, issues))
  }

  function handleVenueChange(venueId: string) {
    const venue = venues.data?.find((v) => v.id === venueId)
    // The venue's zone is the commitment's: times there are local to it.
    setDraft((d) => ({ ...d, venueId, ...(venue ? { timeZone: venue.timeZone, locationName: d.locationName || `${venue.name}, ${venue.city}` } : {}) }))
  }

  const isPromo = draft.kind === 'promo-interview'
  return (
    <EditForm
      state={form.state}
      onSubmit={() => handleSubmit(false)}
      submitLabel={commitment ? 'Save' : 'Add to the calendar'}
      cancelTo={returnTo ?? (commitment ? href(`/commitments/${commitment.id}`) : href('/commitments'))}
    >
      <div className="field-row">
        <SelectField label="Kind" path="kind" value={draft.kind} onChange={(e) => set('kind', e.target.value)} error={form.messageFor('kind')}>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {labelOf(kind)}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Title"
          path="title"
          autoComplete="off"
          placeholder={isPromo ? 'Morning show interview' : 'Rehearsal'}
          value={draft.title}
          onChange={(e) => set('title', e.target.value)}
          error={form.messageFor('title')}
        />
        <SelectField
          label="For act"
          path="actId"
          isOptional
          value={draft.actId}
          onChange={(e) => set('actId', e.target.value)}
          error={form.messageFor('actId')}
        >
          <option value="">No act</option>
          {acts.data?.map((act) => (
            <option key={act.id} value={act.id}>
              {act.name}
            </option>
          ))}
        </SelectField>
      </div>

      {isPromo && (
        <fieldset className="fieldset">
          <legend className="field-label">Interview</legend>
          <div className="field-row">
            <TextField
              label="Outlet"
              path="outlet"
              isOptional
              value={draft.outlet}
              onChange={(e) => set('outlet', e.target.value)}
              error={form.messageFor('outlet')}
            />
            <TextField
              label="Journalist"
              path="journalist"
              isOptional
              value={draft.journalist}
              onChange={(e) => set('journalist', e.target.value)}
              error={form.messageFor('journalist')}
            />
          </div>
          <TextAreaField
            label="Embargo notes"
            path="embargoNotes"
            isOptional
            rows={2}
            hint="What may not be said or published yet, and until when."
            value={draft.embargoNotes}
            onChange={(e) => set('embargoNotes', e.target.value)}
            error={form.messageFor('embargoNotes')}
          />
        </fieldset>
      )}

      <div className="field-row">
        <SelectField
          label="Venue"
          path="venueId"
          isOptional
          hint="Choosing one sets the place and its time zone."
          value={draft.venueId}
          onChange={(e) => handleVenueChange(e.target.value)}
          error={form.messageFor('venueId')}
        >
          <option value="">No venue</option>
          {venues.data?.map((v) => (
            <option key={v.id} value={v.id}>
              {v.city} — {v.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Place"
          path="locationName"
          isOptional
          placeholder="Studio, city, airport…"
          value={draft.locationName}
          onChange={(e) => set('locationName', e.target.value)}
          error={form.messageFor('locationName')}
        />
      </div>
      {!draft.venueId && (
        <div className="field-row">
          <TextField
            label="Latitude"
            path="latitude"
            isOptional
            inputMode="decimal"
            hint="With longitude, lets Greenroom check travel between bookings."
            value={draft.latitude}
            onChange={(e) => set('latitude', e.target.value)}
            error={form.messageFor('latitude')}
          />
          <TextField
            label="Longitude"
            path="longitude"
            isOptional
            inputMode="decimal"
            hint="West of Greenwich is negative."
            value={draft.longitude}
            onChange={(e) => set('longitude', e.target.value)}
            error={form.messageFor('longitude')}
          />
        </div>
      )}
      <TimeZoneField
        value={draft.timeZone}
        onChange={(zone) => set('timeZone', zone)}
        error={form.messageFor('timeZone')}
        hint="The times below are local to this zone. Your browser’s zone is filled in; a venue sets its own."
      />

      <Field label="All day" path="isAllDay" className="field--checkbox" hint="A day off, a travel day, a shoot with no set hours.">
        {(control) => <input type="checkbox" className="checkbox" checked={draft.isAllDay} onChange={(e) => set('isAllDay', e.target.checked)} {...control} />}
      </Field>
      <div className="field-row field-row--4">
        <TextField
          label="Start date"
          path="startDate"
          type="date"
          value={draft.startDate}
          onChange={(e) => set('startDate', e.target.value)}
          error={form.messageFor('startDate')}
        />
        {!draft.isAllDay && (
          <TextField
            label="Start time"
            path="startTime"
            type="time"
            value={draft.startTime}
            onChange={(e) => set('startTime', e.target.value)}
            error={form.messageFor('startTime')}
          />
        )}
        <TextField
          label="End date"
          path="endDate"
          type="date"
          isOptional
          value={draft.endDate}
          onChange={(e) => set('endDate', e.target.value)}
          error={form.messageFor('endDate')}
        />
        {!draft.isAllDay && (
          <TextField
            label="End time"
            path="endTime"
            type="time"
            value={draft.endTime}
            onChange={(e) => set('endTime', e.target.value)}
            error={form.messageFor('endTime')}
          />
        )}
      </div>

      <CheckboxGroup
        legend="Who"
        path="personIds"
        hint="Conflicts are checked for everyone ticked."
        options={(people.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
        selected={draft.personIds}
        onChange={(personIds) => set('personIds', personIds)}
        error={form.messageUnder('personIds')}
      />
      <TextAreaField
        label="Notes"
        path="notes"
        isOptional
        value={draft.notes}
        onChange={(e) => set('notes', e.target.value)}
        error={form.messageFor('notes')}
      />
      <ConflictPreview conflicts={conflicts} isOutdated={checkedDraft !== draft} isSaving={form.isSaving} onSaveAnyway={() => handleSubmit(true)} />
    </EditForm>
  )
}
