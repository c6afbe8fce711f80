import { useState } from 'react'
import { WorkPublishingBodySchema } from '../../../../src/contract/publishing.ts'
import { publishingApi, type WorkPublishing } from '../../api/publishing-api.ts'
import { organizationsApi } from '../../api/rights-api.ts'
import { useResourceList } from '../../api/use-resource.ts'
import { EditForm } from '../../components/edit-form.tsx'
import { Field, SelectField, TextField } from '../../components/field.tsx'
import { useSaveForm } from '../../components/use-save-form.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'

interface Row {
  personId: string
  publisherId: string
  administratorId: string
  controlled: boolean
  pr: string
  mr: string
  sr: string
  ipi: string
  society: string
}

const LABELS: Record<string, string> = {
  publisherId: 'Publisher',
  administratorId: 'Administrator',
  prSharePercent: 'PR share',
  mrSharePercent: 'MR share',
  srSharePercent: 'SR share',
  ipiNameNumber: 'IPI',
  society: 'Society',
  personId: 'Writer',
}
const numberOr0 = (s: string) => (s.trim() === '' ? 0 : Number(s.replace(',', '.')))

/** Each writer's publisher, administrator and the shares of the work the publisher collects. */
export function PublishingForm({ publishing, onDone }: { publishing: WorkPublishing; onDone: () => void }) {
  const { slug } = useWorkspace()
  const organizations = useResourceList(organizationsApi, slug)
  const publishers = (organizations.data ?? []).filter((o) => o.kind === 'publisher' || o.kind === 'administrator')
  const [rows, setRows] = useState<Row[]>(() =>
    publishing.writers.map((w) => ({
      personId: w.personId,
      publisherId: w.publisher?.id ?? '',
      administratorId: w.administrator?.id ?? '',
      controlled: w.controlled,
      pr: String(w.prSharePercent),
      mr: String(w.mrSharePercent),
      sr: String(w.srSharePercent),
      ipi: w.ipiNameNumber ?? '',
      society: w.society ?? '',
    })),
  )
  const form = useSaveForm({ schema: WorkPublishingBodySchema, save: (body) => publishingApi.saveWork(slug, publishing.workId, body), onSaved: onDone })
  const set = (i: number, patch: Partial<Row>) => setRows((all) => all.map((r, j) => (j === i ? { ...r, ...patch } : r)))

  function standardDeal(i: number) {
    const share = publishing.writers[i]?.sharePercent ?? 0
    set(i, { pr: String(Math.floor(share * 50) / 100), mr: String(share), sr: String(share) })
  }

  function handleSubmit() {
    void form.submit({
      version: publishing.version,
      writers: rows.map((r) => ({
        personId: r.personId,
        publisherId: r.publisherId || null,
        administratorId: r.publisherId ? r.administratorId || null : null,
        controlled: r.controlled,
        prSharePercent: numberOr0(r.pr),
        mrSharePercent: numberOr0(r.mr),
        srSharePercent: numberOr0(r.sr),
        ipiNameNumber: r.ipi.trim() || null,
        society: r.society.trim() || null,
      })),
    })
  }

  return (
    <EditForm
      state={form.state}
      onSubmit={handleSubmit}
      submitLabel="Save publishing"
      labelFor={(path) => {
        const [, i, field] = path.split('.')
        const w = publishing.writers[Number(i)]
        return w && field ? `${w.personName}: ${LABELS[field] ?? field}` : undefined
      }}
    >
      {publishing.writers.map((w, i) => {
        const r = rows[i]!
        const at = (field: string) => `writers.${i}.${field}`
        return (
          <fieldset key={w.personId} className="fieldset publishing-writer">
            <legend className="field-label">
              {w.personName} — {w.sharePercent === null ? 'share not known yet' : `${w.sharePercent} % of the work`}
            </legend>
            <div className="field-row">
              <TextField
                label="IPI name number"
                path={at('ipiNameNumber')}
                isOptional
                inputMode="numeric"
                value={r.ipi}
                onChange={(e) => set(i, { ipi: e.target.value })}
                error={form.messageFor(at('ipiNameNumber'))}
                hint="11 digits; kept for all their songs."
              />
              <TextField
                label="Society (PRO)"
                path={at('society')}
                isOptional
                value={r.society}
                onChange={(e) => set(i, { society: e.target.value })}
                error={form.messageFor(at('society'))}
                hint="e.g. ASCAP, BMI, PRS"
              />
            </div>
            <div className="field-row">
              <SelectField
                label="Publisher"
                path={at('publisherId')}
                value={r.publisherId}
                onChange={(e) =>
                  set(i, { publisherId: e.target.value, ...(e.target.value ? {} : { administratorId: '', controlled: false, pr: '0', mr: '0', sr: '0' }) })
                }
                error={form.messageFor(at('publisherId'))}
                hint="Add publishers under Organisations."
              >
                <option value="">None (unpublished)</option>
                {publishers.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </SelectField>
              <SelectField
                label="Administrator"
                path={at('administratorId')}
                isOptional
                disabled={!r.publisherId}
                value={r.administratorId}
                onChange={(e) => set(i, { administratorId: e.target.value })}
                error={form.messageFor(at('administratorId'))}
              >
                <option value="">None</option>
                {publishers
                  .filter((o) => o.id !== r.publisherId)
                  .map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
              </SelectField>
            </div>
            <div className="field-row">
              <TextField
                label="PR %"
                path={at('prSharePercent')}
                inputMode="decimal"
                className="field--short"
                value={r.pr}
                onChange={(e) => set(i, { pr: e.target.value })}
                error={form.messageFor(at('prSharePercent'))}
                hint="Performing; at most half the writer’s share."
              />
              <TextField
                label="MR %"
                path={at('mrSharePercent')}
                inputMode="decimal"
                className="field--short"
                value={r.mr}
                onChange={(e) => set(i, { mr: e.target.value })}
                error={form.messageFor(at('mrSharePercent'))}
                hint="Mechanical."
              />
              <TextField
                label="SR %"
                path={at('srSharePercent')}
                inputMode="decimal"
                className="field--short"
                value={r.sr}
                onChange={(e) => set(i, { sr: e.target.value })}
                error={form.messageFor(at('srSharePercent'))}
                hint="Synchronisation."
              />
            </div>
            <div className="choice-row">
              <Field
                label="Controlled by us (sent as SWR in CWR)"
                path={at('controlled')}
                className="field--checkbox"
                error={form.messageFor(at('controlled'))}
              >
                {(control) => (
                  <input
                    type="checkbox"
                    className="checkbox"
                    checked={r.controlled}
                    disabled={!r.publisherId}
                    onChange={(e) => set(i, { controlled: e.target.checked })}
                    {...control}
                  />
                )}
              </Field>
              <button type="button" className="button button--small" disabled={!r.publisherId || w.sharePercent === null} onClick={() => standardDeal(i)}>
                Standard deal (½ PR, all MR and SR)
              </button>
            </div>
          </fieldset>
        )
      })}
    </EditForm>
  )
}
