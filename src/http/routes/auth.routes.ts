import { z } from 'zod'
import { LoginBodySchema, MeSchema, SignupBodySchema } from '../../contract/auth.ts'
import { signUp } from '../../usecases/auth/sign-up.ts'
import { logIn } from '../../usecases/auth/log-in.ts'
import { logOut } from '../../usecases/auth/log-out.ts'
import { getMe } from '../../usecases/auth/get-me.ts'
import { defineRoutes } from '../route-context.ts'
import { clearSessionCookie, requireUser, setSessionCookie, SESSION_COOKIE } from '../session.ts'

/** Login attempts per client address and email within the window. */
export const LOGIN_ATTEMPTS = 10
export const LOGIN_WINDOW = '15 minutes'
/** Sign-ups per client address within the window (a band signing up together shares one address). */
export const SIGNUP_ATTEMPTS = 50

export const authRoutes = defineRoutes((app, ctx) => {
  const tags = ['auth']
  app.post('/auth/signup', {
    schema: { tags, summary: 'Create an account and log in', security: [], body: SignupBodySchema, response: { 201: MeSchema } },
    config: { rateLimit: { max: SIGNUP_ATTEMPTS, timeWindow: LOGIN_WINDOW } },
  }, async (request, reply) => {
    const { user, token } = await signUp(ctx.deps, request.body)
    setSessionCookie(reply, token, ctx.secureCookies)
    return reply.code(201).send(await getMe(ctx.deps, user))
  })

  app.post('/auth/login', {
    schema: { tags, summary: 'Log in with email and password; sets the session cookie', security: [], body: LoginBodySchema, response: { 200: MeSchema } },
    config: {
      rateLimit: {
        max: LOGIN_ATTEMPTS,
        timeWindow: LOGIN_WINDOW,
        // After body parsing, so the key can include the email being tried.
        hook: 'preHandler',
        keyGenerator: (request) => `${request.ip}|${String((request.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase()}`,
      },
    },
  }, async (request, reply) => {
    const { user, token } = await logIn(ctx.deps, request.body)
    setSessionCookie(reply, token, ctx.secureCookies)
    return getMe(ctx.deps, user)
  })

  app.post('/auth/logout', { schema: { tags, summary: 'End this session', response: { 204: z.null() } } }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE]
    if (token) await logOut(ctx.deps, token)
    clearSessionCookie(reply, ctx.secureCookies)
    return reply.code(204).send(null)
  })

  app.get('/me', { schema: { tags, summary: 'The logged-in user and their workspaces', response: { 200: MeSchema } } }, async (request) =>
    getMe(ctx.deps, requireUser(request)),
  )
})
