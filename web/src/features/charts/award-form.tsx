import { useState } from 'react'
import { AWARD_RESULTS, AwardNominationBodySchema, UpdateAwardNominationBodySchema } from '../../../../src/contract/charts.ts'
import type { FieldIssue } from '../../api/api-problem.ts'
import { awardNominationsApi, type AwardNomination } from '../../api/charts-api.ts'
import { EditForm } from '../../components/edit-form.tsx'
import { SelectField, TextAreaField, TextField } from '../../components/field.tsx'
import { useSaveForm } from '../../components/use-save-form.ts'
import { labelOf } from '../../format/vocabulary.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { wholeNumberOf } from './chart-words.ts'

/** Who or what can be nominated, as the nominee select offers it: `act:<id>`, `person:<id>`, `recording:<id>`, `release-group:<id>`. */
export interface NomineeOption {
  value: string
  label: string
  group: 'Acts' | 'People' | 'Releases' | 'Recordings'
}

const FIELD_OF = { act: 'actId', person: 'personId', recording: 'recordingId', 'release-group': 'releaseGroupId' } as const

export function nomineeValue(n: AwardNomination): string {
  if (n.actId) return `act:${n.actId}`
  if (n.personId) return `person:${n.personId}`
  if (n.recordingId) return `recording:${n.recordingId}`
  return n.releaseGroupId ? `release-group:${n.releaseGroupId}` : ''
}

function nomineeFields(value: string) {
  const [kind, id] = value.split(':') as [keyof typeof FIELD_OF, string | undefined]
  return { actId: null, personId: null, recordingId: null, releaseGroupId: null, ...(id && FIELD_OF[kind] ? { [FIELD_OF[kind]]: id } : {}) }
}

interface AwardFormProps {
  nomination?: AwardNomination
  nominees: readonly NomineeOption[]
  defaultNominee?: string
  closeTo: string
  onSaved: () => void
}

/** Add (no `nomination`) or edit a nomination: award, category, year, the nominee and the result. */
export function AwardForm({ nomination, nominees, defaultNominee = '', closeTo, onSaved }: AwardFormProps) {
  const { slug } = useWorkspace()
  const [award, setAward] = useState(nomination?.award ?? '')
  const [category, setCategory] = useState(nomination?.category ?? '')
  const [year, setYear] = useState(nomination?.year.toString() ?? '')
  const [result, setResult] = useState<string>(nomination?.result ?? 'nominated')
  const [nominee, setNominee] = useState(nomination ? nomineeValue(nomination) : defaultNominee)
  const [ceremonyDate, setCeremonyDate] = useState(nomination?.ceremonyDate ?? '')
  const [notes, setNotes] = useState(nomination?.notes ?? '')
  const create = useSaveForm({ schema: AwardNominationBodySchema, save: (body) => awardNominationsApi.create(slug, body), onSaved })
  const update = useSaveForm({ schema: UpdateAwardNominationBodySchema, save: (body) => awardNominationsApi.update(slug, nomination?.id ?? '', body), onSaved })
  const form = nomination ? update : create

  function handleSubmit() {
    const own: FieldIssue[] = []
    if (!nominee) own.push({ path: 'actId', message: 'choose who or what was nominated' })
    if (typeof wholeNumberOf(year) !== 'number') own.push({ path: 'year', message: 'a year like 2013' })
    const body = { award, category, year: wholeNumberOf(year), result, ...nomineeFields(nominee), ceremonyDate: ceremonyDate || null, notes }
    void (nomination ? update.submit({ ...body, version: nomination.version }, own) : create.submit(body, own))
  }

  const nomineeError = form.messageFor('actId') ?? form.messageFor('personId') ?? form.messageFor('recordingId') ?? form.messageFor('releaseGroupId')
  return (
    <EditForm state={form.state} onSubmit={handleSubmit} submitLabel={nomination ? 'Save nomination' : 'Add nomination'} cancelTo={closeTo}>
      <div className="field-row">
        <TextField
          label="Award"
          path="award"
          hint="Like Teen Choice Awards"
          autoComplete="off"
          value={award}
          onChange={(e) => setAward(e.target.value)}
          error={form.messageFor('award')}
        />
        <TextField
          label="Category"
          path="category"
          hint="Like Choice Music Group"
          autoComplete="off"
          value={category}
          onChange={(e) => setCategory(e.target.value)}
          error={form.messageFor('category')}
        />
      </div>
      <SelectField label="Nominee" path="actId" value={nominee} onChange={(e) => setNominee(e.target.value)} error={nomineeError}>
        <option value="">Choose who or what was nominated…</option>
        {(['Acts', 'People', 'Releases', 'Recordings'] as const).map((group) => {
          const inGroup = nominees.filter((o) => o.group === group)
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
          label="Year"
          path="year"
          inputMode="numeric"
          maxLength={4}
          autoComplete="off"
          className="field--short"
          value={year}
          onChange={(e) => setYear(e.target.value)}
          error={form.messageFor('year')}
        />
        <SelectField label="Result" path="result" value={result} onChange={(e) => setResult(e.target.value)} error={form.messageFor('result')}>
          {AWARD_RESULTS.map((r) => (
            <option key={r} value={r}>
              {r === 'nominated' ? 'Nominated (no result yet)' : labelOf(r)}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Ceremony"
          path="ceremonyDate"
          isOptional
          type="date"
          value={ceremonyDate}
          onChange={(e) => setCeremonyDate(e.target.value)}
          error={form.messageFor('ceremonyDate')}
        />
      </div>
      <TextAreaField label="Notes" path="notes" isOptional rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} error={form.messageFor('notes')} />
    </EditForm>
  )
}
