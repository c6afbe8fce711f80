import { useState } from 'react'
import { PitchBodySchema } from '../../../../src/contract/rights.ts'
import { actsApi } from '../../api/catalog-api.ts'
import { rightsApi, type Pitch } from '../../api/rights-api.ts'
import { useResourceList } from '../../api/use-resource.ts'
import { EditForm } from '../../components/edit-form.tsx'
import { SelectField, TextAreaField, TextField } from '../../components/field.tsx'
import { useSaveForm } from '../../components/use-save-form.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { PITCH_STATUS_LABELS, localToday } from './rights-labels.ts'

const LABELS: Record<string, string> = { actId: 'Outside act', artistName: 'Artist', pitchedOn: 'Pitched on', status: 'Status', statusOn: 'Status since' }

/** Offer a song to an outside artist: one of the workspace's outside acts, or just a name. */
export function PitchForm({ workId, onDone }: { workId: string; onDone: () => void }) {
  const { slug } = useWorkspace()
  const acts = useResourceList(actsApi, slug)
  const outside = (acts.data ?? []).filter((a) => !a.isInternal)
  const [actId, setActId] = useState('')
  const [artistName, setArtistName] = useState('')
  const [pitchedOn, setPitchedOn] = useState(localToday())
  const [status, setStatus] = useState<Pitch['status']>('pitched')
  const [notes, setNotes] = useState('')
  const form = useSaveForm({ schema: PitchBodySchema, save: (body) => rightsApi.createPitch(slug, workId, body), onSaved: onDone })

  function handleSubmit() {
    void form.submit({ actId: actId || null, artistName: actId ? null : artistName.trim() || null, pitchedOn, status, notes })
  }

  return (
    <EditForm state={form.state} onSubmit={handleSubmit} submitLabel="Add pitch" labelFor={(path) => LABELS[path]}>
      <div className="field-row">
        <SelectField
          label="Outside act"
          path="actId"
          isOptional
          value={actId}
          onChange={(e) => setActId(e.target.value)}
          error={form.messageFor('actId')}
          hint="An outside artist added under Acts…"
        >
          <option value="">—</option>
          {outside.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </SelectField>
        {!actId && (
          <TextField
            label="Artist"
            path="artistName"
            hint="…or just their name."
            autoComplete="off"
            value={artistName}
            onChange={(e) => setArtistName(e.target.value)}
            error={form.messageFor('artistName')}
          />
        )}
      </div>
      <div className="field-row">
        <TextField
          label="Pitched on"
          path="pitchedOn"
          type="date"
          value={pitchedOn}
          onChange={(e) => setPitchedOn(e.target.value)}
          error={form.messageFor('pitchedOn')}
        />
        <SelectField
          label="Status"
          path="status"
          value={status}
          onChange={(e) => setStatus(e.target.value as Pitch['status'])}
          error={form.messageFor('status')}
        >
          {Object.entries(PITCH_STATUS_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField label="Notes" path="notes" isOptional rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} error={form.messageFor('notes')} />
    </EditForm>
  )
}
