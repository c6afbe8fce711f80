import { useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { LoginBodySchema } from '../../../../src/contract/auth.ts'
import { accountApi, meKey } from '../../api/account-api.ts'
import { EditForm } from '../../components/edit-form.tsx'
import { TextField } from '../../components/field.tsx'
import { useSaveForm } from '../../components/use-save-form.ts'
import { useDocumentTitle } from '../../components/use-document-title.ts'
import { safeNext } from './safe-next.ts'

export function LoginPage() {
  useDocumentTitle('Log in')
  const [params] = useSearchParams()
  const next = safeNext(params.get('next'))
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const form = useSaveForm({
    schema: LoginBodySchema,
    save: accountApi.login,
    onSaved: (me) => {
      queryClient.setQueryData(meKey, me)
      navigate(next, { replace: true })
    },
  })

  return (
    <div className="auth-card card">
      <h1 className="page-title">Log in</h1>
      <p className="muted">Your band’s songs, people and releases, in one place.</p>
      <EditForm
        state={form.state}
        onSubmit={() => void form.submit({ email, password })}
        submitLabel="Log in"
        describeProblem={(problem) => (problem.status === 401 ? 'That email and password do not match an account. Check them and try again.' : problem.message)}
      >
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
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={form.messageFor('password')}
        />
      </EditForm>
      <p className="auth-switch">
        New here? <Link to={`/signup?next=${encodeURIComponent(next)}`}>Create an account</Link>
      </p>
    </div>
  )
}
