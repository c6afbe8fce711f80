import { z } from 'zod'
import {
  AwardNominationBodySchema,
  AwardNominationListQuerySchema,
  AwardNominationSchema,
  ChartEntryBodySchema,
  ChartEntryListQuerySchema,
  ChartEntrySchema,
  ChartHistorySchema,
  UpdateAwardNominationBodySchema,
  UpdateChartEntryBodySchema,
} from '../../contract/charts.ts'
import { IdSchema, WorkspaceParamsSchema } from '../../contract/common.ts'
import { chartHistory } from '../../usecases/charts/chart-history.ts'
import { getAwardNomination, listAwardNominations } from '../../usecases/charts/list-award-nominations.ts'
import { getChartEntry, listChartEntries } from '../../usecases/charts/list-chart-entries.ts'
import { createAwardNomination, deleteAwardNomination, updateAwardNomination } from '../../usecases/charts/save-award-nomination.ts'
import { createChartEntry, deleteChartEntry, updateChartEntry } from '../../usecases/charts/save-chart-entry.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

const EntryParams = WorkspaceParamsSchema.extend({ chartEntryId: IdSchema })
const NominationParams = WorkspaceParamsSchema.extend({ awardNominationId: IdSchema })
const DeleteQuery = z.object({
  version: z.coerce.number().int().positive().max(2_147_483_647).optional().describe('Delete only this version; a stale one is refused with 409'),
})

export const chartsRoutes = defineRoutes((app, ctx) => {
  const tags = ['charts']
  app.get(
    '/chart-entries',
    {
      schema: {
        tags,
        summary: 'Chart positions by date, of an act, a release (with its editions), an edition or a recording',
        querystring: ChartEntryListQuerySchema,
        response: { 200: z.array(ChartEntrySchema) },
      },
    },
    async (request) => listChartEntries(ctx.deps, actorOf(request), request.query),
  )
  app.post(
    '/chart-entries',
    {
      schema: {
        tags,
        summary: 'Record a position on a chart on a day, of exactly one release, edition or recording',
        body: ChartEntryBodySchema,
        response: { 201: ChartEntrySchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createChartEntry(ctx.deps, actorOf(request), request.body)),
  )
  app.get(
    '/chart-entries/:chartEntryId',
    { schema: { tags, summary: 'One chart entry', params: EntryParams, response: { 200: ChartEntrySchema } } },
    async (request) => getChartEntry(ctx.deps, actorOf(request), request.params.chartEntryId),
  )
  app.put(
    '/chart-entries/:chartEntryId',
    {
      schema: {
        tags,
        summary: 'Edit a chart entry (send the version you read)',
        params: EntryParams,
        body: UpdateChartEntryBodySchema,
        response: { 200: ChartEntrySchema },
      },
    },
    async (request) => updateChartEntry(ctx.deps, actorOf(request), request.params.chartEntryId, request.body),
  )
  app.delete(
    '/chart-entries/:chartEntryId',
    { schema: { tags, summary: 'Remove a chart entry', params: EntryParams, querystring: DeleteQuery, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteChartEntry(ctx.deps, actorOf(request), request.params.chartEntryId, request.query.version)
      return reply.code(204).send(null)
    },
  )
  app.get(
    '/chart-history',
    {
      schema: {
        tags,
        summary: 'Chart runs (one per subject and chart): entries by date, peak, weeks on chart; best peak first',
        querystring: ChartEntryListQuerySchema,
        response: { 200: ChartHistorySchema },
      },
    },
    async (request) => chartHistory(ctx.deps, actorOf(request), request.query),
  )

  app.get(
    '/award-nominations',
    {
      schema: {
        tags,
        summary: 'Award nominations, newest year first',
        querystring: AwardNominationListQuerySchema,
        response: { 200: z.array(AwardNominationSchema) },
      },
    },
    async (request) => listAwardNominations(ctx.deps, actorOf(request), request.query),
  )
  app.post(
    '/award-nominations',
    {
      schema: {
        tags,
        summary: 'Record a nomination of an act, person, recording or release',
        body: AwardNominationBodySchema,
        response: { 201: AwardNominationSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createAwardNomination(ctx.deps, actorOf(request), request.body)),
  )
  app.get(
    '/award-nominations/:awardNominationId',
    { schema: { tags, summary: 'One award nomination', params: NominationParams, response: { 200: AwardNominationSchema } } },
    async (request) => getAwardNomination(ctx.deps, actorOf(request), request.params.awardNominationId),
  )
  app.put(
    '/award-nominations/:awardNominationId',
    {
      schema: {
        tags,
        summary: 'Edit a nomination, e.g. its result (send the version you read)',
        params: NominationParams,
        body: UpdateAwardNominationBodySchema,
        response: { 200: AwardNominationSchema },
      },
    },
    async (request) => updateAwardNomination(ctx.deps, actorOf(request), request.params.awardNominationId, request.body),
  )
  app.delete(
    '/award-nominations/:awardNominationId',
    { schema: { tags, summary: 'Remove an award nomination', params: NominationParams, querystring: DeleteQuery, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteAwardNomination(ctx.deps, actorOf(request), request.params.awardNominationId, request.query.version)
      return reply.code(204).send(null)
    },
  )
})
