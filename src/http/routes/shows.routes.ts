import { z } from 'zod'
import { FullDateSchema, IdSchema, WorkspaceParamsSchema } from '../../contract/common.ts'
import { ShowPageSchema } from '../../contract/show-page.ts'
import { ConflictSchema, ShowBodySchema, ShowSchema, ShowSummarySchema, UpdateShowBodySchema } from '../../contract/touring.ts'
import { checkShowConflicts } from '../../usecases/shows/check-show-conflicts.ts'
import { getShow, listShows } from '../../usecases/shows/list-shows.ts'
import { getShowPage } from '../../usecases/shows/show-page.ts'
import { createShow, deleteShow, updateShow } from '../../usecases/shows/save-show.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

const Params = WorkspaceParamsSchema.extend({ showId: IdSchema })
const Query = z.object({
  actId: IdSchema.optional().describe('Only shows this act headlines or is billed on'),
  tourId: IdSchema.optional(),
  venueId: IdSchema.optional(),
  from: FullDateSchema.optional().describe('First local date, inclusive'),
  to: FullDateSchema.optional().describe('Last local date, inclusive'),
})
const CheckQuery = z.object({ showId: IdSchema.optional().describe('The show being edited, so that it is not a conflict of itself') })

export const showsRoutes = defineRoutes((app, ctx) => {
  const tags = ['touring']
  app.get(
    '/shows',
    {
      schema: { tags, summary: 'Shows in time order, by act, tour, venue and local dates', querystring: Query, response: { 200: z.array(ShowSummarySchema) } },
    },
    async (request) => listShows(ctx.deps, actorOf(request), request.query),
  )
  app.post(
    '/shows',
    {
      schema: {
        tags,
        summary: 'Add a show; a lineup with conflicts is refused (409) unless acknowledgeConflicts',
        body: ShowBodySchema,
        response: { 201: ShowSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createShow(ctx.deps, actorOf(request), request.body)),
  )
  app.post(
    '/shows/check-conflicts',
    {
      schema: {
        tags,
        summary: 'The conflicts a show would have, without saving it',
        querystring: CheckQuery,
        body: ShowBodySchema,
        response: { 200: z.object({ conflicts: z.array(ConflictSchema) }) },
      },
    },
    async (request) => checkShowConflicts(ctx.deps, actorOf(request), request.body, request.query.showId),
  )
  app.get(
    '/shows/:showId',
    {
      schema: { tags, summary: 'One show: local times at the venue, instants, bill, lineup, current conflicts', params: Params, response: { 200: ShowSchema } },
    },
    async (request) => getShow(ctx.deps, actorOf(request), request.params.showId),
  )
  app.get(
    '/shows/:showId/page',
    {
      schema: {
        tags,
        summary:
          'A show with what its page shows, in one answer: its tour, the days on its date, tickets, advance, promoter links, set list, what was played with the act’s play history, and guests, each as its own route answers you, absent where that route would answer 403 or 404',
        params: Params,
        response: { 200: ShowPageSchema },
      },
    },
    async (request) => getShowPage(ctx.deps, actorOf(request), request.params.showId),
  )
  app.put(
    '/shows/:showId',
    {
      schema: {
        tags,
        summary: 'Replace a show (send the version you read); every change raises the version',
        params: Params,
        body: UpdateShowBodySchema,
        response: { 200: ShowSchema },
      },
    },
    async (request) => updateShow(ctx.deps, actorOf(request), request.params.showId, request.body),
  )
  app.delete('/shows/:showId', { schema: { tags, summary: 'Remove a show', params: Params, response: { 204: z.null() } } }, async (request, reply) => {
    await deleteShow(ctx.deps, actorOf(request), request.params.showId)
    return reply.code(204).send(null)
  })
})
