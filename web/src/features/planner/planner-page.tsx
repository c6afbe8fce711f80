import { useState } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Link, useParams, useSearchParams } from 'react-router'
import { PlannerSettingsBodySchema } from '../../../../src/contract/planner-runs.ts'
import { actsApi, recordingsApi } from '../../api/catalog-api.ts'
import { plannerApi, plannerKeys, PLANNER_GOAL_LABELS, type PlannerSettings } from '../../api/planner-api.ts'
import { showsApi, toursApi } from '../../api/touring-api.ts'
import { useResourceRecord } from '../../api/use-resource.ts'
import { CheckboxGroup } from '../../components/checkbox-group.tsx'
import { EditForm } from '../../components/edit-form.tsx'
import { SelectField, TextField } from '../../components/field.tsx'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { useSaveForm } from '../../components/use-save-form.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { ARC_PRESETS, bodyOfPlannerSettings, draftOfPlannerSettings, GOALS, ROTATION_LABELS, type PlannerSettingsDraft } from './planner-settings-draft.ts'
import { RunPanel } from './run-panel.tsx'
import './planner.css'

const BUDGETS = [
  { ms: 1000, label: '1 second (quick look)' },
  { ms: 3000, label: '3 seconds' },
  { ms: 10000, label: '10 seconds (a whole tour)' },
  { ms: 30000, label: '30 seconds (best effort)' },
]

/**
 * The planner of one act: plan a show (one suggestion) or a leg or tour (one per show), follow and
 * cancel runs, and the act's planner settings. `?show=`, `?leg=` or `?tour=` preselect the target.
 */
export function PlannerPage() {
  const { actId = '' } = useParams()
  const { slug, href } = useWorkspace()
  const act = useResourceRecord(actsApi, slug, actId)
  return (
    <>
      <PageHeader
        kicker={act.data ? <Link to={href(`/acts/${act.data.id}`)}>{act.data.name}</Link> : 'Act'}
        title="Set-list planner"
        documentTitle={act.data ? `Planner · ${act.data.name}` : 'Planner'}
        back={{ to: href('/setlists'), label: 'Set lists' }}
      >
        <p className="muted">
          The planner picks and orders songs from the repertoire so that every rule of the act holds and the goals below score best, then sends its suggestion
          round as a proposal the band answers like any other.
        </p>
      </PageHeader>
      <QueryView query={act} notFound={{ to: href('/setlists'), label: 'Back to set lists' }}>
        {(a) => (
          <>
            <StartPlan actId={a.id} />
            <RecentRuns actId={a.id} />
            <PlannerSettingsSection actId={a.id} />
          </>
        )}
      </QueryView>
    </>
  )
}

type Target = { kind: 'show' | 'leg' | 'tour'; id: string }

