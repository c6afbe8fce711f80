import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Link, useNavigate } from 'react-router'
import { ShowBodySchema, UpdateShowBodySchema, type UpdateShowBody } from '../../../../src/contract/touring.ts'
import { actsApi, peopleApi } from '../../api/catalog-api.ts'
import { showsApi, toursApi, venuesApi, type Show, type ShowBody } from '../../api/touring-api.ts'
import { useResourceList } from '../../api/use-resource.ts'
import { EditForm } from '../../components/edit-form.tsx'
import { SelectField, TextAreaField, TextField } from '../../components/field.tsx'
import { useSaveForm } from '../../components/use-save-form.ts'
import { ConflictPreview } from '../conflicts/conflict-preview.tsx'
import { useConflictGate } from '../conflicts/use-conflict-gate.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { BillingEditor } from './billing-editor.tsx'
import { LineupEditor } from './lineup-editor.tsx'
import { bodyOf, draftOf, TIME_FIELDS, type ShowDraft, type TimeField } from './show-draft.ts'
import { announcementLabel, statusLabel } from './show-words.ts'
import { viewerTimeZone } from './zoned-time.ts'

const STATUSES = ShowBodySchema.shape.status.options
const ANNOUNCEMENTS = ShowBodySchema.shape.announcement.options

interface ShowFormProps {
  show?: Show
  defaults?: { actId?: string; tourId?: string; legId?: string }
}

