import { z } from 'zod'
import { LoginBodySchema, MeSchema, SignupAcceptedSchema, SignupBodySchema } from '../../contract/auth.ts'
import { signUp } from '../../usecases/auth/sign-up.ts'
import { logIn } from '../../usecases/auth/log-in.ts'
import { countLoginAttempt, forgiveLoginAttempt } from '../../usecases/auth/login-limits.ts'
import { logOut } from '../../usecases/auth/log-out.ts'
import { getMe } from '../../usecases/auth/get-me.ts'
import { defineRoutes } from '../route-context.ts'
import { clearSessionCookie, requireUser, setSessionCookie, SESSION_COOKIE } from '../session.ts'

export const SIGNUP_WINDOW = '15 minutes'
/** Sign-ups per client address within the window (a band signing up together shares one address). */
export const SIGNUP_ATTEMPTS = 50

export const authRoutes = defineRoutes((app, ctx) => {
  const tags = ['auth']
  app.post(
    '/auth/signup',
    {
      schema: {
        tags,
        summary: 'Create an account when the email is new; the same answer either way (it never tells who has an account). Log in next.',
        security: [],
        body: SignupBodySchema,
        response: { 202: SignupAcceptedSchema },
      },
      config: { rateLimit: { max: SIGNUP_ATTEMPTS, timeWindow: SIGNUP_WINDOW } },
    },
    async (request, reply) => {
      return reply.code(202).send(await signUp(ctx.deps, request.body))
    },
  )

  app.post(
    '/auth/login',
    {
      schema: { tags, summary: 'Log in with email and password; sets the session cookie', security: [], body: LoginBodySchema, response: { 200: MeSchema } },
    },
    async (request, reply) => {
      // Failed logins are limited per account and per address, in the database (login-limits.ts);
      // request.ip is the client's own address unless GREENROOM_TRUST_PROXY names the proxy.
      const attempt = { email: request.body.email, address: request.ip, now: new Date() }
      await countLoginAttempt(ctx.deps.db, attempt)
      const { user, token } = await logIn(ctx.deps, request.body)
      await forgiveLoginAttempt(ctx.deps.db, attempt)
      setSessionCookie(reply, token, ctx.secureCookies)
      return getMe(ctx.deps, user)
    },
  )

  app.post('/auth/logout', { schema: { tags, summary: 'End this session', response: { 204: z.null() } } }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE]
    if (token) await logOut(ctx.deps, token)
    clearSessionCookie(reply, ctx.secureCookies)
    return reply.code(204).send(null)
  })

  app.get(
    '/me',
    { config: { sessionWithWorkspaces: true }, schema: { tags, summary: 'The logged-in user and their workspaces', response: { 200: MeSchema } } },
    async (request) => {
      const user = requireUser(request)
      // Read with the session in one statement (ADR 026); asked again only if the hook did not.
      return request.prefetchedMe ?? getMe(ctx.deps, user)
    },
  )
})
