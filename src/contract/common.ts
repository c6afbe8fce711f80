import { z } from 'zod'
import { PARTIAL_DATE_PATTERN, partialDateProblem } from '../domain/partial-date.ts'
import { SLUG_PATTERN } from '../domain/slug.ts'

/** Shared limits, so the web forms and the API agree. */
export const NAME_MAX = 200
export const NOTES_MAX = 10_000

/**
 * Hostile input, refused in one place (ADR 014). Every text field of a request is built from these:
 * no NUL and no other control character (C0, DEL, C1) anywhere; tab, line feed and carriage return
 * only in multi-line text (notes, descriptions, imported files). A refused value answers 400 naming
 * the field; the pattern is in the OpenAPI document, so clients see the rule too.
 */
// eslint-disable-next-line no-control-regex -- the point of the pattern: control characters are what it refuses
export const SINGLE_LINE_PATTERN = /^[^\u0000-\u001F\u007F-\u009F]*$/
// eslint-disable-next-line no-control-regex -- the point of the pattern: control characters are what it refuses
export const MULTI_LINE_PATTERN = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$/
const NO_CONTROL = 'no control characters (NUL, escape, …)'
const NO_CONTROL_MULTI = 'no control characters other than tab and line breaks'

/** One line of free text (a label, a credit, a search). */
export const lineText = (max: number) => z.string().max(max).regex(SINGLE_LINE_PATTERN, NO_CONTROL)
/** Free text over several lines (notes, descriptions). */
export const multiLineText = (max: number) => z.string().max(max).regex(MULTI_LINE_PATTERN, NO_CONTROL_MULTI)

/**
 * Characters that change how a name looks without being seen: bidi embeddings, overrides, isolates
 * and marks; zero-width space, word joiner, invisible operators, BOM, soft hyphen, fillers. A name
 * holding one can pass for another ("Victoria Justice" with an override or a zero-width space).
 */
// eslint-disable-next-line no-misleading-character-class -- lone combining and joining marks are what it finds
const INVISIBLE_IN_NAMES = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0]/u
/** ZWNJ and ZWJ are letters' business in Persian, Indic scripts and emoji: allowed only between two non-ASCII characters. */
// eslint-disable-next-line no-control-regex -- \u0000-\u007F is "any ASCII character" beside a joiner
const JOINER_OUT_OF_PLACE = /(^|[\u0000-\u007F])[\u200C\u200D]|[\u200C\u200D]($|[\u0000-\u007F])/u

/** Why `value` is not acceptable as a name, or null. */
export function nameProblem(value: string): string | null {
  if (INVISIBLE_IN_NAMES.test(value)) return 'no invisible or direction-changing characters (bidi overrides, zero-width spaces …)'
  if (JOINER_OUT_OF_PLACE.test(value)) return 'a zero-width joiner belongs only between letters of scripts that use it'
  return null
}

/** A name (of a person, act, song, venue, workspace …): one trimmed line without invisible or bidi characters. */
export const nameText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .regex(SINGLE_LINE_PATTERN, NO_CONTROL)
    .superRefine((value, ctx) => {
      const problem = nameProblem(value)
      if (problem) ctx.addIssue({ code: 'custom', message: problem })
    })

/** How deep an uploaded JSON document may nest; the formats Greenroom imports need less than 20. */
export const DOCUMENT_MAX_DEPTH = 64

/**
 * An uploaded JSON document (an import): walked without recursion, so depth never overflows the
 * stack; every string in it follows the multi-line rule, and nesting stops at DOCUMENT_MAX_DEPTH.
 * A refusal names the path inside the document.
 */
export const JsonDocumentSchema = z.unknown().superRefine((value, ctx) => {
  const stack: { node: unknown; path: (string | number)[] }[] = [{ node: value, path: [] }]
  let reported = 0
  while (stack.length > 0 && reported < 10) {
    const { node, path } = stack.pop()!
    if (path.length > DOCUMENT_MAX_DEPTH) {
      ctx.addIssue({ code: 'custom', message: `nested deeper than ${DOCUMENT_MAX_DEPTH} levels`, path })
      return
    }
    if (typeof node === 'string') {
      if (!MULTI_LINE_PATTERN.test(node)) {
        ctx.addIssue({ code: 'custom', message: NO_CONTROL_MULTI, path })
        reported++
      }
    } else if (Array.isArray(node)) node.forEach((item, i) => stack.push({ node: item, path: [...path, i] }))
    else if (node && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) {
        if (!MULTI_LINE_PATTERN.test(key)) {
          ctx.addIssue({ code: 'custom', message: NO_CONTROL_MULTI, path: [...path, key] })
          reported++
        }
        stack.push({ node: item, path: [...path, key] })
      }
    }
  }
})

export const IdSchema = z.uuid().describe('Identifier (UUID)')
export const SlugSchema = z.string().min(1).max(60).regex(SLUG_PATTERN, 'use lowercase letters, digits and dashes')
export const NameSchema = nameText(NAME_MAX).min(1, 'required')
export const NotesSchema = multiLineText(NOTES_MAX)
export const VersionSchema = z.number().int().positive().max(2_147_483_647).describe('The version this write is based on; a stale one is refused with 409')

/**
 * Dates and instants are bounded (ADR 014): a band's life fits in 1900–2200, and the database and
 * the calendar code never see year 0, year 1 or year 9999.
 */
export const MIN_YEAR = 1900
export const MAX_YEAR = 2200
const yearOf = (value: string) => Number(/^(\d{4})/.exec(value)?.[1] ?? NaN)
const YEAR_RANGE = `a year from ${MIN_YEAR} to ${MAX_YEAR}`
function inRange(value: string, ctx: z.core.$RefinementCtx<string>) {
  const year = yearOf(value)
  // No year to read: the format check has already named the problem once.
  if (Number.isNaN(year)) return
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) ctx.addIssue({ code: 'custom', message: YEAR_RANGE })
}

/** YYYY, YYYY-MM or YYYY-MM-DD; precision is kept. */
export const PartialDateSchema = z
  .string()
  .regex(PARTIAL_DATE_PATTERN, 'write YYYY, YYYY-MM or YYYY-MM-DD')
  .superRefine((value, ctx) => {
    const problem = partialDateProblem(value)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
    else inRange(value, ctx)
  })
  .describe(`A date known to the year, month or day: 2013, 2013-06 or 2013-06-11 (years ${MIN_YEAR}–${MAX_YEAR})`)

export const FullDateSchema = z.iso.date().superRefine(inRange).describe(`YYYY-MM-DD (years ${MIN_YEAR}–${MAX_YEAR})`)
/** An instant with its offset, e.g. 2013-07-12T19:00:00-05:00. */
export const InstantSchema = z.iso.datetime({ offset: true }).superRefine(inRange).describe(`ISO 8601 instant with offset (years ${MIN_YEAR}–${MAX_YEAR})`)

/** Path parameter that accepts either the UUID or the slug. */
export const IdOrSlugSchema = lineText(100).min(1)

export const WorkspaceParamsSchema = z.object({ workspaceId: IdOrSlugSchema.describe('Workspace id or slug') })

export const ListQuerySchema = z.object({
  q: lineText(200).optional().describe('Case-insensitive search text'),
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
