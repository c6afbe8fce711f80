import fc from 'fast-check'
import type { LightMyRequestResponse } from 'fastify'

/**
 * A hostile-input probe driven by the live OpenAPI document: for every operation it builds a
 * plausible request from the operation's schemas, then sends variants with one odd value at a time
 * (NUL and other control characters, bidi and zero-width characters, huge strings, extreme dates,
 * negative and huge numbers, wrong types, deep nesting, unknown fields). Deterministic: a fixed seed
 * per operation. It knows nothing of the routes beyond the document, so a new route is probed the
 * moment it is mounted.
 */

type Schema = Record<string, any>
type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Where = 'body' | 'query' | 'path'

export interface ProbeOperation {
  method: string
  path: string
  operation: Schema
}

export interface ProbeRequest {
  method: string
  url: string
  /** The body as sent: JSON text (possibly malformed on purpose). */
  payload?: string
  /** What was odd about it, e.g. `body.notes = NUL`. */
  label: string
}

export interface ProbeFailure {
  operation: string
  label: string
  url: string
  status: number
  contentType: string
  detail: string
}

export interface ProbeReport {
  operations: number
  paths: number
  requests: number
  byStatus: Record<string, number>
  serverErrors: number
  notProblemJson: number
  failures: ProbeFailure[]
  /** The plausible request of each operation: how many succeeded, and why the others did not. */
  plausibleOk: number
  plausibleRefused: string[]
}

