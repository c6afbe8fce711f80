import { useState } from 'react'
import { useNavigate } from 'react-router'
import { PlacementBodySchema, UpdatePlacementBodySchema } from '../../../../src/contract/catalog.ts'
import type { FieldIssue } from '../../api/api-problem.ts'
import { placementsApi, recordingsApi } from '../../api/catalog-api.ts'
import type { Placement } from '../../api/types.ts'
import { useResourceList } from '../../api/use-resource.ts'
import { EditForm } from '../../components/edit-form.tsx'
import { SelectField, TextAreaField, TextField } from '../../components/field.tsx'
import { useSaveForm } from '../../components/use-save-form.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'

function optionalNumber(text: string, path: string, issues: FieldIssue[]): number | null {
  if (text.trim() === '') return null
  if (/^\d+$/.test(text.trim())) return Number(text)
  issues.push({ path, message: 'write a whole number, like 4' })
  return null
}

export function PlacementForm({ placement, preset }: { placement?: Placement; preset?: { recordingId?: string; series?: string } }) {
  const { slug, href } = useWorkspace()
  const navigate = useNavigate()
  const recordings = useResourceList(recordingsApi, slug)
  const [recordingId, setRecordingId] = useState(placement?.recordingId ?? preset?.recordingId ?? '')
  const [series, setSeries] = useState(placement?.series ?? preset?.series ?? '')
  const [season, setSeason] = useState(placement?.season?.toString() ?? '')
  const [episodeNumber, setEpisodeNumber] = useState(placement?.episodeNumber?.toString() ?? '')
  const [episodeTitle, setEpisodeTitle] = useState(placement?.episodeTitle ?? '')
  const [airDate, setAirDate] = useState(placement?.airDate ?? '')
  const [notes, setNotes] = useState(placement?.notes ?? '')
  const onSaved = (saved: Placement) => navigate(href(`/placements/${saved.id}`))
  const create = useSaveForm({ schema: PlacementBodySchema, save: (body) => placementsApi.create(slug, body), onSaved })
  const update = useSaveForm({ schema: UpdatePlacementBodySchema, save: (body) => placementsApi.update(slug, placement?.id ?? '', body), onSaved })
  const form = placement ? update : create

  function handleSubmit() {
    const issues: FieldIssue[] = recordingId ? [] : [{ path: 'recordingId', message: 'choose the recording heard in the episode' }]
    const body = {
      recordingId,
      series,
      season: optionalNumber(season, 'season', issues),
      episodeNumber: optionalNumber(episodeNumber, 'episodeNumber', issues),
      episodeTitle: episodeTitle.trim() || null,
      airDate: airDate || null,
      notes,
    }
    void (placement ? update.submit({ ...body, version: placement.version }, issues) : create.submit(body, issues))
  }

  return (
    <EditForm
      state={form.state}
      onSubmit={handleSubmit}
      submitLabel={placement ? 'Save placement' : 'Add placement'}
      cancelTo={placement ? href(`/placements/${placement.id}`) : href('/placements')}
    >
      <SelectField
        label="Recording"
        path="recordingId"
        value={recordingId}
        onChange={(e) => setRecordingId(e.target.value)}
        error={form.messageFor('recordingId')}
      >
        <option value="">Choose a recording…</option>
        {recordings.data?.map((r) => (
          <option key={r.id} value={r.id}>
            {r.title} — {r.actName}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Series"
        path="series"
        value={series}
        onChange={(e) => setSeries(e.target.value)}
        error={form.messageFor('series')}
        placeholder="Big Time Rush"
      />
      <div className="field-row">
        <TextField
          label="Season"
          path="season"
          isOptional
          inputMode="numeric"
          value={season}
          onChange={(e) => setSeason(e.target.value)}
          error={form.messageFor('season')}
        />
        <TextField
          label="Episode"
          path="episodeNumber"
          isOptional
          inputMode="numeric"
          value={episodeNumber}
          onChange={(e) => setEpisodeNumber(e.target.value)}
          error={form.messageFor('episodeNumber')}
        />
        <TextField
          label="Air date"
          path="airDate"
          type="date"
          isOptional
          value={airDate}
          onChange={(e) => setAirDate(e.target.value)}
          error={form.messageFor('airDate')}
        />
      </div>
      <TextField
        label="Episode title"
        path="episodeTitle"
        isOptional
        value={episodeTitle}
        onChange={(e) => setEpisodeTitle(e.target.value)}
        error={form.messageFor('episodeTitle')}
      />
      <TextAreaField
        label="Notes"
        path="notes"
        isOptional
        hint="The scene, how long it plays, clearances…"
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        error={form.messageFor('notes')}
      />
    </EditForm>
  )
}
