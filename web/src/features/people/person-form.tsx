import { useState } from 'react'
import { useNavigate } from 'react-router'
import { PersonBodySchema, UpdatePersonBodySchema } from '../../../../src/contract/people.ts'
import { peopleApi } from '../../api/catalog-api.ts'
import type { Person } from '../../api/types.ts'
import { EditForm } from '../../components/edit-form.tsx'
import { TextAreaField, TextField } from '../../components/field.tsx'
import { useSaveForm } from '../../components/use-save-form.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'

/** Create (no `person`) or edit a person. */
export function PersonForm({ person }: { person?: Person }) {
  const { slug, href } = useWorkspace()
  const navigate = useNavigate()
  const [name, setName] = useState(person?.name ?? '')
  const [email, setEmail] = useState(person?.email ?? '')
  const [notes, setNotes] = useState(person?.notes ?? '')
  const onSaved = (saved: Person) => navigate(href(`/people/${saved.id}`))
  const create = useSaveForm({ schema: PersonBodySchema, save: (body) => peopleApi.create(slug, body), onSaved })
  const update = useSaveForm({ schema: UpdatePersonBodySchema, save: (body) => peopleApi.update(slug, person?.id ?? '', body), onSaved })
  const form = person ? update : create

  function handleSubmit() {
    const body = { name, email: email.trim() || null, notes }
    void (person ? update.submit({ ...body, version: person.version }) : create.submit(body))
  }

  return (
    <EditForm
      state={form.state}
      onSubmit={handleSubmit}
      submitLabel={person ? 'Save changes' : 'Add person'}
      cancelTo={person ? href(`/people/${person.id}`) : href('/people')}
    >
      <TextField label="Name" path="name" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} error={form.messageFor('name')} />
      <TextField label="Email" path="email" type="email" isOptional value={email} onChange={(e) => setEmail(e.target.value)} error={form.messageFor('email')} />
      <TextAreaField label="Notes" path="notes" isOptional value={notes} onChange={(e) => setNotes(e.target.value)} error={form.messageFor('notes')} />
    </EditForm>
  )
}
