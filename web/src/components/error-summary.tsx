import { useEffect, useRef, type MouseEvent } from 'react'
import type { FieldIssue } from '../api/api-problem.ts'
import { fieldId } from './form-issues.ts'

interface ErrorSummaryProps {
  issues: FieldIssue[]
  attempt: number
  labelFor?: (path: string) => string | undefined
}

/** The list of a form's problems at its top; takes focus after a refused submit (GOV.UK pattern). */
/** Moves focus to the field's control, or to the nearest enclosing field that has one (`writers.1` → `writers`). */
function handleJump(event: MouseEvent, path: string) {
  const segments = path.split('.')
  while (segments.length > 0) {
    const target = document.getElementById(fieldId(segments.join('.')))
    if (target) {
      event.preventDefault()
      target.scrollIntoView({ block: 'center' })
      target.focus()
      return
    }
    segments.pop()
  }
}

/** The visible label of the field's control, so the summary reads "Title: required" without a label table. */
function labelInPage(path: string): string | undefined {
  const label = document.querySelector(`label[for="${fieldId(path)}"]`)
  const text = label?.cloneNode(true) as HTMLElement | undefined
  text?.querySelectorAll('.field-optional').forEach((node) => node.remove())
  return text?.textContent?.trim() || undefined
}

export function ErrorSummary({ issues, attempt, labelFor }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (attempt > 0 && issues.length > 0) ref.current?.focus()
  }, [attempt, issues.length])
  if (issues.length === 0) return null
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary-title">
        {issues.length === 1 ? 'There is a problem' : `There are ${issues.length} problems`}
      </h2>
      <ul>
        {issues.map((issue) => {
          const label = issue.path ? (labelFor?.(issue.path) ?? labelInPage(issue.path)) : undefined
          return (
            <li key={`${issue.path}:${issue.message}`}>
              <a href={`#${fieldId(issue.path)}`} onClick={(event) => handleJump(event, issue.path)}>
                {label ? `${label}: ` : ''}
                {issue.message}
              </a>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
