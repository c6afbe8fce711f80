import type { LightMyRequestResponse } from 'fastify'
import { bodyCandidates, operationsOf, requestsFor, type ProbeOperation, type ProbeRequest } from './openapi-probe-requests.ts'
import type { Json, Schema } from './openapi-probe-values.ts'

/**
 * A hostile-input probe driven by the live OpenAPI document: for every operation it builds a
 * plausible request from the operation's schemas, then sends variants with one odd value at a time
 * (NUL and other control characters, bidi and zero-width characters, huge strings, extreme dates,
 * negative and huge numbers, wrong types, deep nesting, unknown fields). Deterministic: a fixed seed
 * per operation. It knows nothing of the routes beyond the document, so a new route is probed the
 * moment it is mounted. Its values are in openapi-probe-values.ts, its requests in openapi-probe-requests.ts;
 * this file sends them and reports.
 */

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