/** Odd values for one field, by name; the ones every string field is tried with one by one are marked. */
const NUL = 'probe\u0000nul'
const HUGE = 'x'.repeat(100_000)
/** Too deep for JSON.stringify, so it stays text and is spliced in where the marker is. */
const DEEP_TEXT = '['.repeat(5_000) + ']'.repeat(5_000)
const DEEP = '\u0000probe-deep-nesting\u0000'
const EXTREME_DATES = ['0000-01-01', '9999-12-31', '0001-01-01']
const EXTREME_INSTANTS = ['0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '0001-01-01T00:00:00Z']

const oddValues: { name: string; value: Json }[] = [
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

function resolve(schema: Schema | undefined, doc: Schema): Schema {
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

function isDateLike(schema: Schema, name: string): 'date' | 'instant' | undefined {
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

interface Leaf {
  where: Where
  /** The name of the parameter, or the path inside the body. */
  path: (string | number)[]
  schema: Schema
  kind: 'string' | 'number' | 'boolean' | 'array' | 'object' | 'other'
  dateLike?: 'date' | 'instant'
}

/** Every position of the plausible body, with the schema that describes it. */
function bodyLeaves(value: Json, schema0: Schema, doc: Schema, path: (string | number)[], out: Leaf[], name = ''): void {
  let schema = resolve(schema0, doc)
  const options = schema.anyOf ?? schema.oneOf
  if (Array.isArray(options)) schema = resolve(options.find((o: Schema) => resolve(o, doc).type !== 'null') ?? {}, doc)
  const kind = Array.isArray(value)
    ? 'array'
    : value === null
      ? 'other'
      : typeof value === 'object'
        ? 'object'
        : typeof value === 'string'
          ? 'string'
          : typeof value === 'number'
            ? 'number'
            : typeof value === 'boolean'
              ? 'boolean'
              : 'other'
  out.push({ where: 'body', path, schema, kind, dateLike: kind === 'string' ? isDateLike(schema, name) : undefined })
  if (Array.isArray(value)) value.forEach((item, i) => bodyLeaves(item, schema.items ?? {}, doc, [...path, i], out, name))
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) bodyLeaves(item, schema.properties?.[key] ?? {}, doc, [...path, key], out, key)
}

function setAt(root: Json, path: (string | number)[], value: Json): Json {
  if (path.length === 0) return value
  const copy: any = Array.isArray(root) ? [...root] : { ...(root as object) }
  const [head, ...rest] = path
  copy[head as string] = setAt(copy[head as string], rest, value)
  return copy
}

/** Percent-encodes as UTF-8; a lone surrogate becomes the invalid bytes %ED%A0%80, which is hostile too. */
function encode(text: string): string {
  try {
    return encodeURIComponent(text)
  } catch {
    return text
      .replace(/[\uD800-\uDFFF]/g, '\uFFFD')
      .split('\uFFFD')
      .map(encodeURIComponent)
      .join('%ED%A0%80')
  }
}

function hashSeed(text: string): number {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
  return h >>> 0
}

function describeValue(value: Json): string {
  const found = oddValues.find((o) => o.value === value)
  if (found) return found.name
  const text = JSON.stringify(value)
  return text.length > 40 ? `${text.slice(0, 37)}...` : text
}

/** Every operation of the document, GET first and DELETE last, so deletions do not hide what they delete. */
export function operationsOf(doc: Schema): ProbeOperation[] {
  const order = ['get', 'post', 'put', 'patch', 'delete']
  const ops: ProbeOperation[] = []
  for (const [path, item] of Object.entries<Schema>(doc.paths ?? {})) {
    for (const [method, operation] of Object.entries<Schema>(item)) if (order.includes(method)) ops.push({ method: method.toUpperCase(), path, operation })
  }
  return ops.sort((a, b) => order.indexOf(a.method.toLowerCase()) - order.indexOf(b.method.toLowerCase()))
}

/**
 * The requests for one operation: the plausible one; NUL in each text field in turn (body, query and
 * path); extreme dates in each date field; odd bodies as a whole; then `randomRuns` single-field
 * mutations drawn by fast-check with a seed made from the operation, so every run sends the same.
 */
/** The body of an operation, if it takes JSON, and the plausible candidates for it: every field, then only the required ones. */
export function bodyCandidates(op: ProbeOperation, doc: Schema, ids: Record<string, string>): Json[] {
  const bodySchema = op.operation.requestBody ? resolve(resolve(op.operation.requestBody, doc).content?.['application/json']?.schema, doc) : undefined
  if (!bodySchema) return []
  return [plausible(bodySchema, doc, '', ids), plausible(bodySchema, doc, '', ids, 0, true)]
}

export function requestsFor(op: ProbeOperation, doc: Schema, ids: Record<string, string>, randomRuns: number, baseBody?: Json): ProbeRequest[] {
  const params = (op.operation.parameters ?? []).map((p: Schema) => resolve(p, doc)) as Schema[]
  const pathParams = params.filter((p) => p.in === 'path')
  const queryParams = params.filter((p) => p.in === 'query')
  const bodySchema = op.operation.requestBody ? resolve(resolve(op.operation.requestBody, doc).content?.['application/json']?.schema, doc) : undefined

  const pathValues: Record<string, string> = {}
  for (const p of pathParams) pathValues[p.name] = ids[`${op.path.split('/')[1]}:${p.name}`] ?? String(plausible(p.schema ?? {}, doc, p.name, ids))
  const queryValues: Record<string, string> = {}
  for (const p of queryParams) {
    const value = plausible(p.schema ?? {}, doc, p.name, ids)
    if (p.required || p.name === 'maxSeconds') queryValues[p.name] = String(value)
  }
  const body: Json | undefined = bodySchema ? (baseBody ?? plausible(bodySchema, doc, '', ids)) : undefined

  const url = (path: Record<string, string>, query: Record<string, string | string[]>) => {
    let u = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encode(path[name] ?? ''))
    const pairs: string[] = []
    for (const [k, v] of Object.entries(query)) for (const item of Array.isArray(v) ? v : [v]) pairs.push(`${encode(k)}=${encode(item)}`)
    if (pairs.length) u += `?${pairs.join('&')}`
    return u
  }
  const out: ProbeRequest[] = []
  const send = (label: string, path = pathValues, query: Record<string, string | string[]> = queryValues, b: Json | undefined = body, raw?: string) => {
    const payload = raw ?? (b === undefined ? undefined : JSON.stringify(b).replaceAll(JSON.stringify(DEEP), DEEP_TEXT))
    out.push({ method: op.method, url: url(path, query), ...(payload !== undefined ? { payload } : {}), label })
  }

  send('plausible')

  // Path and query parameters: NUL, extreme dates, then the odd catalogue by fast-check.
  const paramLeaves: Leaf[] = [
    ...pathParams.map((p): Leaf => ({ where: 'path', path: [p.name], schema: resolve(p.schema, doc), kind: 'string' })),
    ...queryParams.map((p): Leaf => {
      const schema = resolve(p.schema, doc)
      const inner = resolve((schema.anyOf ?? [schema])[0], doc)
      return { where: 'query', path: [p.name], schema, kind: 'string', dateLike: isDateLike(inner, p.name) }
    }),
  ]
  const withParam = (leaf: Leaf, value: string | string[], label: string) => {
    const name = String(leaf.path[0])
    if (leaf.where === 'path') send(label, { ...pathValues, [name]: Array.isArray(value) ? value.join(',') : value })
    else send(label, pathValues, { ...queryValues, [name]: value })
  }
  for (const leaf of paramLeaves) {
    withParam(leaf, NUL, `${leaf.where}.${leaf.path[0]} = NUL`)
    if (leaf.dateLike) for (const d of EXTREME_DATES) withParam(leaf, d, `${leaf.where}.${leaf.path[0]} = ${d}`)
  }

  // Body fields: NUL in each text field, extreme dates in each date field.
  const leaves: Leaf[] = []
  if (body !== undefined) bodyLeaves(body, bodySchema ?? {}, doc, [], leaves)
  for (const leaf of leaves.filter((l) => l.kind === 'string')) {
    send(`body.${leaf.path.join('.')} = NUL`, pathValues, queryValues, setAt(body!, leaf.path, NUL))
    if (leaf.dateLike) {
      const extremes = leaf.dateLike === 'instant' ? EXTREME_INSTANTS : EXTREME_DATES
      for (const d of extremes) send(`body.${leaf.path.join('.')} = ${d}`, pathValues, queryValues, setAt(body!, leaf.path, d))
    }
  }
  if (body !== undefined) {
    send('body = deep nesting', pathValues, queryValues, DEEP)
    send('body = []', pathValues, queryValues, [])
    send('body = "text"', pathValues, queryValues, 'text')
    send('body = malformed JSON', pathValues, queryValues, undefined, '{"a": ')
    if (body && typeof body === 'object' && !Array.isArray(body)) {
      send('body + unknown fields', pathValues, queryValues, { ...body, probeUnknown: NUL, constructor: { prototype: { polluted: true } } })
      const text = JSON.stringify(body)
      send('body + __proto__', pathValues, queryValues, undefined, `{"__proto__":{"polluted":true}${text === '{}' ? '' : ','}${text.slice(1)}`)
    }
  }

  // Random single-field mutations, reproducible: the seed is the operation.
  const allLeaves = [...paramLeaves, ...leaves.filter((l) => l.path.length > 0)]
  if (allLeaves.length > 0 && randomRuns > 0) {
    const arbitrary = fc.tuple(
      fc.nat({ max: allLeaves.length - 1 }),
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...oddValues) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }).map((s) => ({ name: 'random text', value: s as Json })) },
        {
          weight: 1,
          arbitrary: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })).map((n) => ({ name: 'random number', value: n as Json })),
        },
      ),
    )
    for (const [index, odd] of fc.sample(arbitrary, { seed: hashSeed(`${op.method} ${op.path}`), numRuns: randomRuns })) {
      const leaf = allLeaves[index]!
      const label = `${leaf.where}.${leaf.path.join('.')} = ${odd.name === 'random text' || odd.name === 'random number' ? describeValue(odd.value) : odd.name}`
      if (leaf.where === 'body') send(label, pathValues, queryValues, setAt(body!, leaf.path, odd.value))
      else {
        const v = odd.value === DEEP ? DEEP_TEXT : odd.value
        withParam(leaf, Array.isArray(v) ? v.map(String) : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v), label)
      }
    }
  }
  return out
}

