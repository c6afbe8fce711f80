import type { FastifyServerOptions } from 'fastify'
import type { DestinationStream } from 'pino'

/**
 * The one place that decides what reaches the log. No log line may carry a query parameter (the
 * values a statement was run with: password hashes, emails, names), a session cookie, a secret
 * address (invite links, calendar feeds) or a query string. Every error goes through redactError,
 * every request through redactRequest; headers are never logged, and pino's redact removes them
 * (and any password, token or hash field) should a log call pass them by mistake.
 */

const REDACTED = '[redacted]'

/** Path segments that are secrets: the token of an invite link or of a calendar feed. */
/** Group 1 is kept before the secret, group 2 after it. */
const SECRET_PATHS: RegExp[] = [/^(\/api\/invites\/)[^/?#]+()/, /^(\/feeds\/)[^/?#]+?(\.ics)?$/]

/** A URL fit for the log: no query string, no secret segment. */
export function redactUrl(url: string): string {
  const [path = '', query] = url.split('?', 2)
  let safe = path
  for (const pattern of SECRET_PATHS) safe = safe.replace(pattern, (_m, before: string, after: string | undefined) => `${before}${REDACTED}${after ?? ''}`)
  return query === undefined ? safe : `${safe}?${REDACTED}`
}

interface LoggedRequest {
  method?: string
  url?: string
  id?: string
  ip?: string
  socket?: { remotePort?: number }
}

export function redactRequest(request: LoggedRequest) {
  return { method: request.method, url: redactUrl(request.url ?? ''), reqId: request.id, remoteAddress: request.ip }
}

/** Driver fields that name things (safe) as opposed to detail/where/hint/params/query (values). */
const SAFE_FIELDS = ['code', 'constraint', 'table', 'column', 'schema', 'routine', 'severity', 'statusCode'] as const

function valuesOf(err: unknown): string[] {
  const values: string[] = []
  let e: unknown = err
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const params = (e as { params?: unknown }).params
    if (Array.isArray(params)) for (const p of params) if (p !== null && p !== undefined && String(p).length >= 3) values.push(String(p))
    e = (e as { cause?: unknown }).cause
  }
  return values.sort((a, b) => b.length - a.length)
}

function scrub(text: string, values: string[]): string {
  let out = text
  for (const v of values) out = out.split(v).join(REDACTED)
  // Values PostgreSQL quotes in its own messages (invalid input syntax for type uuid: "…").
  return out.replace(/(: )"[^"]*"/g, `$1"${REDACTED}"`)
}

/**
 * An error as the log may show it: its kind, the driver's SQLSTATE and the names it reports, the
 * innermost message with every parameter value removed, and the stack frames only (the first
 * line of a stack repeats the message, which for a failed query lists the parameters).
 */
export function redactError(err: unknown): Record<string, unknown> {
  if (!err || typeof err !== 'object') return { message: String(err) }
  const values = valuesOf(err)
  const chain: Record<string, unknown>[] = []
  let e: unknown = err
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const x = e as Record<string, unknown> & { message?: unknown; name?: unknown; stack?: unknown; query?: unknown }
    const entry: Record<string, unknown> = { type: typeof x.name === 'string' ? x.name : 'Error' }
    // A failed-query wrapper's message is the statement and its parameters: say only that.
    entry.message = typeof x.query === 'string' ? 'database query failed' : scrub(String(x.message ?? ''), values)
    for (const field of SAFE_FIELDS) if (x[field] !== undefined && typeof x[field] !== 'object') entry[field] = x[field]
    if (depth === 0 && typeof x.stack === 'string')
      entry.stack = x.stack
        .split('\n')
        .filter((line) => /^\s+at /.test(line))
        .join('\n')
    chain.push(entry)
    e = x.cause
  }
  const [top, ...causes] = chain
  return causes.length ? { ...top, causes } : top!
}

/** Fastify's logger options: the serializers above, and redact as a second line of defence. */
export function loggerOptions(level: string, stream?: DestinationStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    serializers: {
      req: redactRequest as never,
      err: redactError as never,
      error: redactError,
    },
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'headers.cookie',
        'headers.authorization',
        'res.headers["set-cookie"]',
        '*.password',
        '*.passwordHash',
        '*.token',
        '*.tokenHash',
        'password',
        'passwordHash',
        'token',
        'cookie',
      ],
      censor: REDACTED,
    },
  }
}
