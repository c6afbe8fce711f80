import { useState } from 'react'
import { CHART_KINDS, ChartEntryBodySchema, UpdateChartEntryBodySchema } from '../../../../src/contract/charts.ts'
import type { FieldIssue } from '../../api/api-problem.ts'
import { chartEntriesApi, type ChartEntry } from '../../api/charts-api.ts'
import { EditForm } from '../../components/edit-form.tsx'
import { SelectField, TextAreaField, TextField } from '../../components/field.tsx'
import { useSaveForm } from '../../components/use-save-form.ts'
import { labelOf } from '../../format/vocabulary.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { subjectFields, subjectValue, wholeNumberOf } from './chart-words.ts'

/** Something that can be on a chart, as the subject select offers it. */
export interface SubjectOption {
  value: string
  label: string
  group: 'Releases' | 'Editions' | 'Recordings'
}

interface ChartEntryFormProps {
  entry?: ChartEntry
  subjects: readonly SubjectOption[]
  /** The subject preselected for a new entry (the release on a release's page). */
  defaultSubject?: string
  /** Where Cancel and a save lead: the page without the open form. */
  closeTo: string
  onSaved: () => void
}

/** Add (no `entry`) or edit one position on a chart on one day. */
export function ChartEntryForm({ entry, subjects, defaultSubject = '', closeTo, onSaved }: ChartEntryFormProps) {
  const { slug } = useWorkspace()
  const [chart, setChart] = useState(entry?.chart ?? 'iTunes')
  const [genre, setGenre] = useState(entry?.genre ?? '')
  const [territory, setTerritory] = useState(entry?.territory ?? '')
  const [kind, setKind] = useState<string>(entry?.kind ?? 'sales')
  const [position, setPosition] = useState(entry?.position.toString() ?? '')
  const [chartDate, setChartDate] = useState(entry?.chartDate ?? '')
  const [subject, setSubject] = useState(entry ? subjectValue(entry.subject) : defaultSubject)
  const [notes, setNotes] = useState(entry?.notes ?? '')
  const create = useSaveForm({ schema: ChartEntryBodySchema, save: (body) => chartEntriesApi.create(slug, body), onSaved })
  const update = useSaveForm({ schema: UpdateChartEntryBodySchema, save: (body) => chartEntriesApi.update(slug, entry?.id ?? '', body), onSaved })
  const form = entry ? update : create
  const options =
    entry && !subjects.some((s) => s.value === subjectValue(entry.subject))
      ? [...subjects, { value: subjectValue(entry.subject), label: entry.subject.title, group: 'Editions' as const }]
      : subjects

  function handleSubmit() {
    const own: FieldIssue[] = []
    if (!subject) own.push({ path: 'releaseGroupId', message: 'choose what charted: a release, an edition or a recording' })
    if (typeof wholeNumberOf(position) !== 'number') own.push({ path: 'position', message: 'a whole number from 1, like 5' })
    const body = {
      chart,
      genre: genre.trim() || null,
      territory: territory.trim().toUpperCase() || null,
      kind,
      position: wholeNumberOf(position),
      chartDate,
      ...subjectFields(subject),
      notes,
    }
    void (entry ? update.submit({ ...body, version: entry.version }, own) : create.submit(body, own))
  }

  const subjectError = form.messageFor('releaseGroupId') ?? form.messageFor('editionId') ?? form.messageFor('recordingId')
  return (
    <EditForm state={form.state} onSubmit={handleSubmit} submitLabel={entry ? 'Save chart entry' : 'Add chart entry'} cancelTo={closeTo}>
      <SelectField label="What charted" path="releaseGroupId" value={subject} onChange={(e) => setSubject(e.target.value)} error={subjectError}>
        <option value="">Choose a release, edition or recording…</option>
        {(['Releases', 'Editions', 'Recordings'] as const).map((group) => {
          const inGroup = options.filter((o) => o.group === group)
          return (
            inGroup.length > 0 && (
              <optgroup key={group} label={group}>
                {inGroup.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            )
          )
        })}
      </SelectField>
      <div className="field-row">
        <TextField
          label="Chart"
          path="chart"
          hint="The store or chart, like iTunes or Billboard 200"
          autoComplete="off"
          value={chart}
          onChange={(e) => setChart(e.target.value)}
          error={form.messageFor('chart')}
        />
        <TextField
          label="Genre"
          path="genre"
          isOptional
          hint="Like Pop; empty for the overall chart"
          autoComplete="off"
          value={genre}
          onChange={(e) => setGenre(e.target.value)}
          error={form.messageFor('genre')}
        />
      </div>
      <div className="field-row">
        <SelectField label="Kind" path="kind" value={kind} onChange={(e) => setKind(e.target.value)} error={form.messageFor('kind')}>
          {CHART_KINDS.map((k) => (
            <option key={k} value={k}>
              {labelOf(k)}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Territory"
          path="territory"
          isOptional
          hint="US, GB…; empty for worldwide"
          maxLength={2}
          autoComplete="off"
          className="field--short"
          value={territory}
          onChange={(e) => setTerritory(e.target.value.toUpperCase())}
          error={form.messageFor('territory')}
        />
      </div>
      <div className="field-row">
        <TextField
          label="Position"
          path="position"
          hint="No. 1 is the top"
          inputMode="numeric"
          autoComplete="off"
          value={position}
          onChange={(e) => setPosition(e.target.value)}
          error={form.messageFor('position')}
        />
        <TextField
          label="Chart date"
          path="chartDate"
          type="date"
          value={chartDate}
          onChange={(e) => setChartDate(e.target.value)}
          error={form.messageFor('chartDate')}
        />
      </div>
      <TextAreaField label="Notes" path="notes" isOptional rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} error={form.messageFor('notes')} />
    </EditForm>
  )
}
