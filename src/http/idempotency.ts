import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { fieldError } from '../domain/errors.ts'
import { idempotencyKeyProblem } from '../domain/idempotency.ts'
import { beginKeyedRequest, finishKeyedRequest } from '../usecases/idempotency/keyed-requests.ts'
import type { Deps } from '../usecases/deps.ts'

declare module 'fastify' {
  interface FastifyRequest {
    /** The Idempotency-Key this request claimed (its answer is kept in onSend). */
    idempotencyKey: string | null
  }
}

const CHANGES = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** Signed-in changes under /api (not log-in, log-out or sign-up, whose answers set cookies). */
function isKeyable(request: FastifyRequest): boolean {
  const path = request.url
  return CHANGES.has(request.method) && path.startsWith('/api/') && !path.startsWith('/api/auth/')
}

/**
 * `Idempotency-Key` on signed-in changes (docs/decisions/018-idempotency-keys.md): the first request
 * with a key does the change and its answer is kept for a day; a repeat gets that answer again,
 * marked `Idempotent-Replayed: true`, and changes nothing. The offline outbox sends every answer and
 * edit with one (web/src/offline/outbox.ts). Without the header nothing changes.
 */
export function registerIdempotency(app: FastifyInstance, deps: Deps) {
  app.decorateRequest('idempotencyKey', null)
  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers['idempotency-key']
    if (header === undefined || !isKeyable(request)) return
    const problem = idempotencyKeyProblem(header)
    if (problem) throw fieldError('Idempotency-Key', problem)
    if (!request.user) return
    const key = header as string
    const replay = await beginKeyedRequest(deps.db, {
      userId: request.user.id,
      key,
      method: request.method,
      url: request.url,
      body: request.body,
      now: new Date(),
    })
    if (!replay) {
      request.idempotencyKey = key
      return
    }
    reply.code(replay.status).header('idempotent-replayed', 'true')
    if (replay.contentType) reply.header('content-type', replay.contentType)
    return reply.send(replay.body)
  })
  // Callback style: the answer of a request without a key (nearly all) passes without a promise (ADR 057).
  app.addHook('onSend', (request, reply, payload, done) => {
    const key = request.idempotencyKey
    if (!key || !request.user) return done(null, payload)
    keepAnswer(request, reply, key, request.user.id, payload).then(() => done(null, payload), done)
  })
  async function keepAnswer(request: FastifyRequest, reply: FastifyReply, key: string, userId: string, payload: unknown): Promise<void> {
    request.idempotencyKey = null
    const body = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : payload == null ? '' : null
    const contentType = reply.getHeader('content-type')
    try {
      await finishKeyedRequest(deps.db, userId, key, {
        status: reply.statusCode,
        contentType: typeof contentType === 'string' ? contentType : null,
        body,
      })
    } catch (err) {
      // The change is done and answered; only its replay is lost (a repeat within a minute waits, then runs again).
      request.log.warn({ err }, 'could not keep the answer of an idempotent request')
    }
  }
}
