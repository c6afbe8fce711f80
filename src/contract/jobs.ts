import { z } from 'zod'

/** A background job of the workspace that failed its last try (ADR 029): kept for managers to read. */
export const DeadLetterSchema = z.object({
  id: z.string(),
  kind: z.string().describe('The kind of job, e.g. planner-run'),
  error: z.string().describe('What the last try said when it failed'),
  failedAt: z.string().describe('When the last try failed (ISO 8601)'),
  tries: z.number().int().describe('How many tries were made'),
})
export type DeadLetter = z.infer<typeof DeadLetterSchema>
