import { useState } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { ApiProblem } from '../../api/api-problem.ts'
import { request } from '../../api/request.ts'
import { TextField } from '../../components/field.tsx'
import type { PublicHandleAnswer } from '../../../../src/contract/public-handles.ts'

const path = (workspace: string, actId: string) => `/api/workspaces/${encodeURIComponent(workspace)}/acts/${encodeURIComponent(actId)}/public-handle`

/**
 * The act's public page (docs/decisions/015-public-handles.md): none until an owner claims a
 * handle, unique on the server; /public/{handle} then lists the announced shows.
 */
export function PublicHandleSection({ workspace, actId, isOwner }: { workspace: string; actId: string; isOwner: boolean }) {
  const key = ['workspace', workspace, 'acts', actId, 'public-handle']
  const queryClient = useQueryClient()
  const current = useQuery({ queryKey: key, queryFn: () => request<PublicHandleAnswer>('GET', path(workspace, actId)) })
  const [draft, setDraft] = useState('')
  const [error, setError] = useState<string | undefined>()
  const done = (answer: PublicHandleAnswer) => {
    queryClient.setQueryData(key, answer)
    setDraft('')
    setError(undefined)
  }
  const fail = (e: unknown) => setError(e instanceof ApiProblem ? (e.errors.find((i) => i.path === 'handle')?.message ?? e.message) : String(e))
  const claim = useMutation({
    mutationFn: (handle: string) => request<PublicHandleAnswer>('PUT', path(workspace, actId), { handle }),
    onSuccess: done,
    onError: fail,
  })
  const release = useMutation({ mutationFn: () => request<void>('DELETE', path(workspace, actId)), onSuccess: () => done({ handle: null }), onError: fail })
  const handle = current.data?.handle ?? null

  return (
    <section className="section" aria-labelledby="public-page">
      <div className="section-header">
        <h2 id="public-page" className="section-title">
          Public page
        </h2>
      </div>
      {current.isPending ? (
        <p className="muted">Loading…</p>
      ) : handle ? (
        <p>
          Fans see the announced shows at <a href={`/public/${handle}`}>/public/{handle}</a> (with a calendar feed to subscribe to).
        </p>
      ) : (
        <p className="muted">No public page. {isOwner ? 'Claim a handle to give this act one.' : 'An owner of the workspace can give it one.'}</p>
      )}
      <p>
        <a className="button" href={`${path(workspace, actId).replace(/\/public-handle$/, '')}/bandsintown.csv?part=1`} download>
          Upcoming dates for Bandsintown (CSV)
        </a>{' '}
        <span className="muted">The public dates in Bandsintown’s bulk-upload format, 50 a file (add ?part=2 for the next).</span>
      </p>
      {isOwner && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault()
            claim.mutate(draft.trim())
          }}
        >
          <TextField
            label={handle ? 'New handle' : 'Handle'}
            path="handle"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            hint="Lowercase letters, digits and dashes; unique on this server."
            error={error}
          />
          <button className="button button--primary" type="submit" disabled={claim.isPending || draft.trim() === ''}>
            {handle ? 'Change handle' : 'Claim handle'}
          </button>
          {handle && (
            <button className="button" type="button" disabled={release.isPending} onClick={() => release.mutate()}>
              Take the page down
            </button>
          )}
        </form>
      )}
    </section>
  )
}
