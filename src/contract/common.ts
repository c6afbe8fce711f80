import { z } from 'zod'
import { PARTIAL_DATE_PATTERN, partialDateProblem } from '../domain/partial-date.ts'
import { SLUG_PATTERN } from '../domain/slug.ts'

/** Shared limits, so the web forms and the API agree. */
export const NAME_MAX = 200
export const NOTES_MAX = 10_000

export const IdSchema = z.uuid().describe('Identifier (UUID)')
export const SlugSchema = z.string().min(1).max(60).regex(SLUG_PATTERN, 'use lowercase letters, digits and dashes')
export const NameSchema = z.string().trim().min(1, 'required').max(NAME_MAX)
export const NotesSchema = z.string().max(NOTES_MAX)
export const VersionSchema = z.number().int().positive().describe('The version this write is based on; a stale one is refused with 409')

/** YYYY, YYYY-MM or YYYY-MM-DD; precision is kept. */
export const PartialDateSchema = z
  .string()
  .regex(PARTIAL_DATE_PATTERN, 'write YYYY, YYYY-MM or YYYY-MM-DD')
  .superRefine((value, ctx) => {
    const problem = partialDateProblem(value)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })
  .describe('A date known to the year, month or day: 2013, 2013-06 or 2013-06-11')

export const FullDateSchema = z.iso.date().describe('YYYY-MM-DD')
export const TimestampSchema = z.string().describe('ISO 8601 instant')

/** Path parameter that accepts either the UUID or the slug. */
export const IdOrSlugSchema = z.string().min(1).max(100)

export const WorkspaceParamsSchema = z.object({ workspaceId: IdOrSlugSchema.describe('Workspace id or slug') })

export const ListQuerySchema = z.object({
  q: z.string().max(200).optional().describe('Case-insensitive search text'),
})

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    code: z.string(),
    requestId: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    current: z.unknown().optional().describe('On a stale write (409): the current version'),
    conflicts: z.array(z.unknown()).optional().describe('On a booking that conflicts (409): the conflicts, to review and acknowledge'),
  })
  .describe('RFC 9457 problem details')

export const DeletedSchema = z.object({ deleted: z.literal(true) })
