import { useState } from 'react'
import { useNavigate } from 'react-router'
import { RecordingBodySchema, RecordingSchema, UpdateRecordingBodySchema } from '../../../../src/contract/catalog.ts'
import { actsApi, peopleApi, recordingsApi, worksApi } from '../../api/catalog-api.ts'
import type { Recording } from '../../api/types.ts'
import { useResourceList } from '../../api/use-resource.ts'
import { CheckboxGroup } from '../../components/checkbox-group.tsx'
import { EditForm } from '../../components/edit-form.tsx'
import { SelectField, TextAreaField, TextField } from '../../components/field.tsx'
import { useSaveForm } from '../../components/use-save-form.ts'
import { labelOf } from '../../format/vocabulary.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { FeaturedEditor } from './featured-editor.tsx'
import { bodyOf, draftOf, type RecordingDraft } from './recording-draft.ts'

const KINDS = RecordingSchema.shape.kind.options
const KEYS = RecordingSchema.shape.key.unwrap().options
const MODES = RecordingSchema.shape.mode.unwrap().options
const NEEDS = RecordingSchema.shape.needs.element.options.map((need) => ({ value: need, label: labelOf(need) }))

export function RecordingForm({ recording, preset }: { recording?: Recording; preset?: { workId?: string; actId?: string } }) {
  const { slug, href } = useWorkspace()
  const navigate = useNavigate()
  const works = useResourceList(worksApi, slug)
  const acts = useResourceList(actsApi, slug)
  const people = useResourceList(peopleApi, slug)
  const [draft, setDraft] = useState<RecordingDraft>(() => draftOf(recording, preset))
  const set =
    <K extends keyof RecordingDraft>(field: K) =>
    (value: RecordingDraft[K]) =>
      setDraft((d) => ({ ...d, [field]: value }))
  const onSaved = (saved: Recording) => navigate(href(`/recordings/${saved.id}`))
  const create = useSaveForm({ schema: RecordingBodySchema, save: (body) => recordingsApi.create(slug, body), onSaved })
  const update = useSaveForm({ schema: UpdateRecordingBodySchema, save: (body) => recordingsApi.update(slug, recording?.id ?? '', body), onSaved })
  const form = recording ? update : create

  function handleSubmit() {
    const { body, issues } = bodyOf(draft)
    void (recording ? update.submit({ ...body, version: recording.version }, issues) : create.submit(body, issues))
  }

  // Members of the recording act first: they are the likely lead singers.
  const actMembers = new Set(acts.data?.find((act) => act.id === draft.actId)?.memberships.map((m) => m.personId) ?? [])
  const singers = [...(people.data ?? [])].sort((a, b) => Number(actMembers.has(b.id)) - Number(actMembers.has(a.id)))
  const cancelTo = recording ? href(`/recordings/${recording.id}`) : href('/recordings')

  return (
    <EditForm state={form.state} onSubmit={handleSubmit} submitLabel={recording ? 'Save recording' : 'Add recording'} cancelTo={cancelTo}>
      <div className="field-row">
        <SelectField label="Song" path="workId" value={draft.workId} onChange={(e) => set('workId')(e.target.value)} error={form.messageFor('workId')}>
          <option value="">Choose a song…</option>
          {works.data?.map((work) => (
            <option key={work.id} value={work.id}>
              {work.title}
            </option>
          ))}
        </SelectField>
        <SelectField label="Act" path="actId" value={draft.actId} onChange={(e) => set('actId')(e.target.value)} error={form.messageFor('actId')}>
          <option value="">Choose an act…</option>
          {acts.data?.map((act) => (
            <option key={act.id} value={act.id}>
              {act.name}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField
        label="Title"
        path="title"
        isOptional
        hint="Only if it differs from the song’s, like “We Are (Acoustic)”."
        value={draft.title}
        onChange={(e) => set('title')(e.target.value)}
        error={form.messageFor('title')}
      />
      <div className="field-row">
        <SelectField label="Kind" path="kind" value={draft.kind} onChange={(e) => set('kind')(e.target.value)} error={form.messageFor('kind')}>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {labelOf(kind)}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Length"
          path="durationSeconds"
          isOptional
          inputMode="numeric"
          placeholder="3:25"
          hint="Minutes and seconds"
          value={draft.duration}
          onChange={(e) => set('duration')(e.target.value)}
          error={form.messageFor('durationSeconds')}
        />
      </div>
      <div className="field-row field-row--4">
        <SelectField label="Key" path="key" isOptional value={draft.key} onChange={(e) => set('key')(e.target.value)} error={form.messageFor('key')}>
          <option value="">—</option>
          {KEYS.map((key) => (
            <option key={key} value={key}>
              {key.replace('#', '♯')}
            </option>
          ))}
        </SelectField>
        <SelectField label="Mode" path="mode" isOptional value={draft.mode} onChange={(e) => set('mode')(e.target.value)} error={form.messageFor('mode')}>
          <option value="">—</option>
          {MODES.map((mode) => (
            <option key={mode} value={mode}>
              {labelOf(mode)}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Tempo (BPM)"
          path="tempoBpm"
          isOptional
          inputMode="numeric"
          value={draft.tempo}
          onChange={(e) => set('tempo')(e.target.value)}
          error={form.messageFor('tempoBpm')}
        />
        <TextField
          label="Energy (1–10)"
          path="energy"
          isOptional
          inputMode="numeric"
          value={draft.energy}
          onChange={(e) => set('energy')(e.target.value)}
          error={form.messageFor('energy')}
        />
      </div>
      <TextField
        label="Recorded"
        path="recordedOn"
        isOptional
        hint="2013, 2013-03 or 2013-03-14"
        value={draft.recordedOn}
        onChange={(e) => set('recordedOn')(e.target.value)}
        error={form.messageFor('recordedOn')}
      />
      <CheckboxGroup
        legend="Lead vocals"
        path="leadPersonIds"
        options={singers.map((p) => ({ value: p.id, label: p.name }))}
        selected={draft.leadPersonIds}
        onChange={set('leadPersonIds')}
        error={form.messageUnder('leadPersonIds')}
        hint={actMembers.size > 0 ? 'Members of the act come first.' : undefined}
      />
      <FeaturedEditor featured={draft.featured} onChange={set('featured')} acts={acts.data ?? []} messageFor={form.messageFor} />
      <CheckboxGroup
        legend="Stage needs"
        path="needs"
        options={NEEDS}
        selected={draft.needs}
        onChange={set('needs')}
        error={form.messageUnder('needs')}
        hint="What playing it live takes; set lists are checked against these."
      />
      <TextAreaField
        label="Notes"
        path="notes"
        isOptional
        value={draft.notes}
        onChange={(e) => set('notes')(e.target.value)}
        error={form.messageFor('notes')}
      />
    </EditForm>
  )
}
