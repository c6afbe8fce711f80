/** The values of the hostile-input probe (openapi-probe.ts): a plausible value for a schema, and the odd ones tried in its place. */

export type Schema = Record<string, any>
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** Odd values for one field, by name; the ones every string field is tried with one by one are marked. */
export const NUL = 'probe\u0000nul'
const HUGE = 'x'.repeat(100_000)
/** Too deep for JSON.stringify, so it stays text and is spliced in where the marker is. */
export const DEEP_TEXT = '['.repeat(5_000) + ']'.repeat(5_000)
export const DEEP = '\u0000probe-deep-nesting\u0000'
export const EXTREME_DATES = ['0000-01-01', '9999-12-31', '0001-01-01']
export const EXTREME_INSTANTS = ['0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '0001-01-01T00:00:00Z']

export const oddValues: { name: string; value: Json }[] = [
  { name: 'NUL', value: NUL },
  { name: 'C0 controls', value: 'a\u0001\u0007\u0008\u001b[31mred\u007f' },
  { name: 'C1 control', value: 'a\u0085\u009bb' },
  { name: 'bidi override', value: '\u202Eevil\u202C' },
  { name: 'zero-width', value: 'Vic\u200Btoria\uFEFF' },
  { name: 'lone surrogate', value: 'a\uD800b' },
  { name: 'huge string', value: HUGE },
  { name: 'empty string', value: '' },
  { name: 'whitespace', value: ' \t\n ' },
  { name: 'SQL-ish', value: "'; drop table people; --" },
  { name: 'year 0', value: '0000-01-01' },
  { name: 'year 9999', value: '9999-12-31T23:59:59Z' },
  { name: 'year -1', value: '-000001-01-01' },
  { name: 'Feb 30', value: '2013-02-30' },
  { name: 'negative', value: -1 },
  { name: 'zero', value: 0 },
  { name: 'int32 overflow', value: 2 ** 31 },
  { name: 'int64 overflow', value: 2 ** 63 },
  { name: 'huge number', value: 1e308 },
  { name: 'very negative', value: -1e308 },
  { name: 'fraction', value: 0.5 },
  { name: 'null', value: null },
  { name: 'true', value: true },
  { name: 'number for text', value: 12345 },
  { name: 'string for number', value: '12' },
  { name: 'array', value: ['a', 1] },
  { name: 'object', value: { a: 1 } },
  { name: 'deep nesting', value: DEEP },
]

const placeholderUuid = '0191d3a4-0000-7000-8000-000000000000'
const samplesForPattern = ['19:30', 'US', 'America/Chicago', '2013', '2013-07-15', 'T-123.456.789-0', '00014107338', 'GRN', '12345678', 'probe', 'a1']

export function resolve(schema: Schema | undefined, doc: Schema): Schema {
  let s = schema ?? {}
  for (let i = 0; i < 10 && typeof s.$ref === 'string'; i++) {
    const parts = (s.$ref as string).replace(/^#\//, '').split('/')
    s = parts.reduce<any>((node, key) => node?.[key], doc) ?? {}
  }
  return s
}

function typeOf(schema: Schema): string | undefined {
  if (Array.isArray(schema.type)) return schema.type.find((t: string) => t !== 'null')
  return schema.type
}

export function isDateLike(schema: Schema, name: string): 'date' | 'instant' | undefined {
  if (schema.format === 'date') return 'date'
  if (schema.format === 'date-time') return 'instant'
  if (typeOf(schema) === 'string' && /(Date|date|On|^on|^from$|^to$|^since)/.test(name) && !/Id$/.test(name)) return 'date'
  return undefined
}

/**
 * A plausible value for a schema: ids from the fixtures by property name, the first enum value, the
 * minimum of a number, one item per array, every property of an object.
 */
export function plausible(schema0: Schema, doc: Schema, name: string, ids: Record<string, string>, depth = 0, requiredOnly = false): Json {
  const schema = resolve(schema0, doc)
  if (depth > 8) return null
  if (schema.const !== undefined) return schema.const
  if (Array.isArray(schema.enum)) return schema.enum[0]
  const options = schema.anyOf ?? schema.oneOf
  if (Array.isArray(options)) {
    const nonNull = options.map((o: Schema) => resolve(o, doc)).filter((o: Schema) => o.type !== 'null')
    return plausible(nonNull[0] ?? {}, doc, name, ids, depth + 1, requiredOnly)
  }
  if (Array.isArray(schema.allOf)) return plausible(schema.allOf[0], doc, name, ids, depth + 1, requiredOnly)
  if (schema.default !== undefined && typeOf(schema) !== 'array' && typeOf(schema) !== 'object') return schema.default
  switch (typeOf(schema)) {
    case 'string': {
      if (schema.format === 'uuid') return ids[name] ?? ids[name.replace(/s$/, '')] ?? placeholderUuid
      if (schema.format === 'date') return '2013-07-15'
      if (schema.format === 'date-time') return '2013-07-15T20:00:00Z'
      if (schema.format === 'email') return 'probe@example.test'
      if (ids[name]) return ids[name]!
      if (name === 'timeZone') return 'America/Chicago'
      if (name === 'country') return 'US'
      if (schema.pattern) {
        const re = safeRegExp(schema.pattern)
        const fit = samplesForPattern.find((s) => re?.test(s))
        if (fit) return fit
      }
      const min = schema.minLength ?? 0
      const value = 'probe'.padEnd(min, 'e')
      return schema.maxLength !== undefined ? value.slice(0, schema.maxLength) : value
    }
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1)
      const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : Number.MAX_SAFE_INTEGER)
      return Math.min(Math.max(min, 1), max)
    }
    case 'boolean':
      return false
    case 'null':
      return null
    case 'array': {
      const count = Math.max(schema.minItems ?? 0, schema.maxItems === 0 ? 0 : 1)
      return Array.from({ length: count }, () => plausible(schema.items ?? {}, doc, name.replace(/s$/, ''), ids, depth + 1, requiredOnly))
    }
    case 'object': {
      const out: Record<string, Json> = {}
      const required = new Set<string>(schema.required ?? [])
      for (const [key, prop] of Object.entries<Schema>(schema.properties ?? {})) {
        if (!requiredOnly || required.has(key)) out[key] = plausible(prop, doc, key, ids, depth + 1, requiredOnly)
      }
      return out
    }
    default:
      return schema.properties ? plausible({ ...schema, type: 'object' }, doc, name, ids, depth, requiredOnly) : {}
  }
}

function safeRegExp(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u')
  } catch {
    return undefined
  }
}
