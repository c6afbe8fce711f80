import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Link, useNavigate } from 'react-router'
import { SetlistSettingsBodySchema } from '../../../../src/contract/setlists.ts'
import { actsApi } from '../../api/catalog-api.ts'
import { setlistKeys, setlistsApi, type SetlistSettings } from '../../api/setlists-api.ts'
import type { Act } from '../../api/types.ts'
import { useResourceRecord } from '../../api/use-resource.ts'
import { CheckboxGroup } from '../../components/checkbox-group.tsx'
import { EditForm } from '../../components/edit-form.tsx'
import { SelectField, TextField } from '../../components/field.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { useSaveForm } from '../../components/use-save-form.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { bodyOfSettings, draftOfSettings, type SettingsDraft } from './setlist-settings-draft.ts'

/** The usual lineup roles, as suggestions for the acoustic player (a copy of LINEUP_ROLES, which the contract does not export). */
const ROLE_SUGGESTIONS = ['acoustic-guitar', 'guitar', 'bass', 'drums', 'keys', 'backing-vocals', 'member', 'dj', 'guest']

const CONSENSUS_OPTIONS = [
  { value: 'all', label: 'Every member', hint: 'Agreed when every member who counts has approved.' },
  { value: 'majority', label: 'A majority', hint: 'Agreed when more than half approve.' },
  { value: 'deciders', label: 'Named deciders', hint: 'Agreed when every decider you name approves.' },
] as const

const LABELS: Record<string, string> = {
  consensus: 'Consensus',
  deciderPersonIds: 'Deciders',
  'rules.durationWindow.minSeconds': 'Shortest running time',
  'rules.durationWindow.maxSeconds': 'Longest running time',
  'rules.newSongs.count': 'New songs',
  'rules.newSongs.sinceDate': 'New since',
  'rules.acousticSection.playerRole': 'Acoustic player',
  'rules.maxLeadRun': 'Lead singer in a row',
  'rules.differFromLastTourPct': 'Differ from the last tour',
  'rules.maxSameCityRepeatPct': 'Same-city repeats',
}

/** An act's set-list settings: who must agree, who counts, and the rules checked while editing. */
export function SetlistSettingsPage({ actId }: { actId: string }) {
  const { slug, href } = useWorkspace()
  const act = useResourceRecord(actsApi, slug, actId)
  const settings = useQuery({ queryKey: setlistKeys.settings(slug, actId), queryFn: () => setlistsApi.getSettings(slug, actId) })
  return (
    <>
      <PageHeader
        kicker={act.data ? <Link to={href(`/acts/${act.data.id}`)}>{act.data.name}</Link> : 'Act'}
        title="Set-list settings"
        documentTitle={act.data ? `Set-list settings · ${act.data.name}` : 'Set-list settings'}
        back={{ to: href('/setlists'), label: 'Set lists' }}
      >
        <p className="muted">
          Who must approve before a proposal becomes the agreed set list, and the rules every version is checked against while it is written.
        </p>
      </PageHeader>
      <QueryView query={act} notFound={{ to: href('/setlists'), label: 'Back to set lists' }}>
        {(a) => <QueryView query={settings}>{(s) => <SettingsForm key={s.version} act={a} settings={s} />}</QueryView>}
      </QueryView>
    </>
  )
}

