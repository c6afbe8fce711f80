import { useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import type { ZodType } from 'zod'
import { ApiProblem, networkProblem, type FieldIssue } from '../api/api-problem.ts'
import { asSentence, issuesFromZod, messageFor, messageUnder, withoutDuplicates } from './form-issues.ts'

interface SaveFormOptions<TBody, TSaved> {
  /** The contract's body schema: the same rules the API applies. */
  schema: ZodType<TBody>
  save: (body: TBody) => Promise<TSaved>
  onSaved: (saved: TSaved) => void
}

export interface SaveFormState {
  issues: FieldIssue[]
  /** A failure that is not about one field (403, network…). */
  problem: ApiProblem | null
  /** Someone else saved first: what they saved. */
  isStale: boolean
  isSaving: boolean
  /** Grows with each refused submit, so the summary can take focus again. */
  attempt: number
  messageFor: (path: string) => string | undefined
  messageUnder: (path: string) => string | undefined
}

/**
 * Validates a form's value with the contract schema (plus any extra client checks), sends it,
 * and keeps the server's field messages, a stale-version answer or another failure for display.
 */
export function useSaveForm<TBody, TSaved>({ schema, save, onSaved }: SaveFormOptions<TBody, TSaved>) {
  const queryClient = useQueryClient()
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const [problem, setProblem] = useState<ApiProblem | null>(null)
  const [isStale, setIsStale] = useState(false)
  const [isSaving, setIsSaving] = useState(false)
  const [attempt, setAttempt] = useState(0)

  function refuse(found: FieldIssue[], failure: ApiProblem | null = null) {
    setIssues(withoutDuplicates(found).map((issue) => ({ ...issue, message: asSentence(issue.message) })))
    setProblem(failure)
    setAttempt((n) => n + 1)
  }

  async function submit(value: unknown, extraIssues: FieldIssue[] = []) {
    if (isSaving) return
    const parsed = schema.safeParse(value)
    // The form's own checks speak more plainly than the schema ("choose a writer" over "Invalid UUID").
    const ownPaths = new Set(extraIssues.map((issue) => issue.path))
    const schemaIssues = parsed.success ? [] : issuesFromZod(parsed.error.issues).filter((issue) => !ownPaths.has(issue.path))
    const found = [...schemaIssues, ...extraIssues]
    if (!parsed.success || found.length > 0) return refuse(found)
    setIsSaving(true)
    try {
      const saved = await save(parsed.data)
      setIssues([])
      setProblem(null)
      // Refresh what is on screen first, so the next page never shows the old version.
      await queryClient.invalidateQueries()
      onSaved(saved)
    } catch (error) {
      const failure = error instanceof ApiProblem ? error : networkProblem()
      if (failure.isStale) setIsStale(true)
      refuse(failure.errors, failure.errors.length > 0 || failure.isStale ? null : failure)
    } finally {
      setIsSaving(false)
    }
  }

  const state: SaveFormState = {
    issues,
    problem,
    isStale,
    isSaving,
    attempt,
    messageFor: (path) => messageFor(issues, path),
    messageUnder: (path) => messageUnder(issues, path),
  }
  return { ...state, state, submit }
}
