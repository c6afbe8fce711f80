import type { FormEvent, ReactNode } from 'react'
import { Link } from 'react-router'
import type { ApiProblem } from '../api/api-problem.ts'
import { ErrorSummary } from './error-summary.tsx'
import { StaleNotice } from './stale-notice.tsx'
import type { SaveFormState } from './use-save-form.ts'

interface EditFormProps {
  state: SaveFormState
  onSubmit: () => void
  submitLabel: string
  cancelTo?: string
  labelFor?: (path: string) => string | undefined
  /** Words for a failure that is not about one field, when the server's are not the best here. */
  describeProblem?: (problem: ApiProblem) => string
  children: ReactNode
}

/** The frame every create/edit form shares: problems on top, fields, then Save and Cancel. Enter submits. */
export function EditForm({ state, onSubmit, submitLabel, cancelTo, labelFor, describeProblem, children }: EditFormProps) {
  function handleSubmit(event: FormEvent) {
    event.preventDefault()
    onSubmit()
  }
  return (
    <form className="form" noValidate onSubmit={handleSubmit} aria-busy={state.isSaving}>
      {state.isStale && <StaleNotice />}
      <ErrorSummary issues={state.issues} attempt={state.attempt} labelFor={labelFor} />
      {state.problem && (
        <div className="notice notice--danger" role="alert">
          {describeProblem ? describeProblem(state.problem) : state.problem.message}
        </div>
      )}
      {children}
      <div className="form-actions">
        <button type="submit" className="button button--primary" aria-disabled={state.isSaving}>
          {state.isSaving ? 'Saving…' : submitLabel}
        </button>
        {cancelTo && (
          <Link to={cancelTo} className="button button--quiet">
            Cancel
          </Link>
        )}
      </div>
    </form>
  )
}
