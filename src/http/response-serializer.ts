import fastJsonStringify from 'fast-json-stringify'
import type { FastifySchema, FastifySerializerCompiler } from 'fastify'
import { z } from 'zod'
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod'

type Serialize = (data: unknown) => string
type RouteSchema = Parameters<FastifySerializerCompiler<unknown>>[0]

/**
 * The JSON Schema of a route's zod response schema, as the client receives it (io: output).
 * A zod object strips unknown keys, so its JSON Schema says `additionalProperties: false` and the
 * compiled serializer writes only the declared properties: nothing a handler adds reaches the client.
 */
export function responseJsonSchema(schema: z.ZodType): object {
  return forSerialization(z.toJSONSchema(schema, { io: 'output', target: 'draft-7', unrepresentable: 'throw', cycles: 'ref', reused: 'inline' }))
}

/**
 * Keywords that only validate. fast-json-stringify writes the declared properties of an object
 * whatever they say, but picks a branch of `anyOf` (a nullable object, a union) by validating the
 * value against it: there `additionalProperties: false` would refuse a result carrying one extra
 * field (a 500 instead of the stripped object zod wrote) and a length or pattern would re-validate
 * the response, which is what the compiled serializer is there to stop. Types, `required`, `enum`
 * and `const` stay: they choose the branch, as zod's union chose its first matching option.
 */
const VALIDATION_ONLY = new Set([
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
  'uniqueItems',
  'propertyNames',
  'minProperties',
  'maxProperties',
])

function forSerialization<T>(node: T): T {
  if (Array.isArray(node)) return node.map(forSerialization) as T
  if (!node || typeof node !== 'object') return node
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node)) {
    if (VALIDATION_ONLY.has(key) || (key === 'additionalProperties' && value === false)) continue
    // property names are data, not keywords
    out[key] =
      key === 'properties' || key === 'definitions' || key === '$defs'
        ? Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, forSerialization(v)]))
        : forSerialization(value)
  }
  return out as T
}

/** fast-json-stringify from the zod schema; the zod serializer when the schema has no JSON Schema form. */
export function compileResponseSerializer(routeSchema: RouteSchema): Serialize {
  const schema = routeSchema.schema
  if (schema instanceof z.ZodType) {
    try {
      return fastJsonStringify(responseJsonSchema(schema) as Parameters<typeof fastJsonStringify>[0])
    } catch {
      // e.g. a transform without a pipe: no JSON Schema describes its output
    }
  }
  return zodSerializerCompiler(routeSchema as Parameters<typeof zodSerializerCompiler>[0]) as Serialize
}

/**
 * Responses are written by Fastify's compiled serializer (fast-json-stringify) from the JSON Schema
 * of each route's zod response schema, instead of being re-parsed by zod (ADR 025); zod still
 * validates every input. Compiled on a route's first response, so start-up does not pay for 148 routes.
 */
export const responseSerializerCompiler: FastifySerializerCompiler<FastifySchema> = (routeSchema) => {
  let serialize: Serialize | undefined
  return (data) => (serialize ??= compileResponseSerializer(routeSchema as RouteSchema))(data)
}
