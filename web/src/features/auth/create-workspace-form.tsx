import { useState } from 'react'
import { useNavigate } from 'react-router'
import { CreateWorkspaceBodySchema } from '../../../../src/contract/auth.ts'
import { accountApi } from '../../api/account-api.ts'
import { EditForm } from '../../components/edit-form.tsx'
import { TextField } from '../../components/field.tsx'
import { useSaveForm } from '../../components/use-save-form.ts'

export function CreateWorkspaceForm() {
  const navigate = useNavigate()
  const [name, setName] = useState('')
  const [slug, setSlug] = useState('')
  const form = useSaveForm({
    schema: CreateWorkspaceBodySchema,
    save: accountApi.createWorkspace,
    onSaved: (workspace) => navigate(`/w/${workspace.slug}`),
  })
  return (
    <EditForm state={form.state} onSubmit={() => void form.submit({ name, slug: slug.trim() || undefined })} submitLabel="Create workspace">
      <TextField label="Name" path="name" value={name} onChange={(e) => setName(e.target.value)} error={form.messageFor('name')} placeholder="Big Time Rush" />
      <TextField
        label="Web address"
        path="slug"
        isOptional
        hint="Lowercase letters, digits and dashes, as in /w/big-time-rush. Made from the name if left empty."
        value={slug}
        onChange={(e) => setSlug(e.target.value)}
        error={form.messageFor('slug')}
      />
    </EditForm>
  )
}
