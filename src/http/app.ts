import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify'
import cookie from '@fastify/cookie'
import rateLimit from '@fastify/rate-limit'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { validatorCompiler } from './params-check.ts'
import { responseSerializerCompiler } from './response-serializer.ts'
import type { Database } from '../db/client.ts'
import type { TrustProxy } from '../config/env.ts'
import type { Clock } from '../domain/clock.ts'
import { DEFAULT_TRAVEL_POLICY, type TravelPolicy } from '../domain/travel-estimate.ts'
import { BODY_LIMIT_MB, handleError, handleNotFound } from './problem.ts'
import { registerSession } from './session.ts'
import { registerIdempotency } from './idempotency.ts'
import { registerOpenApi } from './openapi.ts'
import { registerWebApp } from './web-app.ts'
import { registerSecurityHeaders } from './security-headers.ts'
import { loggerOptions } from './log-redaction.ts'
import type { DestinationStream } from 'pino'
import { healthRoutes } from './routes/health.routes.ts'
import { authRoutes } from './routes/auth.routes.ts'
import { workspaceRoutes } from './routes/workspaces.routes.ts'
import { inviteRoutes } from './routes/invites.routes.ts'
import { workspaceScopedRoutes } from './routes/index.ts'
import { workspaceScope } from './session.ts'
import { permissionGate, resourceOfRoute } from './route-resources.ts'
import { publicRoutes } from './routes/public.routes.ts'
import { feedsPublicRoutes } from './routes/feeds-public.routes.ts'
import type { Deps } from '../usecases/deps.ts'
import { PlannerRunner, type PlanExecutor } from '../usecases/planner/planner-runs.ts'
import { workerPlanExecutor } from '../usecases/planner/worker-executor.ts'
import { startNotificationJobs } from '../usecases/notifications/notify-job.ts'
import { startMailJobs } from '../usecases/mail/outbox.ts'
import { startAccountMailJobs } from '../usecases/auth/account-mail.ts'
import { startFlushJobs } from '../usecases/mail/flush-job.ts'
import type { MailSettings } from '../usecases/mail/settings.ts'
import { smtpTransport } from '../usecases/mail/transport.ts'
import type { MailConfig } from '../config/env.ts'
import { unsubscribeRoutes } from './routes/unsubscribe.routes.ts'
import { promoterFormRoutes } from './routes/promoter-form.routes.ts'
import { answerLinkRoutes } from './routes/answer-link.routes.ts'
import { startAvailabilityJobs } from '../usecases/availability/availability-jobs.ts'
import { startPushJobs } from '../usecases/push/delivery.ts'
import { startHoldReminders } from '../usecases/notifications/hold-reminders.ts'
import { vapidSubjectOf, type PushSettings } from '../usecases/push/settings.ts'
import { createEventBus, type EventBus } from '../events/index.ts'
import { listenForAuthChanges } from '../events/auth-changes.ts'
import { SessionCache } from '../usecases/auth/session-cache.ts'
import type { JobQueue } from '../jobs/job-queue.ts'
import { PgBossJobQueue } from '../jobs/pg-boss-queue.ts'

export interface AppOptions {
  database: Database
  clock: Clock
  travel?: TravelPolicy
  secureCookies?: boolean
  publicUrl?: string
  /** GREENROOM_TRUST_PROXY: which proxies may set X-Forwarded-*; none by default. */
  trustProxy?: TrustProxy
  logLevel?: string
  /** Where log lines go (stdout by default); tests read them back. Redacted in log-redaction.ts. */
  logStream?: DestinationStream
  /** Serve the built web app from web/dist (off in API tests). */
  serveWebApp?: boolean
  /** Live updates; by default LISTEN/NOTIFY on PostgreSQL, in-process on PGlite, closed with the app. A bus passed here is the caller's to close. */
  events?: EventBus
  /** Runs the planner; worker threads by default. */
  planExecutor?: PlanExecutor
  /** The durable job queue (ADR 029); pg-boss on this database by default, stopped with the app. A queue passed here is the caller's to close. */
  jobs?: JobQueue
  /** Whether this instance takes background jobs (planner runs); true by default. */
  workJobs?: boolean
  /** Email (ADR 033): GREENROOM_SMTP_URL and friends; without an SMTP URL (the default) mail is kept in the outbox. */
  mail?: Partial<MailConfig>
  /**
   * The daily hold reminders (ADR 047): this instance starts the daily chain (and runs today's at
   * once). Off by default here (tests that count inbox lines); on for `greenroom serve` unless
   * GREENROOM_HOLD_REMINDERS=off.
   */
  holdReminders?: boolean
  /** Web Push (ADR 044): retry timing, and (tests, the bench) push services on http://127.0.0.1. */
  push?: Partial<Omit<PushSettings, 'subject'>>
}

