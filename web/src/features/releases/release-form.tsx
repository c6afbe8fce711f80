import { useState } from 'react'
import { useNavigate } from 'react-router'
import { ReleaseGroupBodySchema, ReleaseGroupSchema, UpdateReleaseGroupBodySchema } from '../../../../src/contract/catalog.ts'
import { actsApi, recordingsApi, releasesApi } from '../../api/catalog-api.ts'
import type { ReleaseGroup } from '../../api/types.ts'
import { useResourceList } from '../../api/use-resource.ts'
import { EditForm } from '../../components/edit-form.tsx'
import { SelectField, TextAreaField, TextField } from '../../components/field.tsx'
import { useSaveForm } from '../../components/use-save-form.ts'
import { labelOf } from '../../format/vocabulary.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { EditionEditor } from './edition-editor.tsx'
import { bodyOf, draftOf, emptyEdition, type EditionDraft, type ReleaseDraft } from './release-draft.ts'

const KINDS = ReleaseGroupSchema.shape.kind.options

/** Create (no `release`) or edit an album, EP or single with its editions and track lists. */
export function ReleaseForm({ release }: { release?: ReleaseGroup }) {
  const { slug, href } = useWorkspace()
  const navigate = useNavigate()
  const acts = useResourceList(actsApi, slug)
  const recordings = useResourceList(recordingsApi, slug)
  const albums = useResourceList(releasesApi, slug)
  const [draft, setDraft] = useState<ReleaseDraft>(() => draftOf(release))
  const set =
    <K extends keyof ReleaseDraft>(field: K) =>
    (value: ReleaseDraft[K]) =>
      setDraft((d) => ({ ...d, [field]: value }))
  const onSaved = (saved: ReleaseGroup) => navigate(href(`/releases/${saved.id}`))
  const create = useSaveForm({ schema: ReleaseGroupBodySchema, save: (body) => releasesApi.create(slug, body), onSaved })
  const update = useSaveForm({ schema: UpdateReleaseGroupBodySchema, save: (body) => releasesApi.update(slug, release?.id ?? '', body), onSaved })
  const form = release ? update : create

  function handleSubmit() {
    const { body, issues } = bodyOf(draft)
    void (release ? update.submit({ ...body, version: release.version }, issues) : create.submit(body, issues))
  }

  function setEdition(index: number, edition: EditionDraft) {
    set('editions')(draft.editions.map((e, i) => (i === index ? edition : e)))
  }

  const albumChoices = (albums.data ?? []).filter((r) => r.kind !== 'single' && r.id !== release?.id)
  return (
    <EditForm
      state={form.state}
      onSubmit={handleSubmit}
      submitLabel={release ? 'Save release' : 'Add release'}
      cancelTo={release ? href(`/releases/${release.id}`) : href('/releases')}
    >
      <div className="field-row">
        <TextField label="Title" path="title" value={draft.title} onChange={(e) => set('title')(e.target.value)} error={form.messageFor('title')} />
        <SelectField label="Act" path="actId" value={draft.actId} onChange={(e) => set('actId')(e.target.value)} error={form.messageFor('actId')}>
          <option value="">Choose an act…</option>
          {acts.data?.map((act) => (
            <option key={act.id} value={act.id}>
              {act.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Kind" path="kind" value={draft.kind} onChange={(e) => set('kind')(e.target.value)} error={form.messageFor('kind')}>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {labelOf(kind)}
            </option>
          ))}
        </SelectField>
      </div>
      {draft.kind === 'single' && (
        <div className="field-row">
          <SelectField
            label="Single from"
            path="singleOfId"
            isOptional
            value={draft.singleOfId}
            onChange={(e) => set('singleOfId')(e.target.value)}
            error={form.messageFor('singleOfId')}
          >
            <option value="">Not from an album</option>
            {albumChoices.map((album) => (
              <option key={album.id} value={album.id}>
                {album.title}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Which single"
            path="singleOrder"
            isOptional
            inputMode="numeric"
            hint="1 for the first single, 2 for the second…"
            value={draft.singleOrder}
            onChange={(e) => set('singleOrder')(e.target.value)}
            error={form.messageFor('singleOrder')}
          />
        </div>
      )}
      <TextAreaField
        label="Notes"
        path="notes"
        isOptional
        value={draft.notes}
        onChange={(e) => set('notes')(e.target.value)}
        error={form.messageFor('notes')}
      />

      <h3 className="section-title">Editions</h3>
      {form.messageFor('editions') && <p className="field-error">{form.messageFor('editions')}</p>}
      <div className="editions editions--editor">
        {draft.editions.map((edition, i) => (
          <EditionEditor
            key={edition.key}
            edition={edition}
            index={i}
            onChange={(next) => setEdition(i, next)}
            onRemove={() => set('editions')(draft.editions.filter((_, j) => j !== i))}
            onDuplicate={(copy) => set('editions')([...draft.editions, copy])}
            recordings={recordings.data ?? []}
            actId={draft.actId}
            messageFor={form.messageFor}
            messageUnder={form.messageUnder}
          />
        ))}
      </div>
      <button
        type="button"
        className="button"
        onClick={() => set('editions')([...draft.editions, emptyEdition(draft.editions.length === 0 ? 'Standard edition' : '')])}
      >
        Add edition
      </button>
    </EditForm>
  )
}
