import { z } from 'zod'
import { IdSchema, InstantSchema, WorkspaceParamsSchema } from '../../contract/common.ts'
import { AirportSchema, JourneyBodySchema, JourneySchema, UpdateJourneyBodySchema } from '../../contract/travel.ts'
import { createJourney, deleteJourney, getJourney, listAirports, listJourneys, updateJourney } from '../../usecases/road/travel.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

const JourneyParams = WorkspaceParamsSchema.extend({ journeyId: IdSchema })
const ListQuery = z.object({
  tourId: IdSchema.optional(),
  personId: IdSchema.optional().describe('Only the journeys this person travels on'),
  from: InstantSchema.optional().describe('Journeys still under way at or after this instant'),
  to: InstantSchema.optional().describe('Journeys leaving before this instant'),
})

/** Travel on the road: journeys of connecting segments (issue 15 point 4, ADR 036), under the `road` resource. */
export const travelRoutes = defineRoutes((app, ctx) => {
  const tags = ['road']
  app.get(
    '/journeys',
    {
      schema: {
        tags,
        summary: 'Journeys by first departure (a viewer: only their own)',
        querystring: ListQuery,
        response: { 200: z.array(JourneySchema) },
      },
    },
    async (request) => {
      const { from, to, ...rest } = request.query
      return listJourneys(ctx.deps, actorOf(request), { ...rest, from: from ? new Date(from) : undefined, to: to ? new Date(to) : undefined })
    },
  )
  app.post(
    '/journeys',
    { schema: { tags, summary: 'Book a journey: its passengers and segments', body: JourneyBodySchema, response: { 201: JourneySchema } } },
    async (request, reply) => reply.code(201).send(await createJourney(ctx.deps, actorOf(request), request.body)),
  )
  app.get(
    '/journeys/:journeyId',
    { schema: { tags, summary: 'One journey with its segments', params: JourneyParams, response: { 200: JourneySchema } } },
    async (request) => getJourney(ctx.deps, actorOf(request), request.params.journeyId),
  )
  app.put(
    '/journeys/:journeyId',
    {
      schema: {
        tags,
        summary: 'Edit a journey, its passengers and segments (send the version you read)',
        params: JourneyParams,
        body: UpdateJourneyBodySchema,
        response: { 200: JourneySchema },
      },
    },
    async (request) => updateJourney(ctx.deps, actorOf(request), request.params.journeyId, request.body),
  )
  app.delete(
    '/journeys/:journeyId',
    { schema: { tags, summary: 'Remove a journey and its segments', params: JourneyParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteJourney(ctx.deps, actorOf(request), request.params.journeyId)
      return reply.code(204).send(null)
    },
  )
  app.get(
    '/airports',
    { schema: { tags, summary: 'The airports a segment may name by IATA code (ADR 036)', response: { 200: z.array(AirportSchema) } } },
    async (request) => listAirports(ctx.deps, actorOf(request)),
  )
})