/** Where links in emails lead when GREENROOM_PUBLIC_URL is not set. */
const DEFAULT_PUBLIC_URL = 'http://localhost:3000'

function mailSettingsOf(opts: AppOptions): MailSettings {
  const timeoutSeconds = opts.mail?.timeoutSeconds ?? 30
  return {
    transport: opts.mail?.smtpUrl ? smtpTransport(opts.mail.smtpUrl, timeoutSeconds) : null,
    from: opts.mail?.from ?? 'Greenroom <greenroom@localhost>',
    publicUrl: (opts.publicUrl ?? DEFAULT_PUBLIC_URL).replace(/\/+$/, ''),
    retrySeconds: opts.mail?.retrySeconds ?? 5,
    timeoutSeconds,
    bundleSeconds: opts.mail?.bundleSeconds,
  }
}

function pushSettingsOf(opts: AppOptions, mail: MailSettings): PushSettings {
  return {
    subject: vapidSubjectOf(mail.publicUrl, mail.from),
    retrySeconds: opts.push?.retrySeconds ?? 5,
    timeoutSeconds: opts.push?.timeoutSeconds ?? 30,
    allowLoopbackHttp: opts.push?.allowLoopbackHttp ?? false,
  }
}

export interface RouteEntry {
  method: string
  url: string
}

export type App = FastifyInstance & { routeTable: RouteEntry[] }

/**
 * Fastify's form of GREENROOM_TRUST_PROXY. A hop count becomes "the nearest n hops, whatever
 * their address" (Fastify 5 treats a bare number as trusting nothing); it is only safe when the
 * server cannot be reached except through those proxies, which the README says.
 */
function fastifyTrustProxy(trust: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust
}