function SettingsForm({ act, settings }: { act: Act; settings: SetlistSettings }) {
  const { slug, href, permissions } = useWorkspace()
  const navigate = useNavigate()
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOfSettings(settings))
  const set =
    <K extends keyof SettingsDraft>(field: K) =>
    (value: SettingsDraft[K]) =>
      setDraft((d) => ({ ...d, [field]: value }))
  const form = useSaveForm({
    schema: SetlistSettingsBodySchema,
    save: (body) => setlistsApi.putSettings(slug, act.id, body),
    onSaved: () => navigate(href('/setlists')),
  })
  const readOnly = !permissions.canEditPeople
  // The people picker: the act's current members first (one line per person, whatever their roles).
  const people = new Map<string, { name: string; role: string; current: boolean }>()
  for (const m of act.memberships) {
    const current = m.endDate === null
    const known = people.get(m.personId)
    if (!known || (current && !known.current)) people.set(m.personId, { name: m.personName, role: m.role, current })
  }
  const pickable = [...people.entries()]
    .filter(([id, p]) => p.current || draft.deciderPersonIds.includes(id))
    .sort(([, a], [, b]) => Number(b.role === 'member') - Number(a.role === 'member') || a.name.localeCompare(b.name))
    .map(([id, p]) => ({ value: id, label: p.role === 'member' ? p.name : `${p.name} (${p.role})` }))

  function handleSubmit() {
    const { body, issues } = bodyOfSettings(draft, settings.version)
    void form.submit(body, issues)
  }
  const field = <K extends keyof SettingsDraft>(name: K) => ({
    value: draft[name] as string,
    onChange: (e: { target: { value: string } }) => set(name)(e.target.value as SettingsDraft[K]),
    disabled: readOnly,
  })
  const check = <K extends keyof SettingsDraft>(name: K) => ({
    checked: draft[name] as boolean,
    onChange: (e: { target: { checked: boolean } }) => set(name)(e.target.checked as SettingsDraft[K]),
    disabled: readOnly,
  })

  const fields = (
    <>
      {readOnly && <p className="notice">Your role can read these settings; an owner, manager or member changes them.</p>}
      <fieldset className="fieldset settings-group" id="field-consensus">
        <legend className="field-label">Agreed when</legend>
        {CONSENSUS_OPTIONS.map((o) => (
          <label key={o.value} className="checkbox-option">
            <input
              type="radio"
              name="consensus"
              className="checkbox"
              value={o.value}
              checked={draft.consensus === o.value}
              disabled={readOnly}
              onChange={() => set('consensus')(o.value)}
            />
            <span>
              {o.label} <span className="muted">— {o.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {draft.consensus === 'deciders' && (
        <CheckboxGroup
          legend="Deciders"
          path="deciderPersonIds"
          options={pickable}
          selected={draft.deciderPersonIds}
          onChange={readOnly ? () => undefined : set('deciderPersonIds')}
          error={form.messageUnder('deciderPersonIds')}
          hint={`Among the people of ${act.name}.`}
        />
      )}
      <label className="checkbox-option">
        <input type="checkbox" className="checkbox" {...check('countTouringMusicians')} />
        <span>Touring musicians count toward consensus (otherwise they comment, but their answer does not count)</span>
      </label>

      <h2 className="section-title settings-heading">Rules</h2>
      <p className="field-hint">Checked while a set list is written; each problem shows on its entry. Leave a rule off to not check it.</p>

      <RuleToggle label="Running time between" checked={draft.durationOn} onChange={set('durationOn')} disabled={readOnly}>
        <div className="field-row">
          <TextField
            label="At least (minutes)"
            path="rules.durationWindow.minSeconds"
            inputMode="numeric"
            {...field('durationMin')}
            error={form.messageFor('rules.durationWindow.minSeconds')}
          />
          <TextField
            label="At most (minutes)"
            path="rules.durationWindow.maxSeconds"
            inputMode="numeric"
            {...field('durationMax')}
            error={form.messageFor('rules.durationWindow.maxSeconds')}
          />
        </div>
      </RuleToggle>

      <RuleToggle label="New songs" checked={draft.newSongsOn} onChange={set('newSongsOn')} disabled={readOnly}>
        <div className="field-row field-row--3">
          <SelectField label="How many" path="rules.newSongs.mode" {...field('newSongsMode')} error={form.messageFor('rules.newSongs.mode')}>
            <option value="at-least">At least</option>
            <option value="exactly">Exactly</option>
          </SelectField>
          <TextField
            label="Songs"
            path="rules.newSongs.count"
            inputMode="numeric"
            {...field('newSongsCount')}
            error={form.messageFor('rules.newSongs.count')}
          />
          <TextField
            label="Released since"
            path="rules.newSongs.sinceDate"
            type="date"
            {...field('newSongsSince')}
            error={form.messageFor('rules.newSongs.sinceDate')}
          />
        </div>
      </RuleToggle>

      <RuleToggle label="Acoustic section" checked={draft.acousticOn} onChange={set('acousticOn')} disabled={readOnly}>
        <TextField
          label="Only when this player is in the show's lineup"
          path="rules.acousticSection.playerRole"
          list="acoustic-roles"
          hint="A lineup role, like acoustic-guitar."
          {...field('acousticRole')}
          error={form.messageFor('rules.acousticSection.playerRole')}
        />
        <datalist id="acoustic-roles">
          {ROLE_SUGGESTIONS.map((r) => (
            <option key={r} value={r} />
          ))}
        </datalist>
        <label className="checkbox-option">
          <input type="checkbox" className="checkbox" {...check('acousticMidSet')} />
          <span>Mid-set (not first or last)</span>
        </label>
      </RuleToggle>

      <label className="checkbox-option">
        <input type="checkbox" className="checkbox" {...check('guestSongsNeedBilledGuest')} />
        <span>Songs with a guest only when the guest is billed on the show</span>
      </label>

      <div className="field-row field-row--3">
        <TextField
          label="Lead singer at most … songs in a row"
          path="rules.maxLeadRun"
          isOptional
          inputMode="numeric"
          {...field('maxLeadRun')}
          error={form.messageFor('rules.maxLeadRun')}
        />
        <TextField
          label="Differ from the last tour by at least … %"
          path="rules.differFromLastTourPct"
          isOptional
          inputMode="numeric"
          {...field('differPct')}
          error={form.messageFor('rules.differFromLastTourPct')}
        />
        <TextField
          label="Repeat at most … % of the last set in the same city"
          path="rules.maxSameCityRepeatPct"
          isOptional
          inputMode="numeric"
          {...field('sameCityPct')}
          error={form.messageFor('rules.maxSameCityRepeatPct')}
        />
      </div>
    </>
  )
  if (readOnly) return <div className="form">{fields}</div>
  return (
    <EditForm state={form.state} onSubmit={handleSubmit} submitLabel="Save settings" cancelTo={href('/setlists')} labelFor={(path) => LABELS[path]}>
      {fields}
    </EditForm>
  )
}

function RuleToggle({
  label,
  checked,
  onChange,
  disabled,
  children,
}: {
  label: string
  checked: boolean
  onChange: (on: boolean) => void
  disabled: boolean
  children: React.ReactNode
}) {
  return (
    <div className={`settings-rule${checked ? ' is-on' : ''}`}>
      <label className="checkbox-option">
        <input type="checkbox" className="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
        <span className="settings-rule-label">{label}</span>
      </label>
      {checked && <div className="settings-rule-body">{children}</div>}
    </div>
  )
}
