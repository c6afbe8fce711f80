import type { ReactNode } from 'react'
import type { UseQueryResult } from '@tanstack/react-query'
import { Link } from 'react-router'
import { ApiProblem } from '../api/api-problem.ts'

interface QueryViewProps<T> {
  query: UseQueryResult<T>
  children: (data: T) => ReactNode
  /** Where to go when the thing is not found (deleted, wrong link). */
  notFound?: { to: string; label: string }
}

/** Loading, failure and not-found for one query; renders `children` with the data otherwise. */
export function QueryView<T>({ query, children, notFound }: QueryViewProps<T>) {
  if (query.data !== undefined) {
    // While a new search loads, the last results stay, dimmed, instead of flashing empty.
    if (!query.isPlaceholderData) return <>{children(query.data)}</>
    return (
      <div className="is-refreshing" aria-busy="true">
        {children(query.data)}
      </div>
    )
  }
  if (query.isError) {
    const error = query.error
    const isMissing = error instanceof ApiProblem && error.status === 404
    return (
      <div className="notice notice--danger" role="alert">
        <p>{isMissing ? 'This was not found. It may have been deleted, or the link is wrong.' : error.message}</p>
        {isMissing && notFound ? (
          <Link to={notFound.to}>{notFound.label}</Link>
        ) : (
          <button type="button" className="button" onClick={() => void query.refetch()}>
            Try again
          </button>
        )}
      </div>
    )
  }
  return <Loading />
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      <span className="loading-dot" aria-hidden="true" />
      {label}
    </p>
  )
}
