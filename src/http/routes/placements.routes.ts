import { z } from 'zod'
import { IdSchema, WorkspaceParamsSchema } from '../../contract/common.ts'
import { PlacementBodySchema, PlacementSchema, UpdatePlacementBodySchema } from '../../contract/catalog.ts'
import { getPlacement, listPlacements } from '../../usecases/placements/list-placements.ts'
import { createPlacement, deletePlacement, updatePlacement } from '../../usecases/placements/save-placement.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

const Params = WorkspaceParamsSchema.extend({ placementId: IdSchema })
const Query = z.object({ recordingId: IdSchema.optional().describe('Only placements of this recording') })

export const placementsRoutes = defineRoutes((app, ctx) => {
  const tags = ['placements']
  app.get(
    '/placements',
    { schema: { tags, summary: 'Recordings used in TV episodes', querystring: Query, response: { 200: z.array(PlacementSchema) } } },
    async (request) => listPlacements(ctx.deps, actorOf(request), request.query),
  )
  app.post(
    '/placements',
    { schema: { tags, summary: 'Record that a recording was used in an episode', body: PlacementBodySchema, response: { 201: PlacementSchema } } },
    async (request, reply) => reply.code(201).send(await createPlacement(ctx.deps, actorOf(request), request.body)),
  )
  app.get('/placements/:placementId', { schema: { tags, summary: 'One placement', params: Params, response: { 200: PlacementSchema } } }, async (request) =>
    getPlacement(ctx.deps, actorOf(request), request.params.placementId),
  )
  app.put(
    '/placements/:placementId',
    {
      schema: {
        tags,
        summary: 'Edit a placement (send the version you read)',
        params: Params,
        body: UpdatePlacementBodySchema,
        response: { 200: PlacementSchema },
      },
    },
    async (request) => updatePlacement(ctx.deps, actorOf(request), request.params.placementId, request.body),
  )
  app.delete(
    '/placements/:placementId',
    { schema: { tags, summary: 'Remove a placement', params: Params, response: { 204: z.null() } } },
    async (request, reply) => {
      await deletePlacement(ctx.deps, actorOf(request), request.params.placementId)
      return reply.code(204).send(null)
    },
  )
})
