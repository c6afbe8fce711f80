import { z } from 'zod'
import { IdSchema, ListQuerySchema, WorkspaceParamsSchema } from '../../contract/common.ts'
import { TourBodySchema, TourListEntrySchema, TourSchema, UpdateTourBodySchema } from '../../contract/touring.ts'
import { getTour, listTours } from '../../usecases/tours/list-tours.ts'
import { createTour, deleteTour, updateTour } from '../../usecases/tours/save-tour.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

const Params = WorkspaceParamsSchema.extend({ tourId: IdSchema })
const Query = ListQuerySchema.extend({ actId: IdSchema.optional().describe('Only tours of this act') })

export const toursRoutes = defineRoutes((app, ctx) => {
  const tags = ['touring']
  app.get(
    '/tours',
    {
      schema: {
        tags,
        summary: 'Tours with their number of shows and first and last dates, earliest first',
        querystring: Query,
        response: { 200: z.array(TourListEntrySchema) },
      },
    },
    async (request) => listTours(ctx.deps, actorOf(request), request.query),
  )
  app.post('/tours', { schema: { tags, summary: 'Add a tour with its legs', body: TourBodySchema, response: { 201: TourSchema } } }, async (request, reply) =>
    reply.code(201).send(await createTour(ctx.deps, actorOf(request), request.body)),
  )
  app.get(
    '/tours/:tourId',
    {
      schema: {
        tags,
        summary: 'One tour: its legs and all its shows in time order, with coordinates for the map',
        params: Params,
        response: { 200: TourSchema },
      },
    },
    async (request) => getTour(ctx.deps, actorOf(request), request.params.tourId),
  )
  app.put(
    '/tours/:tourId',
    {
      schema: {
        tags,
        summary: 'Replace a tour and its legs (send the version you read); a leg with shows cannot be removed',
        params: Params,
        body: UpdateTourBodySchema,
        response: { 200: TourSchema },
      },
    },
    async (request) => updateTour(ctx.deps, actorOf(request), request.params.tourId, request.body),
  )
  app.delete(
    '/tours/:tourId',
    { schema: { tags, summary: 'Remove a tour that has no shows', params: Params, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteTour(ctx.deps, actorOf(request), request.params.tourId)
      return reply.code(204).send(null)
    },
  )
})
