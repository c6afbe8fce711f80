import type { FastifySchemaCompiler } from 'fastify'
import { validatorCompiler as zodValidatorCompiler } from 'fastify-type-provider-zod'
import { z } from 'zod'

/** A plain-JavaScript test of a string that zod's schema accepts exactly when the test does. */
type StringTest = (value: unknown) => boolean

interface CheckDef {
  check?: string
  format?: string
  pattern?: RegExp
  maximum?: number
  minimum?: number
  when?: unknown
}

const checkDefOf = (check: unknown): CheckDef | undefined => (check as { _zod?: { def?: CheckDef } })._zod?.def

/** zod's own condition on a length check ("the value has a length"), always true of a string: known, so allowed. */
const ZOD_HAS_LENGTH = checkDefOf((z.string().max(1) as unknown as { _zod: { def: { checks: unknown[] } } })._zod.def.checks[0])?.when

/**
 * The same test as a zod string schema, compiled to plain comparisons, or null when the schema holds
 * anything but what is known here (a UUID format, a length bound, a regex): then zod stays the judge.
 * No transform is possible on a plain string schema, so an accepted value is zod's output as it is.
 */
export function compileStringTest(schema: z.ZodType): StringTest | null {
  const def = (schema as unknown as { _zod?: { def?: CheckDef & { type?: string; checks?: unknown[] } } })._zod?.def
  if (!def || def.type !== 'string') return null
  const tests: StringTest[] = []
  // z.uuid() is itself a string format check
  if (def.check !== undefined || def.format !== undefined) {
    if (def.check !== 'string_format' || def.format !== 'uuid' || !(def.pattern instanceof RegExp) || def.when !== undefined) return null
    const pattern = def.pattern
    tests.push((v) => pattern.test(v as string))
  }
  for (const check of def.checks ?? []) {
    const c = checkDefOf(check)
    if (!c || (c.when !== undefined && (c.when !== ZOD_HAS_LENGTH || (c.check !== 'max_length' && c.check !== 'min_length')))) return null
    if (c.check === 'max_length' && typeof c.maximum === 'number') {
      const max = c.maximum
      tests.push((v) => (v as string).length <= max)
    } else if (c.check === 'min_length' && typeof c.minimum === 'number') {
      const min = c.minimum
      tests.push((v) => (v as string).length >= min)
    } else if (c.check === 'string_format' && c.format === 'regex' && c.pattern instanceof RegExp && !c.pattern.global && !c.pattern.sticky) {
      const pattern = c.pattern
      tests.push((v) => pattern.test(v as string))
    } else return null
  }
  return (value) => typeof value === 'string' && tests.every((test) => test(value))
}

/**
 * A path-parameter object schema (`z.object` of string schemas) compiled to plain tests: true only
 * when zod would accept the parameters and answer the same strings. Null when any field is beyond
 * `compileStringTest`.
 */
export function compileParamsTest(schema: unknown): ((params: unknown) => boolean) | null {
  const def = (schema as { _zod?: { def?: { type?: string; shape?: Record<string, z.ZodType>; catchall?: unknown } } })?._zod?.def
  if (!def || def.type !== 'object' || !def.shape || def.catchall !== undefined) return null
  const fields = Object.entries(def.shape).map(([name, field]) => [name, compileStringTest(field)] as const)
  if (fields.length === 0 || fields.some(([, test]) => !test)) return null
  const names = fields.map(([name]) => name)
  return (params) => {
    if (!params || typeof params !== 'object') return false
    const record = params as Record<string, unknown>
    for (const [name, test] of fields) if (!test!(record[name])) return false
    // zod strips keys its shape does not name: accepted here only when there are none
    for (const key in record) if (!names.includes(key)) return false
    return true
  }
}

/**
 * zod validates every input (fastify-type-provider-zod), except that path parameters zod would accept
 * are passed by a compiled test of the same rules first (ADR 057): a read of one record paid zod's
 * parse of its ids on every request. Anything the test does not accept goes to zod, so a bad
 * parameter gets zod's own error, and the same 400 naming `params.<name>`.
 */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> = (route) => {
  const zod = zodValidatorCompiler(route)
  const accepts = route.httpPart === 'params' ? compileParamsTest(route.schema) : null
  if (!accepts) return zod
  return (data) => (accepts(data) ? { value: { ...(data as object) } } : zod(data))
}
