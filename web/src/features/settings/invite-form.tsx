import { useState } from 'react'
import { CreateInviteBodySchema } from '../../../../src/contract/auth.ts'
import { workspaceApi } from '../../api/account-api.ts'
import type { CreatedInvite } from '../../api/types.ts'
import { EditForm } from '../../components/edit-form.tsx'
import { SelectField, TextField } from '../../components/field.tsx'
import { useSaveForm } from '../../components/use-save-form.ts'
import { labelOf } from '../../format/vocabulary.ts'
import { grantableRoles, ROLE_DESCRIPTIONS } from '../workspace/permissions.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { InviteLink } from './invite-link.tsx'

export function InviteForm() {
  const { slug, workspace } = useWorkspace()
  const roles = grantableRoles(workspace.role)
  const [role, setRole] = useState<string>('member')
  const [email, setEmail] = useState('')
  const [created, setCreated] = useState<CreatedInvite | null>(null)
  const form = useSaveForm({
    schema: CreateInviteBodySchema,
    save: (body) => workspaceApi.createInvite(slug, body),
    onSaved: (invite) => {
      setCreated(invite)
      setEmail('')
    },
  })
  return (
    <div className="stack">
      {created && <InviteLink invite={created} onDone={() => setCreated(null)} />}
      <EditForm state={form.state} onSubmit={() => void form.submit({ role, email: email.trim() || undefined })} submitLabel="Make invite link">
        <div className="field-row">
          <SelectField
            label="Role"
            path="role"
            value={role}
            onChange={(e) => setRole(e.target.value)}
            error={form.messageFor('role')}
            hint={ROLE_DESCRIPTIONS[role as keyof typeof ROLE_DESCRIPTIONS]}
          >
            {roles.map((r) => (
              <option key={r} value={r}>
                {labelOf(r)}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Their email"
            path="email"
            type="email"
            isOptional
            hint="Only this address can use the link."
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={form.messageFor('email')}
          />
        </div>
      </EditForm>
    </div>
  )
}
