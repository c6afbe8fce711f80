import { useState } from 'react'
import { useNavigate } from 'react-router'
import { ActBodySchema, ActSchema, UpdateActBodySchema } from '../../../../src/contract/people.ts'
import { actsApi } from '../../api/catalog-api.ts'
import type { Act } from '../../api/types.ts'
import { EditForm } from '../../components/edit-form.tsx'
import { Field, SelectField, TextAreaField, TextField } from '../../components/field.tsx'
import { useSaveForm } from '../../components/use-save-form.ts'
import { labelOf } from '../../format/vocabulary.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'

const ACT_KINDS = ActSchema.shape.kind.options

export function ActForm({ act }: { act?: Act }) {
  const { slug, href } = useWorkspace()
  const navigate = useNavigate()
  const [name, setName] = useState(act?.name ?? '')
  const [actSlug, setActSlug] = useState(act?.slug ?? '')
  const [kind, setKind] = useState<string>(act?.kind ?? 'group')
  const [isInternal, setIsInternal] = useState(act?.isInternal ?? true)
  const [description, setDescription] = useState(act?.description ?? '')
  const onSaved = (saved: Act) => navigate(href(`/acts/${saved.id}`))
  const create = useSaveForm({ schema: ActBodySchema, save: (body) => actsApi.create(slug, body), onSaved })
  const update = useSaveForm({ schema: UpdateActBodySchema, save: (body) => actsApi.update(slug, act?.id ?? '', body), onSaved })
  const form = act ? update : create

  function handleSubmit() {
    const body = { name, slug: actSlug.trim() || undefined, kind, isInternal, description }
    void (act ? update.submit({ ...body, version: act.version }) : create.submit(body))
  }

  return (
    <EditForm
      state={form.state}
      onSubmit={handleSubmit}
      submitLabel={act ? 'Save changes' : 'Add act'}
      cancelTo={act ? href(`/acts/${act.id}`) : href('/acts')}
    >
      <TextField label="Name" path="name" value={name} onChange={(e) => setName(e.target.value)} error={form.messageFor('name')} />
      <TextField
        label="Short name for links"
        path="slug"
        isOptional
        hint="Like heffron-drive. Made from the name if left empty."
        value={actSlug}
        onChange={(e) => setActSlug(e.target.value)}
        error={form.messageFor('slug')}
      />
      <SelectField label="Kind" path="kind" value={kind} onChange={(e) => setKind(e.target.value)} error={form.messageFor('kind')}>
        {ACT_KINDS.map((k) => (
          <option key={k} value={k}>
            {labelOf(k)}
          </option>
        ))}
      </SelectField>
      <Field
        label="One of our acts"
        path="isInternal"
        error={form.messageFor('isInternal')}
        hint="Untick for outside artists: a support act, a featured artist, an artist you pitch songs to."
        className="field--checkbox"
      >
        {(control) => <input type="checkbox" className="checkbox" checked={isInternal} onChange={(e) => setIsInternal(e.target.checked)} {...control} />}
      </Field>
      <TextAreaField
        label="Description"
        path="description"
        isOptional
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={form.messageFor('description')}
      />
    </EditForm>
  )
}
