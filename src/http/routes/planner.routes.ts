import { z } from 'zod'
import { IdSchema, IdOrSlugSchema } from '../../contract/common.ts'
import {
  PlannerRunSchema,
  PlannerSettingsBodySchema,
  PlannerSettingsSchema,
  PlannerSuggestionSchema,
  StartPlannerRunBodySchema,
  TourRotationBodySchema,
  TourRotationSchema,
} from '../../contract/planner-runs.ts'
import { getPlannerSettings, savePlannerSettings } from '../../usecases/planner/planner-settings.ts'
import { getTourRotation, saveTourRotation } from '../../usecases/planner/tour-rotation.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

const ActParams = z.object({ workspaceId: IdOrSlugSchema, actId: IdSchema })
const TourParams = z.object({ workspaceId: IdOrSlugSchema, tourId: IdSchema })
const RunParams = z.object({ workspaceId: IdOrSlugSchema, runId: IdSchema })
const VersionParams = z.object({ workspaceId: IdOrSlugSchema, versionId: IdSchema })
const RunsQuery = z.object({ actId: IdSchema.optional(), targetId: IdSchema.optional() })

export const plannerRoutes = defineRoutes((app, ctx) => {
  const tags = ['planner']
  const runner = ctx.planner
  app.get(
    '/acts/:actId/planner-settings',
    {
      schema: {
        tags,
        summary: "An act's planner settings: goal weights, energy arc, set size, pinned and excluded songs, fan demand (defaults with version 0 until saved)",
        params: ActParams,
        response: { 200: PlannerSettingsSchema },
      },
    },
    async (request) => getPlannerSettings(ctx.deps, actorOf(request), request.params.actId),
  )
  app.put(
    '/acts/:actId/planner-settings',
    {
      schema: {
        tags,
        summary: "Save an act's planner settings (send the version you read; 0 or none the first time)",
        params: ActParams,
        body: PlannerSettingsBodySchema,
        response: { 200: PlannerSettingsSchema },
      },
    },
    async (request) => savePlannerSettings(ctx.deps, actorOf(request), request.params.actId, request.body),
  )
  app.get(
    '/tours/:tourId/planner-rotation',
    {
      schema: {
        tags,
        summary: "A tour's rotation (fixed, core and rotating slots, or free): its own, or null when it follows the act's",
        params: TourParams,
        response: { 200: TourRotationSchema },
      },
    },
    async (request) => getTourRotation(ctx.deps, actorOf(request), request.params.tourId),
  )
  app.put(
    '/tours/:tourId/planner-rotation',
    {
      schema: {
        tags,
        summary: "Set a tour's rotation, or null to follow the act's (send the version you read; 0 or none the first time)",
        params: TourParams,
        body: TourRotationBodySchema,
        response: { 200: TourRotationSchema },
      },
    },
    async (request) => saveTourRotation(ctx.deps, actorOf(request), request.params.tourId, request.body),
  )
  app.post(
    '/planner/runs',
    {
      schema: {
        tags,
        summary: 'Start the planner for a show (one suggestion) or a leg or tour (one per show); it runs in the background: follow the run, or cancel it',
        body: StartPlannerRunBodySchema,
        response: { 202: PlannerRunSchema },
      },
    },
    async (request, reply) => reply.code(202).send(await runner.start(actorOf(request), request.body)),
  )
  app.get(
    '/planner/runs',
    { schema: { tags, summary: 'The latest planner runs, newest first', querystring: RunsQuery, response: { 200: z.array(PlannerRunSchema) } } },
    async (request) => runner.list(actorOf(request), request.query),
  )
  app.get(
    '/planner/runs/:runId',
    {
      schema: {
        tags,
        summary: 'One planner run: status, progress, and when done the proposals it wrote',
        params: RunParams,
        response: { 200: PlannerRunSchema },
      },
    },
    async (request) => runner.get(actorOf(request), request.params.runId),
  )
  app.post(
    '/planner/runs/:runId/cancel',
    { schema: { tags, summary: 'Stop a queued or running plan (409 when it has ended)', params: RunParams, response: { 200: PlannerRunSchema } } },
    async (request) => runner.cancel(actorOf(request), request.params.runId),
  )
  app.get(
    '/planner/suggestions/:versionId',
    {
      schema: {
        tags,
        summary: 'Why the planner wrote a version: score by goal, every rule checked, why each song is there (plan null when a person wrote it)',
        params: VersionParams,
        response: { 200: PlannerSuggestionSchema },
      },
    },
    async (request) => runner.suggestion(actorOf(request), request.params.versionId),
  )
})
