import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { DomainError, NotFoundError, ValidationError } from '../domain/errors.ts'
import { IdOrSlugSchema } from '../contract/common.ts'
import { userForToken } from '../usecases/auth/get-me.ts'
import { findMembership } from '../db/queries/accounts.ts'
import type { Actor, Deps } from '../usecases/deps.ts'
import { SESSION_DAYS } from '../usecases/auth/session-token.ts'

export const SESSION_COOKIE = 'gr_session'

export interface SessionUser {
  id: string
  email: string
  displayName: string
}

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null
    actor: Actor | null
  }
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean) {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: SESSION_DAYS * 86_400 })
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean) {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure })
}

/** Reads the session cookie on every request; routes decide whether a user is required. */
export function registerSession(app: FastifyInstance, deps: Deps) {
  app.decorateRequest('user', null)
  app.decorateRequest('actor', null)
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE]
    request.user = token ? await userForToken(deps, token) : null
  })
}

export function requireUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw new DomainError('unauthenticated', 'Log in to continue.')
  return request.user
}

/**
 * Resolves `:workspaceId` (id or slug) to the caller's role in it. It runs before validation, so
 * someone outside the workspace learns nothing, not even which ids are well-formed: always 404.
 */
export function workspaceScope(deps: Deps) {
  return async (request: FastifyRequest) => {
    const user = requireUser(request)
    const { workspaceId } = request.params as { workspaceId?: string }
    // This hook runs before the route's own validation: refuse a malformed reference before any query.
    const checked = IdOrSlugSchema.safeParse(workspaceId)
    if (!checked.success) throw new ValidationError([{ path: 'workspaceId', message: checked.error.issues[0]?.message ?? 'invalid' }])
    const membership = workspaceId ? await findMembership(deps.db, user.id, workspaceId) : undefined
    if (!membership) throw new NotFoundError('workspace', workspaceId ?? '')
    request.actor = { userId: user.id, workspaceId: membership.workspaceId, role: membership.role }
  }
}

export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new Error('route is missing the workspace scope')
  return request.actor
}
