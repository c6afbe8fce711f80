import { z } from 'zod'
import { FullDateSchema, IdSchema, WorkspaceParamsSchema } from '../../contract/common.ts'
import { HotelStayBodySchema, HotelStaySchema, UpdateHotelStayBodySchema } from '../../contract/hotels.ts'
import { createStay, deleteStay, getStay, listStays, updateStay } from '../../usecases/road/hotels.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

const HotelParams = WorkspaceParamsSchema.extend({ hotelId: IdSchema })
const ListQuery = z.object({
  tourId: IdSchema.optional(),
  from: FullDateSchema.optional().describe('Stays checking out on or after this local date'),
  to: FullDateSchema.optional().describe('Stays checking in on or before this local date'),
})

/** Hotel stays on the road (issue 15 point 5, ADR 039), under the `road` resource. */
export const hotelRoutes = defineRoutes((app, ctx) => {
  const tags = ['road']
  app.get(
    '/hotels',
    {
      schema: {
        tags,
        summary: 'Hotel stays by check-in date (a viewer: only those they sleep in)',
        querystring: ListQuery,
        response: { 200: z.array(HotelStaySchema) },
      },
    },
    async (request) => listStays(ctx.deps, actorOf(request), request.query),
  )
  app.post(
    '/hotels',
    { schema: { tags, summary: 'Add a hotel stay with its room list', body: HotelStayBodySchema, response: { 201: HotelStaySchema } } },
    async (request, reply) => reply.code(201).send(await createStay(ctx.deps, actorOf(request), request.body)),
  )
  app.get(
    '/hotels/:hotelId',
    { schema: { tags, summary: 'One hotel stay with its room list', params: HotelParams, response: { 200: HotelStaySchema } } },
    async (request) => getStay(ctx.deps, actorOf(request), request.params.hotelId),
  )
  app.put(
    '/hotels/:hotelId',
    {
      schema: {
        tags,
        summary: 'Edit a hotel stay and its room list (send the version you read)',
        params: HotelParams,
        body: UpdateHotelStayBodySchema,
        response: { 200: HotelStaySchema },
      },
    },
    async (request) => updateStay(ctx.deps, actorOf(request), request.params.hotelId, request.body),
  )
  app.delete(
    '/hotels/:hotelId',
    { schema: { tags, summary: 'Remove a hotel stay and its room list', params: HotelParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteStay(ctx.deps, actorOf(request), request.params.hotelId)
      return reply.code(204).send(null)
    },
  )
})
