import { useState } from 'react'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { Link, useNavigate, useParams } from 'react-router'
import { accountApi, meKey } from '../../api/account-api.ts'
import { ApiProblem } from '../../api/api-problem.ts'
import { Loading } from '../../components/query-view.tsx'
import { useDocumentTitle } from '../../components/use-document-title.ts'
import { labelOf } from '../../format/vocabulary.ts'
import { ROLE_DESCRIPTIONS } from '../workspace/permissions.ts'
import { useMe } from './use-me.ts'

/** /invite/:token — see where the link leads, log in or sign up if needed, then join. */
export function InvitePage() {
  useDocumentTitle('Invitation')
  const token = useParams().token ?? ''
  const here = `/invite/${encodeURIComponent(token)}`
  const preview = useQuery({ queryKey: ['invite', token], queryFn: () => accountApi.previewInvite(token), retry: false })
  const me = useMe()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const [error, setError] = useState<string | null>(null)
  const [isJoining, setIsJoining] = useState(false)

  async function handleAccept() {
    setIsJoining(true)
    setError(null)
    try {
      const workspace = await accountApi.acceptInvite(token)
      await queryClient.invalidateQueries({ queryKey: meKey })
      navigate(`/w/${workspace.slug}`, { replace: true })
    } catch (failure) {
      setError(failure instanceof ApiProblem ? failure.message : 'Could not accept the invitation. Try again.')
    } finally {
      setIsJoining(false)
    }
  }

  if (preview.isPending || me.isPending) return <Loading />
  if (preview.isError) {
    return (
      <div className="auth-card card">
        <h1 className="page-title">This invite link does not work</h1>
        <p>It may have expired, been revoked or already been used. Ask the person who sent it for a new link.</p>
        <Link to="/">Go to Greenroom</Link>
      </div>
    )
  }

  const invite = preview.data
  return (
    <div className="auth-card card">
      <p className="kicker">Invitation</p>
      <h1 className="page-title">Join {invite.workspaceName}</h1>
      <p>
        You are invited as <strong>{labelOf(invite.role)}</strong>: {ROLE_DESCRIPTIONS[invite.role].toLowerCase()}.
      </p>
      <p className="muted">The link works until {new Date(invite.expiresAt).toLocaleDateString(undefined, { dateStyle: 'long' })}.</p>
      {error && (
        <p className="notice notice--danger" role="alert">
          {error}
        </p>
      )}
      {me.data ? (
        <div className="form-actions">
          <button type="button" className="button button--primary" onClick={() => void handleAccept()} aria-disabled={isJoining}>
            {isJoining ? 'Joining…' : `Join as ${me.data.user.displayName}`}
          </button>
        </div>
      ) : (
        <>
          <p>Log in or create an account first; you will come back here to join.</p>
          <div className="form-actions">
            <Link className="button button--primary" to={`/login?next=${encodeURIComponent(here)}`}>
              Log in to join
            </Link>
            <Link className="button" to={`/signup?next=${encodeURIComponent(here)}`}>
              Create an account
            </Link>
          </div>
        </>
      )}
    </div>
  )
}
