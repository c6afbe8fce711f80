import { useState } from 'react'
import { useNavigate } from 'react-router'
import { OrganizationBodySchema, UpdateOrganizationBodySchema } from '../../../../src/contract/organizations.ts'
import { organizationsApi, type Organization } from '../../api/rights-api.ts'
import { EditForm } from '../../components/edit-form.tsx'
import { SelectField, TextAreaField, TextField } from '../../components/field.tsx'
import { useSaveForm } from '../../components/use-save-form.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { ORGANIZATION_KIND_LABELS } from './organization-kinds.ts'

/** Create (no `organization`) or edit a label, network, publisher… */
export function OrganizationForm({ organization }: { organization?: Organization }) {
  const { slug, href } = useWorkspace()
  const navigate = useNavigate()
  const [name, setName] = useState(organization?.name ?? '')
  const [kind, setKind] = useState<Organization['kind']>(organization?.kind ?? 'label')
  const [ipiNameNumber, setIpiNameNumber] = useState(organization?.ipiNameNumber ?? '')
  const [society, setSociety] = useState(organization?.society ?? '')
  const [notes, setNotes] = useState(organization?.notes ?? '')
  const onSaved = (saved: Organization) => navigate(href(`/organizations/${saved.id}`))
  const create = useSaveForm({ schema: OrganizationBodySchema, save: (body) => organizationsApi.create(slug, body), onSaved })
  const update = useSaveForm({ schema: UpdateOrganizationBodySchema, save: (body) => organizationsApi.update(slug, organization?.id ?? '', body), onSaved })
  const form = organization ? update : create

  function handleSubmit() {
    const body = { name, kind, ipiNameNumber: ipiNameNumber.replace(/\s/g, '') || null, society: society.trim() || null, notes }
    void (organization ? update.submit({ ...body, version: organization.version }) : create.submit(body))
  }

  return (
    <EditForm
      state={form.state}
      onSubmit={handleSubmit}
      submitLabel={organization ? 'Save organisation' : 'Add organisation'}
      cancelTo={organization ? href(`/organizations/${organization.id}`) : href('/organizations')}
    >
      <TextField label="Name" path="name" autoComplete="organization" value={name} onChange={(e) => setName(e.target.value)} error={form.messageFor('name')} />
      <SelectField label="Kind" path="kind" value={kind} onChange={(e) => setKind(e.target.value as Organization['kind'])} error={form.messageFor('kind')}>
        {Object.entries(ORGANIZATION_KIND_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <div className="field-row">
        <TextField
          label="IPI name number"
          path="ipiNameNumber"
          isOptional
          inputMode="numeric"
          hint="11 digits, for song registrations (CWR)"
          autoComplete="off"
          value={ipiNameNumber}
          onChange={(e) => setIpiNameNumber(e.target.value)}
          error={form.messageFor('ipiNameNumber')}
        />
        <TextField
          label="Society"
          path="society"
          isOptional
          hint="ASCAP, BMI, PRS…"
          autoComplete="off"
          value={society}
          onChange={(e) => setSociety(e.target.value)}
          error={form.messageFor('society')}
        />
      </div>
      <TextAreaField label="Notes" path="notes" isOptional value={notes} onChange={(e) => setNotes(e.target.value)} error={form.messageFor('notes')} />
    </EditForm>
  )
}