/** Create (no `show`) or edit a show; checks the lineup for conflicts before saving. */
export function ShowForm({ show, defaults }: ShowFormProps) {
  const { slug, href } = useWorkspace()
  const navigate = useNavigate()
  const viewerZone = viewerTimeZone()
  const acts = useResourceList(actsApi, slug)
  const people = useResourceList(peopleApi, slug)
  const venues = useResourceList(venuesApi, slug)
  const tours = useResourceList(toursApi, slug)
  const [draft, setDraft] = useState<ShowDraft>(() => draftOf(show, viewerZone, defaults))
  const [checkedDraft, setCheckedDraft] = useState<ShowDraft | null>(null)
  const tour = useQuery({ queryKey: toursApi.keys.one(slug, draft.tourId), queryFn: () => toursApi.get(slug, draft.tourId), enabled: draft.tourId !== '' })
  const set = <K extends keyof ShowDraft>(field: K, value: ShowDraft[K]) => setDraft((d) => ({ ...d, [field]: value }))

  const check = (body: ShowBody) => showsApi.checkConflicts(slug, withoutVersion(body), show?.id)
  const createGate = useConflictGate({ check, save: (body: ShowBody) => showsApi.create(slug, body) })
  const updateGate = useConflictGate({ check, save: (body: UpdateShowBody) => showsApi.update(slug, show?.id ?? '', body) })
  const onSaved = (saved: Show) => navigate(href(`/shows/${saved.id}`))
  const create = useSaveForm({ schema: ShowBodySchema, save: createGate.save, onSaved })
  const update = useSaveForm({ schema: UpdateShowBodySchema, save: updateGate.save, onSaved })
  const form = show ? update : create
  const conflicts = show ? updateGate.conflicts : createGate.conflicts

  function handleSubmit(acknowledgeConflicts = false) {
    const { body, issues } = bodyOf(draft, viewerZone)
    setCheckedDraft(draft)
    const withDecision = { ...body, acknowledgeConflicts }
    void (show ? update.submit({ ...withDecision, version: show.version }, issues) : create.submit(withDecision, issues))
  }

  const actList = acts.data ?? []
  const headliner = actList.find((a) => a.id === draft.actId)
  const venue = venues.data?.find((v) => v.id === draft.venueId)
  const actTours = (tours.data ?? []).filter((t) => !headliner || t.actName === headliner.name || t.id === draft.tourId)
  const timesHint = venue ? `Local times at ${venue.name}: ${venue.timeZone}.` : 'Local times at the venue, in its time zone.'

  return (
    <EditForm
      state={form.state}
      onSubmit={() => handleSubmit(false)}
      submitLabel={show ? 'Save show' : 'Add show'}
      cancelTo={show ? href(`/shows/${show.id}`) : href('/shows')}
    >
      <div className="field-row">
        <SelectField label="Headliner" path="actId" value={draft.actId} onChange={(e) => set('actId', e.target.value)} error={form.messageFor('actId')}>
          <option value="">Choose an act…</option>
          {actList.map((act) => (
            <option key={act.id} value={act.id}>
              {act.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Tour"
          path="tourId"
          isOptional
          value={draft.tourId}
          onChange={(e) => setDraft((d) => ({ ...d, tourId: e.target.value, legId: '' }))}
          error={form.messageFor('tourId')}
        >
          <option value="">Not on a tour</option>
          {actTours.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </SelectField>
        {draft.tourId && (
          <SelectField label="Leg" path="legId" isOptional value={draft.legId} onChange={(e) => set('legId', e.target.value)} error={form.messageFor('legId')}>
            <option value="">No leg</option>
            {tour.data?.legs.map((leg) => (
              <option key={leg.id} value={leg.id}>
                {leg.name}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      <div className="field-row">
        <SelectField
          label="Venue"
          path="venueId"
          value={draft.venueId}
          onChange={(e) => set('venueId', e.target.value)}
          error={form.messageFor('venueId')}
          hint={
            <>
              Not listed? <Link to={href('/venues/new')}>Add the venue</Link> first.
            </>
          }
        >
          <option value="">Choose a venue…</option>
          {[...(venues.data ?? [])]
            .sort((a, b) => a.city.localeCompare(b.city) || a.name.localeCompare(b.name))
            .map((v) => (
              <option key={v.id} value={v.id}>
                {v.city} — {v.name}
              </option>
            ))}
        </SelectField>
        <TextField
          label="Date"
          path="localDate"
          type="date"
          hint="The show’s date at the venue."
          value={draft.localDate}
          onChange={(e) => set('localDate', e.target.value)}
          error={form.messageFor('localDate')}
        />
      </div>
      <fieldset className="fieldset">
        <legend className="field-label">Times</legend>
        <p className="field-hint">{timesHint} Leave out what is not known yet.</p>
        <div className="field-row field-row--times">
          {TIME_FIELDS.map((field) => (
            <TextField
              key={field.key}
              label={field.label}
              path={field.key}
              type="time"
              value={draft.times[field.key]}
              onChange={(e) => set('times', { ...draft.times, [field.key as TimeField]: e.target.value })}
              error={form.messageFor(field.key)}
            />
          ))}
        </div>
      </fieldset>
      <div className="field-row">
        <SelectField label="Status" path="status" value={draft.status} onChange={(e) => set('status', e.target.value)} error={form.messageFor('status')}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Announcement"
          path="announcement"
          hint="Only announced shows are public; an embargoed one becomes public at its time, by itself."
          value={draft.announcement}
          onChange={(e) => set('announcement', e.target.value)}
          error={form.messageFor('announcement')}
        >
          {ANNOUNCEMENTS.map((a) => (
            <option key={a} value={a}>
              {announcementLabel(a)}
            </option>
          ))}
        </SelectField>
        {draft.announcement === 'embargoed' && (
          <TextField
            label="Embargoed until"
            path="announceAt"
            type="datetime-local"
            hint={`In your time zone, ${viewerZone}.`}
            value={draft.announceAt}
            onChange={(e) => set('announceAt', e.target.value)}
            error={form.messageFor('announceAt')}
          />
        )}
      </div>
      <BillingEditor
        billing={draft.billing}
        onChange={(billing) => set('billing', billing)}
        acts={actList.filter((a) => a.id !== draft.actId)}
        headlinerName={headliner?.name}
        messageFor={form.messageFor}
      />
      <LineupEditor
        lineup={draft.lineup}
        onChange={(lineup) => set('lineup', lineup)}
        people={people.data ?? []}
        headliner={headliner}
        messageFor={form.messageFor}
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

function withoutVersion<T extends object>(body: T): ShowBody {
  const { version: _version, ...rest } = body as T & { version?: number }
  return rest as unknown as ShowBody
}
