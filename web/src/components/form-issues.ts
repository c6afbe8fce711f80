import type { FieldIssue } from '../api/api-problem.ts'

/** The DOM id of the control for a field path: `writers.1.sharePercent` → `f-writers-1-sharePercent`. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^a-zA-Z0-9_-]/g, '-') || 'form'}`
}

/** zod issues (path arrays) → field issues with the same dotted paths the server uses. */
export function issuesFromZod(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldIssue[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }))
}

/** The first message for exactly this field, if any. */
export function messageFor(issues: readonly FieldIssue[], path: string): string | undefined {
  return issues.find((issue) => issue.path === path)?.message
}

/** The first message for this field or anything inside it (`instruments` covers `instruments.2`). */
export function messageUnder(issues: readonly FieldIssue[], path: string): string | undefined {
  return issues.find((issue) => issue.path === path || issue.path.startsWith(`${path}.`))?.message
}

/** Messages read as sentences: "required" → "Required". */
export function asSentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1)
}

/** Issues reported against a field that no control shows go to the form as a whole. */
export function withoutDuplicates(issues: readonly FieldIssue[]): FieldIssue[] {
  const seen = new Set<string>()
  return issues.filter((issue) => {
    const key = `${issue.path}\u0000${issue.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
