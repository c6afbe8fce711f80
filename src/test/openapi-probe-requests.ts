import fc from 'fast-check'
import {
  DEEP,
  DEEP_TEXT,
  EXTREME_DATES,
  EXTREME_INSTANTS,
  NUL,
  oddValues,
  plausible,
  resolve,
  isDateLike,
  type Json,
  type Schema,
} from './openapi-probe-values.ts'

/** The requests of the hostile-input probe (openapi-probe.ts): the operations of the document, and for each the plausible request and its odd variants. */

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

/** The body of an operation, if it takes JSON, and the plausible candidates for it: every field, then only the required ones. */
export function bodyCandidates(op: ProbeOperation, doc: Schema, ids: Record<string, string>): Json[] {
  const bodySchema = op.operation.requestBody ? resolve(resolve(op.operation.requestBody, doc).content?.['application/json']?.schema, doc) : undefined
  if (!bodySchema) return []
  return [plausible(bodySchema, doc, '', ids), plausible(bodySchema, doc, '', ids, 0, true)]
}

/**
 * The requests for one operation: the plausible one; NUL in each text field in turn (body, query and
 * path); extreme dates in each date field; odd bodies as a whole; then `randomRuns` single-field
 * mutations drawn by fast-check with a seed made from the operation, so every run sends the same.
 */
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