/** Builds the app without listening, so tests drive it with inject(). */
export async function buildApp(opts: AppOptions): Promise<App> {
  const app = Fastify({
    logger: loggerOptions(opts.logLevel ?? 'info', opts.logStream),
    trustProxy: fastifyTrustProxy(opts.trustProxy ?? false),
    bodyLimit: BODY_LIMIT_MB * 1024 * 1024,
    frameworkErrors: handleError,
    // Fastify's default (10 s per plugin) failed the start on a host at load average 30 (ADR 052): a
    // slow start is better than none; a plugin that truly hangs still fails, after a minute.
    pluginTimeout: 60_000,
  }).withTypeProvider<ZodTypeProvider>()
  const routeTable: RouteEntry[] = []
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method]
    for (const method of methods) if (method !== 'HEAD') routeTable.push({ method, url: route.url })
  })
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(responseSerializerCompiler)
  app.setErrorHandler(handleError)

  // The live-updates bus, the job queue and the session cache's LISTEN do not depend on each other: on
  // PostgreSQL each is a connection of its own or a few round trips, so they start together (ADR 052).
  // (The kinds of job below do not: creating pg-boss queues at once deadlocks on a fresh database, and
  // on PGlite the queue's statements share one connection.)
  const mail = mailSettingsOf(opts)
  const sessionCache = new SessionCache()
  const [events, jobs, stopAuthChanges] = await Promise.all([
    opts.events ?? createEventBus(opts.database, (err) => app.log.warn({ err }, 'live events')),
    opts.jobs ?? PgBossJobQueue.start(opts.database, (err) => app.log.warn({ err }, 'job queue')),
    listenForAuthChanges(opts.database, { change: () => sessionCache.clear(), listening: (ok) => sessionCache.setListening(ok) }, (err) =>
      app.log.warn({ err }, 'session cache: changes cannot be heard, nothing is cached until they can'),
    ),
  ])
  // the queue first: a job that gives its work back on closing still tells the live stream
  app.addHook('onClose', async () => {
    if (!opts.jobs) await jobs.close()
    if (!opts.events) await events.close()
    await stopAuthChanges()
    mail.transport?.close()
  })
  const deps: Deps = {
    db: opts.database.db,
    clock: opts.clock,
    travel: opts.travel ?? DEFAULT_TRAVEL_POLICY,
    events,
    jobs,
    mail,
    sessionCache,
    push: pushSettingsOf(opts, mail),
  }
  const planner = await PlannerRunner.start(deps, opts.planExecutor ?? workerPlanExecutor, jobs, { work: opts.workJobs ?? true })
  // The kinds of job (each reads its queue and starts its workers: round trips, little CPU) are declared
  // while the routes register (CPU, no database), and awaited before ready: nothing can send or be
  // served before then (ADR 059). Still one after another among themselves (above).
  const jobKinds = (async () => {
    await startNotificationJobs(deps, jobs, { work: opts.workJobs ?? true })
    await startMailJobs(deps, jobs, { work: opts.workJobs ?? true })
    await startAccountMailJobs(deps, jobs, { work: opts.workJobs ?? true })
    await startFlushJobs(deps, jobs, { work: opts.workJobs ?? true })
    await startAvailabilityJobs(deps, jobs, { work: opts.workJobs ?? true })
    await startPushJobs(deps, jobs, { work: opts.workJobs ?? true })
    await startHoldReminders(deps, jobs, { work: opts.workJobs ?? true, start: opts.holdReminders ?? false })
  })()
  // its failure is thrown where it is awaited, below; until then it must not end the process unheard
  jobKinds.catch(() => {})
  const ctx = { deps, database: opts.database, secureCookies: opts.secureCookies ?? false, publicUrl: opts.publicUrl, planner, jobs }

  const securityHeaders = registerSecurityHeaders(app, { secure: ctx.secureCookies })
  await app.register(cookie)
  await app.register(rateLimit, { global: false })
  registerSession(app, deps, { beforeSession: securityHeaders })
  registerIdempotency(app, deps)
  await registerOpenApi(app)

  await app.register(
    async (api) => {
      await api.register(healthRoutes(ctx))
      await api.register(authRoutes(ctx))
      await api.register(workspaceRoutes(ctx))
      await api.register(inviteRoutes(ctx))
      await api.register(
        async (scoped) => {
          // every workspace route belongs to one resource of the permission table: the workspace scope
          // and the table's gate run before validation, in one hook (ADR 057)
          const scope = workspaceScope(deps)
          scoped.addHook('onRoute', (route) => {
            const resource = resourceOfRoute(route.url)
            if (!resource) throw new Error(`${route.url} has no resource in src/http/route-resources.ts, so the permission table cannot govern it`)
            const methods = Array.isArray(route.method) ? route.method : [route.method]
            const gate = permissionGate(resource, methods.every((m) => m === 'GET' || m === 'HEAD') ? 'read' : 'write')
            route.config = { ...route.config, workspaceScoped: true }
            const existing = route.preValidation
            const scopeThenGate = async (request: FastifyRequest) => {
              await scope(request)
              gate(request)
            }
            route.preValidation = existing
              ? [scope, ...(Array.isArray(existing) ? existing : [existing]), async (request: FastifyRequest) => gate(request)]
              : [scopeThenGate]
          })
          for (const routes of workspaceScopedRoutes) await scoped.register(routes(ctx))
        },
        { prefix: '/workspaces/:workspaceId' },
      )
    },
    { prefix: '/api' },
  )
  // Public pages and feeds (no login) live outside /api.
  await app.register(publicRoutes(ctx))
  await app.register(feedsPublicRoutes(ctx))
  await app.register(unsubscribeRoutes(ctx))
  await app.register(promoterFormRoutes(ctx))
  await app.register(answerLinkRoutes(ctx))

  const servesWebApp = opts.serveWebApp ? await registerWebApp(app) : false
  if (!servesWebApp) app.setNotFoundHandler(handleNotFound)
  await jobKinds
  await app.ready()
  return Object.assign(app, { routeTable }) as unknown as App
}
