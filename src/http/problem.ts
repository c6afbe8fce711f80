import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod'
import { DomainError, type DomainErrorCode, type FieldIssue } from '../domain/errors.ts'

/** The only place that knows HTTP statuses; exhaustive, so a new code without a status fails to compile. */
const statusByCode: Record<DomainErrorCode, number> = {
  validation: 400,
  'not-found': 404,
  forbidden: 403,
  unauthenticated: 401,
  conflict: 409,
  'stale-version': 409,
  'rule-violated': 422,
  'rate-limited': 429,
  locked: 423,
  'too-large': 413,
  'key-reused': 422,
  'in-progress': 409,
}

const titles: Record<DomainErrorCode, string> = {
  validation: 'Some fields need attention',
  'not-found': 'Not found',
  forbidden: 'Not allowed',
  unauthenticated: 'Please log in',
  conflict: 'Conflict',
  'stale-version': 'Changed by someone else',
  'rule-violated': 'A rule is not met',
  'rate-limited': 'Too many attempts',
  locked: 'In use',
  'too-large': 'Too large',
  'key-reused': 'Key used for another request',
  'in-progress': 'Still being handled',
}

export const PROBLEM_BASE = 'https://greenroom.dev/problems/'
/** The largest request body, in MB; over it the answer is 413. */
export const BODY_LIMIT_MB = 5

function send(reply: FastifyReply, request: FastifyRequest, code: DomainErrorCode, detail: string, extra: Record<string, unknown> = {}) {
  const status = statusByCode[code]
  return reply
    .code(status)
    .type('application/problem+json')
    .send({ type: PROBLEM_BASE + code, title: titles[code], status, detail, instance: request.url.split('?')[0], code, ...extra })
}

/** Zod issue paths come as arrays; the client gets `writers.1.sharePercent`, prefixed by where the value was. */
function zodIssues(
  err: { validation: { instancePath?: string; message?: string; params?: { issue?: { path?: PropertyKey[] } } }[] },
  context: string | undefined,
): FieldIssue[] {
  return err.validation.map((v) => {
    const raw = v.params?.issue?.path?.map(String).join('.') ?? (v.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.')
    const prefix = context && context !== 'body' ? `${context}.` : ''
    return { path: prefix + raw, message: v.message ?? 'invalid' }
  })
}

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof DomainError) {
    const { errors, current, conflicts, retryAfterSeconds } = error.details
    if (typeof retryAfterSeconds === 'number') reply.header('retry-after', String(retryAfterSeconds))
    return send(reply, request, error.code, error.message, {
      ...(errors ? { errors } : {}),
      ...(current !== undefined ? { current } : {}),
      ...(conflicts !== undefined ? { conflicts } : {}),
    })
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = zodIssues(error as never, (error as { validationContext?: string }).validationContext)
    return send(reply, request, 'validation', errors.map((e) => `${e.path || 'request'}: ${e.message}`).join('; '), { errors })
  }
  if (error.statusCode === 429) return send(reply, request, 'rate-limited', 'Too many attempts. Wait a few minutes and try again.')
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
    return send(reply, request, 'validation', 'Send the body as application/json.', { errors: [{ path: 'body', message: 'unsupported content type' }] })
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413)
    return send(reply, request, 'too-large', `The body is larger than the limit of ${BODY_LIMIT_MB} MB.`, { errors: [{ path: 'body', message: 'too large' }] })
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH' || error.statusCode === 414) {
    return reply
      .code(414)
      .type('application/problem+json')
      .send({
        type: PROBLEM_BASE + 'too-long',
        title: 'Address too long',
        status: 414,
        detail: 'A part of the address is longer than any identifier.',
        instance: request.url.split('?')[0]!.slice(0, 200),
        code: 'too-long',
      })
  }
  if (error.code === 'FST_ERR_BAD_URL')
    return send(reply, request, 'validation', 'The address is not valid percent-encoded UTF-8.', { errors: [{ path: 'url', message: 'not valid UTF-8' }] })
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    // Fastify's own client errors (malformed JSON, body too large …).
    return send(reply, request, 'validation', error.message, { errors: [{ path: 'body', message: error.message }] })
  }
  request.log.error({ err: error }, 'unexpected error')
  return reply
    .code(500)
    .type('application/problem+json')
    .send({
      type: PROBLEM_BASE + 'internal',
      title: 'Something went wrong on our side',
      status: 500,
      detail: `Please try again. If it keeps happening, report request ${request.id}.`,
      code: 'internal',
      requestId: request.id,
    })
}

export function handleNotFound(request: FastifyRequest, reply: FastifyReply) {
  return send(reply, request, 'not-found', `No route ${request.method} ${request.url.split('?')[0]}.`)
}