function StartPlan({ actId }: { actId: string }) {
  const { slug, permissions } = useWorkspace()
  const [params] = useSearchParams()
  const preset: Target | null = params.get('show')
    ? { kind: 'show', id: params.get('show')! }
    : params.get('leg')
      ? { kind: 'leg', id: params.get('leg')! }
      : params.get('tour')
        ? { kind: 'tour', id: params.get('tour')! }
        : null
  const [target, setTarget] = useState(preset ? `${preset.kind}:${preset.id}` : '')
  const [budget, setBudget] = useState(String(preset?.kind === 'show' || !preset ? 3000 : 10000))
  const [seed, setSeed] = useState('')
  const [started, setStarted] = useState<string | null>(null)
  const shows = useQuery({ queryKey: [...plannerKeys.all(slug), 'shows', actId], queryFn: () => showsApi.list(slug, { actId }) })
  const tours = useQuery({
    queryKey: [...plannerKeys.all(slug), 'tours', actId],
    queryFn: async () => Promise.all((await toursApi.list(slug, { actId })).map((t) => toursApi.get(slug, t.id))),
  })
  const queryClient = useQueryClient()
  const start = useMutation({
    mutationFn: () => {
      const [kind, id] = target.split(':') as [Target['kind'], string]
      return plannerApi.start(slug, { actId, targetKind: kind, targetId: id, budgetMs: Number(budget), ...(seed.trim() ? { seed: Number(seed) } : {}) })
    },
    onSuccess: (run) => {
      setStarted(run.id)
      void queryClient.invalidateQueries({ queryKey: plannerKeys.all(slug) })
    },
  })
  const canPlan = permissions.canEditCatalog
  const ownShows = (shows.data ?? []).filter((s) => s.actId === actId && s.status !== 'cancelled')
  const tourOfShow = new Map((tours.data ?? []).flatMap((t) => t.shows.map((s) => [s.id, t.id] as const)))
  const problem = start.error as (Error & { errors?: { path: string; message: string }[] }) | null
  return (
    <section className="section" aria-labelledby="plan-start">
      <h2 id="plan-start" className="section-title">
        Plan
      </h2>
      {!canPlan && <p className="notice">Your role can read plans; the act's members and the managers start them.</p>}
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault()
          if (target) start.mutate()
        }}
      >
        <SelectField
          label="For"
          path="targetId"
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          disabled={!canPlan}
          hint="One show gets one suggestion; a leg or a tour gets one per show, varied from show to show."
        >
          <option value="">Choose a show, leg or tour…</option>
          {(tours.data ?? []).map((t) => (
            <optgroup key={t.id} label={t.name}>
              <option value={`tour:${t.id}`}>The whole tour ({t.shows.length} shows)</option>
              {t.legs.map((l) => (
                <option key={l.id} value={`leg:${l.id}`}>
                  Leg: {l.name}
                </option>
              ))}
              {ownShows
                .filter((s) => tourOfShow.get(s.id) === t.id)
                .map((s) => (
                  <option key={s.id} value={`show:${s.id}`}>
                    {s.localDate} · {s.venueName}, {s.city}
                  </option>
                ))}
            </optgroup>
          ))}
          {ownShows.some((s) => !tourOfShow.has(s.id)) && (
            <optgroup label="Other shows">
              {ownShows
                .filter((s) => !tourOfShow.has(s.id))
                .map((s) => (
                  <option key={s.id} value={`show:${s.id}`}>
                    {s.localDate} · {s.venueName}, {s.city}
                  </option>
                ))}
            </optgroup>
          )}
        </SelectField>
        {target.startsWith('tour:') || target.startsWith('leg:') ? (
          <TourRotationField
            tourId={target.startsWith('tour:') ? target.slice(5) : ((tours.data ?? []).find((t) => t.legs.some((l) => `leg:${l.id}` === target))?.id ?? null)}
            disabled={!canPlan}
          />
        ) : null}
        <div className="field-row">
          <SelectField label="Time to think" path="budgetMs" value={budget} onChange={(e) => setBudget(e.target.value)} disabled={!canPlan}>
            {BUDGETS.map((b) => (
              <option key={b.ms} value={b.ms}>
                {b.label}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Seed"
            path="seed"
            isOptional
            inputMode="numeric"
            value={seed}
            onChange={(e) => setSeed(e.target.value)}
            disabled={!canPlan}
            hint="The same seed gives the same plan."
            error={problem?.errors?.find((i) => i.path === 'seed')?.message}
          />
        </div>
        {problem && (
          <div className="notice notice--danger" role="alert">
            {problem.errors?.length ? problem.errors.map((i) => <p key={i.path}>{i.message}</p>) : problem.message}
          </div>
        )}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={!canPlan || !target || start.isPending}>
            {start.isPending ? 'Starting…' : 'Suggest a set list'}
          </button>
        </div>
      </form>
      {started && <RunPanel runId={started} />}
    </section>
  )
}

/** The tour's own rotation, saved as soon as it is chosen ("the act's" follows the planner settings below). */
function TourRotationField({ tourId, disabled }: { tourId: string | null; disabled: boolean }) {
  const { slug } = useWorkspace()
  const queryClient = useQueryClient()
  const key = [...plannerKeys.all(slug), 'tour-rotation', tourId]
  const current = useQuery({ queryKey: key, queryFn: () => plannerApi.getTourRotation(slug, tourId!), enabled: !!tourId })
  const save = useMutation({
    mutationFn: (mode: string) => {
      const r = current.data!
      const rotation = mode === '' ? null : { ...(r.rotation ?? r.actRotation), mode: mode as PlannerSettingsDraft['rotationMode'] }
      return plannerApi.putTourRotation(slug, tourId!, { rotation, version: r.version })
    },
    onSuccess: (saved) => queryClient.setQueryData(key, saved),
  })
  if (!tourId || !current.data) return null
  const r = current.data
  return (
    <SelectField
      label="This tour's shows"
      path="rotation.mode"
      value={r.rotation?.mode ?? ''}
      disabled={disabled || save.isPending}
      onChange={(e) => save.mutate(e.target.value)}
      hint={save.error ? save.error.message : 'Saved for the tour when chosen; a leg follows its tour.'}
    >
      <option value="">As the act's settings say ({ROTATION_LABELS[r.actRotation.mode].toLowerCase()})</option>
      {Object.entries(ROTATION_LABELS).map(([mode, label]) => (
        <option key={mode} value={mode}>
          {label}
        </option>
      ))}
    </SelectField>
  )
}

function RecentRuns({ actId }: { actId: string }) {
  const { slug } = useWorkspace()
  const runs = useQuery({ queryKey: plannerKeys.runs(slug, { actId }), queryFn: () => plannerApi.listRuns(slug, { actId }) })
  const [open, setOpen] = useState<string | null>(null)
  if (!runs.data || runs.data.length === 0) return null
  return (
    <section className="section" aria-labelledby="plan-recent">
      <h2 id="plan-recent" className="section-title">
        Recent plans
      </h2>
      <ul className="link-list">
        {runs.data.map((r) => (
          <li key={r.id}>
            <button type="button" className="link-row link-row--button" aria-expanded={open === r.id} onClick={() => setOpen(open === r.id ? null : r.id)}>
              <span className="link-row-title">{r.targetLabel ?? r.targetKind}</span>
              <span className="link-row-meta">
                {r.requestedByName} · {new Date(r.createdAt).toLocaleString()} · {r.status}
              </span>
            </button>
            {open === r.id && <RunPanel runId={r.id} />}
          </li>
        ))}
      </ul>
    </section>
  )
}

const LABELS: Record<string, string> = {
  energyArc: 'Energy arc',
  'setSize.max': 'Songs in the set',
  'acousticBlock.max': 'Songs in the acoustic section',
  encoreSongs: 'Encore songs',
  'rotation.slots': 'Rotating slots',
  'rotation.noRepeatWithin': 'No repeat within',
  ...Object.fromEntries(GOALS.map((g) => [`weights.${g}`, PLANNER_GOAL_LABELS[g]])),
}

function PlannerSettingsSection({ actId }: { actId: string }) {
  const { slug } = useWorkspace()
  const settings = useQuery({ queryKey: plannerKeys.settings(slug, actId), queryFn: () => plannerApi.getSettings(slug, actId) })
  const recordings = useQuery({ queryKey: [...plannerKeys.all(slug), 'recordings', actId], queryFn: () => recordingsApi.list(slug, { actId }) })
  return (
    <section className="section" aria-labelledby="plan-settings">
      <h2 id="plan-settings" className="section-title">
        What the planner aims for
      </h2>
      <p className="field-hint">
        The hard rules (running time, new songs, acoustic section, lead-singer runs, differ from the last tour) are the act's set-list settings; these are the
        planner's own.
      </p>
      <QueryView query={settings}>
        {(s) => (
          <SettingsForm
            key={s.version}
            actId={actId}
            settings={s}
            songs={(recordings.data ?? []).filter((r) => r.kind !== 'demo').map((r) => ({ value: r.id, label: r.title }))}
          />
        )}
      </QueryView>
    </section>
  )
}

function SettingsForm({ actId, settings, songs }: { actId: string; settings: PlannerSettings; songs: { value: string; label: string }[] }) {
  const { slug, permissions } = useWorkspace()
  const [draft, setDraft] = useState<PlannerSettingsDraft>(() => draftOfPlannerSettings(settings))
  const [saved, setSaved] = useState(false)
  const form = useSaveForm({ schema: PlannerSettingsBodySchema, save: (body) => plannerApi.putSettings(slug, actId, body), onSaved: () => setSaved(true) })
  const readOnly = !permissions.canEditPeople
  const set = <K extends keyof PlannerSettingsDraft>(k: K, v: PlannerSettingsDraft[K]) => {
    setSaved(false)
    setDraft((d) => ({ ...d, [k]: v }))
  }
  const fields = (
    <>
      <fieldset className="fieldset">
        <legend className="field-label">How much each goal matters (0 = ignore, 10 = most)</legend>
        <div className="field-row field-row--3">
          {GOALS.map((g) => (
            <TextField
              key={g}
              label={PLANNER_GOAL_LABELS[g]}
              path={`weights.${g}`}
              inputMode="decimal"
              value={draft.weights[g]}
              disabled={readOnly}
              onChange={(e) => set('weights', { ...draft.weights, [g]: e.target.value })}
              error={form.messageFor(`weights.${g}`)}
            />
          ))}
        </div>
      </fieldset>
      <div className="field-row">
        <SelectField
          label="Energy shape"
          path="energyArcPreset"
          value=""
          disabled={readOnly}
          onChange={(e) => {
            const arc = ARC_PRESETS[e.target.value]
            if (e.target.value) set('arc', arc ? arc.join(', ') : '')
          }}
        >
          <option value="">Start from a shape…</option>
          {Object.keys(ARC_PRESETS).map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Energy arc"
          path="energyArc"
          isOptional
          value={draft.arc}
          disabled={readOnly}
          onChange={(e) => set('arc', e.target.value)}
          hint="Energy from the first song to the last, 0 to 1, e.g. 0.8, 0.5, 1. Empty: a build-up to the end."
          error={form.messageFor('energyArc')}
        />
      </div>
      <div className="field-row field-row--3">
        <TextField
          label="Fewest songs"
          path="setSize.min"
          isOptional
          inputMode="numeric"
          value={draft.setSizeMin}
          disabled={readOnly}
          onChange={(e) => set('setSizeMin', e.target.value)}
          error={form.messageFor('setSize.min')}
        />
        <TextField
          label="Most songs"
          path="setSize.max"
          isOptional
          inputMode="numeric"
          value={draft.setSizeMax}
          disabled={readOnly}
          onChange={(e) => set('setSizeMax', e.target.value)}
          error={form.messageFor('setSize.max')}
        />
        <TextField
          label="Encore: last … songs"
          path="encoreSongs"
          isOptional
          inputMode="numeric"
          value={draft.encoreSongs}
          disabled={readOnly}
          onChange={(e) => set('encoreSongs', e.target.value)}
          error={form.messageFor('encoreSongs')}
        />
      </div>
      <div className="field-row">
        <TextField
          label="Acoustic section: fewest songs"
          path="acousticBlock.min"
          isOptional
          inputMode="numeric"
          value={draft.acousticMin}
          disabled={readOnly}
          onChange={(e) => set('acousticMin', e.target.value)}
          error={form.messageFor('acousticBlock.min')}
        />
        <TextField
          label="Acoustic section: most songs"
          path="acousticBlock.max"
          isOptional
          inputMode="numeric"
          value={draft.acousticMax}
          disabled={readOnly}
          onChange={(e) => set('acousticMax', e.target.value)}
          error={form.messageFor('acousticBlock.max')}
        />
      </div>
      <div className="field-row">
        <SelectField
          label="Always open with"
          path="pinned.0.recordingId"
          isOptional
          value={draft.opener}
          disabled={readOnly}
          onChange={(e) => set('opener', e.target.value)}
        >
          <option value="">The planner chooses</option>
          {songs.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Always close with"
          path="pinned.1.recordingId"
          isOptional
          value={draft.closer}
          disabled={readOnly}
          onChange={(e) => set('closer', e.target.value)}
        >
          <option value="">The planner chooses</option>
          {songs.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="field-row field-row--3">
        <SelectField
          label="A tour's shows"
          path="rotation.mode"
          value={draft.rotationMode}
          disabled={readOnly}
          onChange={(e) => set('rotationMode', e.target.value as PlannerSettingsDraft['rotationMode'])}
          hint="The core is the act's singles and fan favourites. A tour can choose its own on the plan form."
        >
          {Object.entries(ROTATION_LABELS).map(([mode, label]) => (
            <option key={mode} value={mode}>
              {label}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Rotating slots"
          path="rotation.slots"
          inputMode="numeric"
          value={draft.rotationSlots}
          disabled={readOnly || draft.rotationMode !== 'core-rotating'}
          onChange={(e) => set('rotationSlots', e.target.value)}
          error={form.messageFor('rotation.slots')}
        />
        <TextField
          label="No repeat within … shows"
          path="rotation.noRepeatWithin"
          inputMode="numeric"
          value={draft.rotationWithin}
          disabled={readOnly || draft.rotationMode !== 'core-rotating'}
          onChange={(e) => set('rotationWithin', e.target.value)}
          error={form.messageFor('rotation.noRepeatWithin')}
        />
      </div>
      <CheckboxGroup
        legend="Fan favourites"
        path="fanDemand"
        options={songs}
        selected={draft.favourites}
        onChange={readOnly ? () => undefined : (v) => set('favourites', v)}
        hint="Songs the fans ask for: the fan-demand goal favours them."
        error={form.messageUnder('fanDemand')}
      />
      <CheckboxGroup
        legend="Never play"
        path="excluded"
        options={songs}
        selected={draft.excluded}
        onChange={readOnly ? () => undefined : (v) => set('excluded', v)}
        error={form.messageUnder('excluded')}
      />
      {saved && (
        <p className="notice" role="status">
          Saved. The next plan uses these settings.
        </p>
      )}
    </>
  )
  if (readOnly) return <div className="form">{fields}</div>
  return (
    <EditForm
      state={form.state}
      onSubmit={() => {
        const { body, issues } = bodyOfPlannerSettings(draft, settings)
        void form.submit(body, issues)
      }}
      submitLabel="Save planner settings"
      labelFor={(p) => LABELS[p]}
    >
      {fields}
    </EditForm>
  )
}
