import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { DomainError, NotFoundError, ValidationError } from '../domain/errors.ts'
import { IdOrSlugSchema } from '../contract/common.ts'
import { meForToken, membershipOf, userAndMembershipForToken, userForToken } from '../usecases/auth/get-me.ts'
import type { Me } from '../contract/auth.ts'
import type { Actor, Deps } from '../usecases/deps.ts'
import { SESSION_DAYS } from '../usecases/auth/session-token.ts'
import { compileStringTest } from './params-check.ts'

export const SESSION_COOKIE = 'gr_session'

/** IdOrSlugSchema's own rules compiled (params-check.ts): asked on every workspace request, twice. */
const idOrSlugTest = compileStringTest(IdOrSlugSchema)
const isIdOrSlug = (value: unknown): boolean => (idOrSlugTest ? idOrSlugTest(value) : IdOrSlugSchema.safeParse(value).success)

export interface SessionUser {
  id: string
  email: string
  displayName: string
}

interface Membership {
  workspaceId: string
  role: Actor['role']
}

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null
    actor: Actor | null
    /** The membership read with the session (one statement), for the workspace named in the path. */
    prefetchedMembership: { workspace: string; membership: Membership | undefined } | null
    /** On a route marked `sessionWithWorkspaces`: the user and their workspaces, read with the session (one statement). */
    prefetchedMe: Me | null
  }
  interface FastifyContextConfig {
    /** Set on every workspace-scoped route: the session hook reads the membership with the session. */
    workspaceScoped?: boolean
    /** Set on /api/me: the session hook reads the user's workspaces with the session. */
    sessionWithWorkspaces?: boolean
  }
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean) {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: SESSION_DAYS * 86_400 })
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean) {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure })
}

/**
 * Reads the session cookie on every request; routes decide whether a user is required. On a
 * workspace-scoped route the same statement also reads the caller's role in the workspace of the
 * path, so authentication and authorisation cost one statement per request (ADR 025). `beforeSession`
 * runs first on every request (the security headers), in the same hook.
 */
export function registerSession(app: FastifyInstance, deps: Deps, opts: { beforeSession?: (reply: FastifyReply) => void } = {}) {
  app.decorateRequest('user', null)
  app.decorateRequest('actor', null)
  app.decorateRequest('prefetchedMembership', null)
  app.decorateRequest('prefetchedMe', null)
  // One onRequest hook for the browser protections and the session (ADR 057): it runs after
  // @fastify/cookie's (which parses the cookie), and a request without a session costs no promise.
  app.addHook('onRequest', (request, reply, done) => {
    opts.beforeSession?.(reply)
    const token = request.cookies[SESSION_COOKIE]
    if (!token) return done()
    readSession(request, token).then(() => done(), done)
  })
  async function readSession(request: FastifyRequest, token: string): Promise<void> {
    if (request.routeOptions.config.sessionWithWorkspaces) {
      request.prefetchedMe = await meForToken(deps, token)
      request.user = request.prefetchedMe?.user ?? null
      return
    }
    const workspace = request.routeOptions.config.workspaceScoped ? (request.params as { workspaceId?: string }).workspaceId : undefined
    if (workspace !== undefined && isIdOrSlug(workspace)) {
      const found = await userAndMembershipForToken(deps, token, workspace)
      request.user = found?.user ?? null
      if (found) request.prefetchedMembership = { workspace, membership: found.membership }
    } else {
      request.user = await userForToken(deps, token)
    }
  }
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
    if (!isIdOrSlug(workspaceId)) {
      const checked = IdOrSlugSchema.safeParse(workspaceId)
      if (!checked.success) throw new ValidationError([{ path: 'workspaceId', message: checked.error.issues[0]?.message ?? 'invalid' }])
    }
    const prefetched = request.prefetchedMembership
    const membership = !workspaceId ? undefined : prefetched?.workspace === workspaceId ? prefetched.membership : await membershipOf(deps, user.id, workspaceId)
    if (!membership) throw new NotFoundError('workspace', workspaceId ?? '')
    request.actor = { userId: user.id, workspaceId: membership.workspaceId, role: membership.role }
  }
}

export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new Error('route is missing the workspace scope')
  return request.actor
}
