import { z } from 'zod'
import { IdSchema, WorkspaceParamsSchema } from '../../contract/common.ts'
import { BlockoutBodySchema, BlockoutSchema, UpdateBlockoutBodySchema } from '../../contract/touring.ts'
import { listBlockouts } from '../../usecases/blockouts/list-blockouts.ts'
import { createBlockout, deleteBlockout, updateBlockout } from '../../usecases/blockouts/save-blockout.ts'
import { defineRoutes } from '../route-context.ts'
import { actorOf } from '../session.ts'

const Params = WorkspaceParamsSchema.extend({ blockoutId: IdSchema })
const ListQuery = z.object({ personId: IdSchema.optional().describe("Only this person's blockouts") })

export const blockoutsRoutes = defineRoutes((app, ctx) => {
  const tags = ['calendar']
  app.get(
    '/blockouts',
    {
      schema: {
        tags,
        summary: 'Dates people are unavailable; the reason only for the person and managers',
        querystring: ListQuery,
        response: { 200: z.array(BlockoutSchema) },
      },
    },
    async (request) => listBlockouts(ctx.deps, actorOf(request), request.query.personId),
  )
  app.post(
    '/blockouts',
    { schema: { tags, summary: 'Mark dates unavailable (yourself; managers for anyone)', body: BlockoutBodySchema, response: { 201: BlockoutSchema } } },
    async (request, reply) => reply.code(201).send(await createBlockout(ctx.deps, actorOf(request), request.body)),
  )
  app.put(
    '/blockouts/:blockoutId',
    {
      schema: {
        tags,
        summary: 'Change blocked-out dates (send the version you read)',
        params: Params,
        body: UpdateBlockoutBodySchema,
        response: { 200: BlockoutSchema },
      },
    },
    async (request) => updateBlockout(ctx.deps, actorOf(request), request.params.blockoutId, request.body),
  )
  app.delete(
    '/blockouts/:blockoutId',
    { schema: { tags, summary: 'Remove blocked-out dates', params: Params, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteBlockout(ctx.deps, actorOf(request), request.params.blockoutId)
      return reply.code(204).send(null)
    },
  )
})