export type Send = (request: ProbeRequest) => Promise<LightMyRequestResponse>

/** Sends every request of every operation; a 5xx, or a 4xx that is not problem+json, is a failure. */
export async function runProbe(
  doc: Schema,
  ids: Record<string, string>,
  send: Send,
  opts: { randomRuns: number; onlyOperation?: (op: ProbeOperation) => boolean },
): Promise<ProbeReport> {
  const report: ProbeReport = {
    operations: 0,
    paths: 0,
    requests: 0,
    byStatus: {},
    serverErrors: 0,
    notProblemJson: 0,
    failures: [],
    plausibleOk: 0,
    plausibleRefused: [],
  }
  const paths = new Set<string>()
  const sendAndCheck = async (op: ProbeOperation, request: ProbeRequest) => {
    const res = await send(request)
    report.requests++
    const bucket = `${Math.floor(res.statusCode / 100)}xx`
    report.byStatus[bucket] = (report.byStatus[bucket] ?? 0) + 1
    const contentType = String(res.headers['content-type'] ?? '')
    const isServerError = res.statusCode >= 500
    // A page for people (a promoter's link, an unsubscribe link) may answer its 4xx as the HTML its document declares.
    const declared = Object.keys((op.operation.responses as Schema | undefined)?.[String(res.statusCode)]?.content ?? {})
    const isDeclaredPage = declared.includes('text/html') && contentType.startsWith('text/html')
    const isBareClientError = res.statusCode >= 400 && res.statusCode < 500 && !contentType.startsWith('application/problem+json') && !isDeclaredPage
    if (isServerError) report.serverErrors++
    if (isBareClientError) report.notProblemJson++
    if (isServerError || isBareClientError) {
      report.failures.push({
        operation: `${op.method} ${op.path}`,
        label: request.label,
        url: request.url.length > 160 ? `${request.url.slice(0, 157)}...` : request.url,
        status: res.statusCode,
        contentType,
        detail: res.body.slice(0, 200),
      })
    }
    return res
  }
  for (const op of operationsOf(doc)) {
    if (opts.onlyOperation && !opts.onlyOperation(op)) continue
    report.operations++
    paths.add(op.path)
    // Calibration: the first plausible body the server takes (every field, else only the required
    // ones) is the base of every variant, so that one odd field is all that differs.
    const candidates: (Json | undefined)[] = bodyCandidates(op, doc, ids)
    if (candidates.length === 0) candidates.push(undefined)
    let base = candidates.at(-1)
    let ok = false
    let last = ''
    for (const candidate of candidates) {
      const res = await sendAndCheck(op, requestsFor(op, doc, ids, 0, candidate)[0]!)
      last = `${res.statusCode} ${res.body.slice(0, 160)}`
      if (res.statusCode < 300) {
        base = candidate
        ok = true
        break
      }
    }
    if (ok) report.plausibleOk++
    else report.plausibleRefused.push(`${op.method} ${op.path} → ${last}`)
    for (const request of requestsFor(op, doc, ids, opts.randomRuns, base).filter((r) => r.label !== 'plausible')) await sendAndCheck(op, request)
  }
  report.paths = paths.size
  return report
}

