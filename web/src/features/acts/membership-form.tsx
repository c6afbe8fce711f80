import { useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { Link, useNavigate } from 'react-router'
import { MembershipBodySchema, UpdateMembershipBodySchema } from '../../../../src/contract/people.ts'
import { peopleApi } from '../../api/catalog-api.ts'
import { membershipsApi } from '../../api/memberships-api.ts'
import type { Act, Membership } from '../../api/types.ts'
import { useResourceList } from '../../api/use-resource.ts'
import { EditForm } from '../../components/edit-form.tsx'
import { SelectField, TextField } from '../../components/field.tsx'
import { useSaveForm } from '../../components/use-save-form.ts'
import { labelOf } from '../../format/vocabulary.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'

const ROLES = MembershipBodySchema.shape.role.options
const DATE_HINT = 'As precise as you know it: 2013, 2013-06 or 2013-06-11. Leave empty if unknown.'

/** Add someone to an act (no `membership`) or change their role, instruments or dates. */
export function MembershipForm({ act, membership }: { act: Act; membership?: Membership }) {
  const { slug, href } = useWorkspace()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const people = useResourceList(peopleApi, slug)
  const [personId, setPersonId] = useState(membership?.personId ?? '')
  const [role, setRole] = useState<string>(membership?.role ?? 'member')
  const [instruments, setInstruments] = useState(membership?.instruments.join(', ') ?? '')
  const [beginDate, setBeginDate] = useState(membership?.beginDate ?? '')
  const [endDate, setEndDate] = useState(membership?.endDate ?? '')
  const back = href(`/acts/${act.id}`)
  const onSaved = () => {
    void queryClient.invalidateQueries()
    navigate(back)
  }
  const create = useSaveForm({ schema: MembershipBodySchema, save: (body) => membershipsApi.create(slug, act.id, body), onSaved })
  const update = useSaveForm({ schema: UpdateMembershipBodySchema, save: (body) => membershipsApi.update(slug, act.id, membership?.id ?? '', body), onSaved })
  const form = membership ? update : create

  function handleSubmit() {
    const body = {
      personId,
      role,
      instruments: instruments
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
      beginDate: beginDate.trim() || null,
      endDate: endDate.trim() || null,
    }
    const own = personId ? [] : [{ path: 'personId', message: 'choose who joins the act' }]
    void (membership ? update.submit({ ...body, version: membership.version }, own) : create.submit(body, own))
  }

  return (
    <EditForm state={form.state} onSubmit={handleSubmit} submitLabel={membership ? 'Save changes' : `Add to ${act.name}`} cancelTo={back}>
      <SelectField
        label="Person"
        path="personId"
        value={personId}
        onChange={(e) => setPersonId(e.target.value)}
        error={form.messageFor('personId')}
        hint={
          <>
            Not listed? <Link to={href('/people/new')}>Add the person</Link> first.
          </>
        }
      >
        <option value="">Choose a person…</option>
        {people.data?.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </SelectField>
      <SelectField label="Role" path="role" value={role} onChange={(e) => setRole(e.target.value)} error={form.messageFor('role')}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {labelOf(r)}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Instruments"
        path="instruments"
        isOptional
        hint="Separate with commas: vocals, guitar"
        value={instruments}
        onChange={(e) => setInstruments(e.target.value)}
        error={form.messageUnder('instruments')}
      />
      <div className="field-row">
        <TextField
          label="From"
          path="beginDate"
          isOptional
          inputMode="numeric"
          hint={DATE_HINT}
          value={beginDate}
          onChange={(e) => setBeginDate(e.target.value)}
          error={form.messageFor('beginDate')}
          placeholder="2013"
        />
        <TextField
          label="Until"
          path="endDate"
          isOptional
          inputMode="numeric"
          hint="Leave empty while they are still in."
          value={endDate}
          onChange={(e) => setEndDate(e.target.value)}
          error={form.messageFor('endDate')}
        />
      </div>
    </EditForm>
  )
}
