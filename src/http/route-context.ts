import type { FastifyPluginAsync, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import type { FastifyInstance, RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger } from 'fastify'
import type { Database } from '../db/client.ts'
import type { Deps } from '../usecases/deps.ts'
import type { JobQueue } from '../jobs/job-queue.ts'
import type { PlannerRunner } from '../usecases/planner/planner-runs.ts'

/** What route modules get: the use-case deps and a few HTTP settings. */
export interface RouteContext {
  deps: Deps
  database: Database
  secureCookies: boolean
  publicUrl: string | undefined
  /** Planner runs of this instance (worker threads), closed with the app. */
  planner: PlannerRunner
  /** The durable job queue (ADR 029): its dead letters are read through it. */
  jobs: JobQueue
}

export type ZodApp = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>

/** A route module: a function of the context returning a Fastify plugin typed for zod schemas. */
export function defineRoutes(build: (app: ZodApp, ctx: RouteContext) => void | Promise<void>) {
  return (ctx: RouteContext): FastifyPluginAsync =>
    async (app) =>
      build(app.withTypeProvider<ZodTypeProvider>(), ctx)
}

/** The address invite links point at: configured, or the one the request came to. */
export function baseUrlOf(ctx: RouteContext, request: FastifyRequest): string {
  return ctx.publicUrl ?? `${request.protocol}://${request.host}`
}
