import { z } from 'zod'
import { IdSchema, ListQuerySchema, WorkspaceParamsSchema } from '../../contract/common.ts'
import { UpdateVenueBodySchema, VenueBodySchema, VenueSchema } from '../../contract/touring.ts'
import { getVenue, listVenues } from '../../usecases/venues/list-venues.ts'
import { createVenue, deleteVenue, updateVenue } from '../../usecases/venues/save-venue.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

const Params = WorkspaceParamsSchema.extend({ venueId: IdSchema })

export const venuesRoutes = defineRoutes((app, ctx) => {
  const tags = ['touring']
  app.get(
    '/venues',
    { schema: { tags, summary: 'Venues by name, searched by name or city', querystring: ListQuerySchema, response: { 200: z.array(VenueSchema) } } },
    async (request) => listVenues(ctx.deps, actorOf(request), request.query.q),
  )
  app.post(
    '/venues',
    { schema: { tags, summary: 'Add a venue with its IANA time zone and, optionally, coordinates', body: VenueBodySchema, response: { 201: VenueSchema } } },
    async (request, reply) => reply.code(201).send(await createVenue(ctx.deps, actorOf(request), request.body)),
  )
  app.get('/venues/:venueId', { schema: { tags, summary: 'One venue', params: Params, response: { 200: VenueSchema } } }, async (request) =>
    getVenue(ctx.deps, actorOf(request), request.params.venueId),
  )
  app.put(
    '/venues/:venueId',
    {
      schema: {
        tags,
        summary: "Edit a venue (send the version you read); a new zone derives its shows' instants again",
        params: Params,
        body: UpdateVenueBodySchema,
        response: { 200: VenueSchema },
      },
    },
    async (request) => updateVenue(ctx.deps, actorOf(request), request.params.venueId, request.body),
  )
  app.delete(
    '/venues/:venueId',
    { schema: { tags, summary: 'Remove a venue no show or commitment uses', params: Params, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteVenue(ctx.deps, actorOf(request), request.params.venueId)
      return reply.code(204).send(null)
    },
  )
})
