import { useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { PASSWORD_MIN, SignupBodySchema } from '../../../../src/contract/auth.ts'
import { accountApi, meKey } from '../../api/account-api.ts'
import { EditForm } from '../../components/edit-form.tsx'
import { TextField } from '../../components/field.tsx'
import { useSaveForm } from '../../components/use-save-form.ts'
import { useDocumentTitle } from '../../components/use-document-title.ts'
import { safeNext } from './safe-next.ts'

export function SignupPage() {
  useDocumentTitle('Create an account')
  const [params] = useSearchParams()
  const next = safeNext(params.get('next'))
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [displayName, setDisplayName] = useState('')
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const form = useSaveForm({
    schema: SignupBodySchema,
    save: accountApi.signup,
    onSaved: (me) => {
      queryClient.setQueryData(meKey, me)
      navigate(next, { replace: true })
    },
  })

  return (
    <div className="auth-card card">
      <h1 className="page-title">Create an account</h1>
      <EditForm state={form.state} onSubmit={() => void form.submit({ displayName, email, password })} submitLabel="Create account">
        <TextField
          label="Your name"
          path="displayName"
          autoComplete="name"
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          error={form.messageFor('displayName')}
        />
        <TextField
          label="Email"
          path="email"
          type="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={form.messageFor('email')}
        />
        <TextField
          label="Password"
          path="password"
          type="password"
          autoComplete="new-password"
          hint={`At least ${PASSWORD_MIN} characters. A short sentence works well.`}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={form.messageFor('password')}
        />
      </EditForm>
      <p className="auth-switch">
        Already have an account? <Link to={`/login?next=${encodeURIComponent(next)}`}>Log in</Link>
      </p>
    </div>
  )
}
