import type { ServerResponse } from 'node:http'
import { z } from 'zod'
import { WorkspaceParamsSchema } from '../../contract/common.ts'
import type { LiveEvent } from '../../events/bus.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf, SESSION_COOKIE } from '../session.ts'
import { DomainError } from '../../domain/errors.ts'
import { hashSecret } from '../../usecases/auth/session-token.ts'
import { liveEventFilter } from '../../usecases/road/road-events.ts'

export const HEARTBEAT_MS = 15_000
export const RETRY_MS = 2000
export const DEFAULT_MAX_SECONDS = 300
/**
 * Live streams one session may hold open on one instance (tabs of the app; a browser opens at most
 * six connections per host over HTTP/1.1 anyway). The next one is refused with 429.
 */
export const MAX_STREAMS_PER_SESSION = 8

const Params = WorkspaceParamsSchema
const Query = z.object({
  maxSeconds: z.coerce
    .number()
    .int()
    .min(1)
    .max(3600)
    .default(DEFAULT_MAX_SECONDS)
    .describe('The server ends the stream after this long; EventSource reconnects by itself, and the reconnect re-checks membership'),
})
const AboutSchema = z.object({
  stream: z.literal('text/event-stream').describe('Ask with `Accept: text/event-stream` (EventSource does) to get the stream'),
  retryMs: z.number().int(),
  heartbeatSeconds: z.number().int(),
  maxSeconds: z.number().int(),
})

/** One SSE frame; `data` is one line of JSON, so it never needs splitting. */
export function sseFrame(event: LiveEvent): string {
  return `event: ${event.kind}\ndata: ${JSON.stringify(event)}\n\n`
}

export const eventsRoutes = defineRoutes((app, ctx) => {
  const open = new Set<ServerResponse>()
  /** Open streams per session (by the hash of its token, never the token itself). */
  const perSession = new Map<string, number>()
  // Streams never go idle, so the server could not close while one is open: end them first.
  app.addHook('preClose', async () => {
    for (const raw of open) raw.end()
    open.clear()
  })

  app.get(
    '/events',
    {
      schema: {
        tags: ['live'],
        summary:
          "Server-Sent Events of this workspace's changes (ids only; refetch what changed). Without `Accept: text/event-stream`, describes the stream instead.",
        params: Params,
        querystring: Query,
        response: { 200: AboutSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request)
      const { workspaceId } = actor
      const { maxSeconds } = request.query
      const bus = ctx.deps.events
      if (!bus || !String(request.headers.accept ?? '').includes('text/event-stream')) {
        return { stream: 'text/event-stream' as const, retryMs: RETRY_MS, heartbeatSeconds: HEARTBEAT_MS / 1000, maxSeconds }
      }

      const session = hashSecret(request.cookies[SESSION_COOKIE] ?? '')
      const held = perSession.get(session) ?? 0
      if (held >= MAX_STREAMS_PER_SESSION) {
        throw new DomainError('rate-limited', `This session already holds ${held} live streams; close one (a tab of the app) first.`, {
          retryAfterSeconds: RETRY_MS / 1000,
        })
      }
      // What this subscriber may hear: a hotel's or a journey's change only when it concerns them (ADR 050).
      const hears = await liveEventFilter(ctx.deps, actor)
      perSession.set(session, held + 1)

      reply.hijack()
      const raw = reply.raw
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        // nginx and friends: pass each frame through at once.
        'x-accel-buffering': 'no',
      })
      raw.write(`retry: ${RETRY_MS}\n: connected\n\n`)
      open.add(raw)

      const unsubscribe = bus.subscribe(workspaceId, (event) => {
        const heard = hears(event)
        if (heard) raw.write(sseFrame(heard))
      })
      const heartbeat = setInterval(() => raw.write(': heartbeat\n\n'), HEARTBEAT_MS)
      const deadline = setTimeout(() => raw.end(), maxSeconds * 1000)
      let cleaned = false
      const cleanup = () => {
        if (cleaned) return
        cleaned = true
        const left = (perSession.get(session) ?? 1) - 1
        if (left > 0) perSession.set(session, left)
        else perSession.delete(session)
        unsubscribe()
        clearInterval(heartbeat)
        clearTimeout(deadline)
        open.delete(raw)
      }
      raw.on('close', cleanup)
      raw.on('finish', cleanup)
      raw.on('error', cleanup)
    },
  )
})