/** The report as text: the figures, the failures grouped by operation, at most `examples` lines of them. */
export function formatReport(report: ProbeReport, database: string, examples = 40): string {
  const lines = [
    `hostile-input probe on ${database}: ${report.operations} operations on ${report.paths} paths, ${report.requests} requests`,
    `answers: ${Object.entries(report.byStatus)
      .sort()
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')}; 5xx=${report.serverErrors}; 4xx not problem+json=${report.notProblemJson}`,
    `plausible requests answered 2xx: ${report.plausibleOk} of ${report.operations}`,
  ]
  if (process.env.GREENROOM_PROBE_VERBOSE) lines.push(...report.plausibleRefused.map((r) => `  refused plausible: ${r}`))
  if (report.failures.length) {
    const byOperation = new Map<string, ProbeFailure[]>()
    for (const f of report.failures) byOperation.set(f.operation, [...(byOperation.get(f.operation) ?? []), f])
    lines.push(`failures: ${report.failures.length} in ${byOperation.size} operations`)
    const kinds = new Map<string, number>()
    for (const f of report.failures) {
      const kind = f.label.replace(/^.*= /, '')
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1)
    }
    lines.push(
      `by odd value: ${[...kinds]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k}: ${n}`)
        .join('; ')}`,
    )
    // Examples: the distinct odd inputs first (where and what), one operation each.
    const seen = new Set<string>()
    const picked: ProbeFailure[] = []
    for (const f of report.failures) {
      const [where, what] = f.label.split(' = ')
      const key = `${where!.replace(/\.\d+/g, '.n').replace(/^path\.workspaceId$/, 'path.workspaceId')} = ${what}`
      if (!seen.has(key)) {
        seen.add(key)
        picked.push(f)
      }
    }
    lines.push(`examples (${Math.min(examples, picked.length)} of ${picked.length} distinct field/value failures):`)
    for (const f of picked.slice(0, examples)) {
      lines.push(`  ${f.operation}: ${f.label} → ${f.status} ${f.contentType.split(';')[0]} ${f.detail.replace(/\s+/g, ' ').slice(0, 110)}`)
    }
    lines.push(`operations with a failure: ${[...byOperation.keys()].join(', ')}`)
  }
  return lines.join('\n')
}
